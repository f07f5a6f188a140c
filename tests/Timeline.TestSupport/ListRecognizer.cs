using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.TestSupport;

/// <summary>A test-only recognizer: tags every whole-word occurrence of the listed names with their label.</summary>
public sealed class ListRecognizer(params IEnumerable<(string Name, string Label)> names) : INameRecognizer
{
    /// <inheritdoc />
    public ImmutableArray<NameSpan> Recognize(AnalysedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Article.Body;
        var found = new List<NameSpan>();
        foreach (var (name, label) in names.OrderByDescending(n => n.Name.Length))
        {
            var at = 0;
            while ((at = body.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(at, at + name.Length);
                at += name.Length;
                if (span.Start > 0 && char.IsLetterOrDigit(body[span.Start - 1])) continue;
                if (span.End < body.Length && char.IsLetterOrDigit(body[span.End])) continue;
                if (found.Any(f => f.Span.Overlaps(span))) continue;
                found.Add(new NameSpan(span, label));
            }
        }

        return [.. found.OrderBy(f => f.Span.Start)];
    }
}
