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
                (earliest, latest) = RelativeToAnchor(text.AsSpan(start, end - start), TimeCalendar.Interval(h.Value, null), dct, (earliest, latest));
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

    /// <summary>
    /// "later this week" is the rest of the week after the anchor day and "earlier this month" the part before it,
    /// not the last or first third of the period that the TimeML mod (END, START) alone would give.
    /// </summary>
    private static (DateOnly? Earliest, DateOnly? Latest) RelativeToAnchor(
        ReadOnlySpan<char> text,
        (DateOnly? Earliest, DateOnly? Latest, Granularity? Granularity) period,
        DateOnly? anchor,
        (DateOnly? Earliest, DateOnly? Latest) interval)
    {
        if (anchor is not { } a || period.Earliest is not { } s || period.Latest is not { } t || a < s || a > t) return interval;
        if (text.StartsWith("later this", StringComparison.OrdinalIgnoreCase) && a < t) return (a.AddDays(1), t);
        if (text.StartsWith("earlier this", StringComparison.OrdinalIgnoreCase) && a > s) return (s, a.AddDays(-1));
        return interval;
    }
}
