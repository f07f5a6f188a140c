using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// Rule-based TIMEX3 tagger: finds dates, times, durations and sets in English news and normalises them to
/// TimeML 1.2 against the publication date, using the tense of the sentence to pick direction.
/// </summary>
public sealed class RuleTimeTagger : ITimeTagger
{
    /// <summary>Time expressions of the article's body, anchored on its publication date.</summary>
    public ImmutableArray<TimeExpression> Tag(AnalysedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Article.Body;
        return TagCore(text, article.Article.Published, article.Sentences);
    }

    /// <summary>Time expressions of plain text; relative ones are anchored on <paramref name="documentDate"/> when given.</summary>
    public ImmutableArray<TimeExpression> TagText(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TagCore(text, documentDate, SentenceSplitter.Split(text));
    }

    private static ImmutableArray<TimeExpression> TagCore(string text, DateOnly? dct, ImmutableArray<Sentence> sentences)
    {
        var starts = new int[sentences.Length];
        var ends = new int[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            starts[s] = sentences[s].Span.Start;
            ends[s] = sentences[s].Span.End;
        }

        // Year inference looks one year either side of the anchor.
        if (dct is { Year: <= 1 or >= 9999 }) dct = null;
        var toks = TimeScanner.Scan(text, 0, text.Length);
        var matcher = new TimeMatcher(text, toks, dct, starts, ends);
        var hits = matcher.Run();
        var result = ImmutableArray.CreateBuilder<TimeExpression>(hits.Count);
        foreach (var h in hits)
        {
            var start = matcher.Tok(h.First).Start;
            var end = matcher.Tok(h.Last).End;
            DateOnly? earliest = h.Earliest, latest = h.Latest;
            var gran = h.Gran;
            if (h.Type is TimexType.Date or TimexType.Time && earliest is null)
            {
                var (e, l, g) = TimeCalendar.Interval(h.Value, h.Mod);
                earliest = e;
                latest = l;
                gran ??= g;
            }

            result.Add(new TimeExpression
            {
                Span = new TextSpan(start, end),
                Text = text[start..end],
                Sentence = SentenceIndex(starts, ends, start),
                Type = h.Type,
                Value = h.Value,
                Mod = h.Mod,
                Quant = h.Quant,
                Freq = h.Freq,
                TemporalFunction = h.Tf,
                Anchored = h.Anchored,
                Earliest = earliest,
                Latest = latest,
                Granularity = gran,
            });
        }

        return result.MoveToImmutable();
    }

    private static int SentenceIndex(int[] starts, int[] ends, int offset)
    {
        int lo = 0, hi = starts.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offset < starts[mid]) hi = mid - 1;
            else if (offset >= ends[mid]) lo = mid + 1;
            else return mid;
        }

        return -1;
    }
}
