using System.Collections.Immutable;

namespace Timeline.Core;

/// <summary>An article split into paragraphs, sentences and tokens.</summary>
public sealed record AnalysedArticle(Article Article, ImmutableArray<Sentence> Sentences)
{
    /// <summary>The sentence that contains character <paramref name="offset"/>, or null.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (offset < s.Span.Start) hi = mid - 1;
            else if (offset >= s.Span.End) lo = mid + 1;
            else return s;
        }

        return null;
    }
}
