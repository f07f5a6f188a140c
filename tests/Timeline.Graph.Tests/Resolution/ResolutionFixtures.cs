using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph.Tests.Resolution;

/// <summary>A test-only recognizer: tags every whole-word occurrence of the listed names with their label.</summary>
internal sealed class ListRecognizer(IEnumerable<(string Name, string Label)> names) : INameRecognizer
{
    public ImmutableArray<NameSpan> Recognize(AnalysedArticle article)
    {
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

/// <summary>Builds a small corpus from texts: names are written as [Label:Name] in the text and become recognizer output.</summary>
internal static class Corpus
{
    public static List<ArticleMentions> Of(params string[] texts)
    {
        var result = new List<ArticleMentions>();
        for (var i = 0; i < texts.Length; i++)
        {
            var (text, names) = Unmark(texts[i]);
            var article = new Article
            {
                Id = $"article/{i:D3}",
                File = $"a{i}.txt",
                Text = text,
                Body = text,
                Published = new DateOnly(2023, 11, 6),
            };
            var analysed = SentenceSplitter.Analyse(article);
            var entities = new EntityTagger(new ListRecognizer(names)).Tag(analysed);
            result.Add(new ArticleMentions(analysed, [], entities, []));
        }

        return result;
    }

    public static EntityResolution Resolve(params string[] texts) => new EntityResolver().Resolve(Of(texts));

    private static (string Text, List<(string, string)> Names) Unmark(string marked)
    {
        var names = new List<(string, string)>();
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '[')
            {
                var colon = marked.IndexOf(':', i);
                var close = marked.IndexOf(']', i);
                var label = marked[(i + 1)..colon];
                var name = marked[(colon + 1)..close];
                names.Add((name, label));
                sb.Append(name);
                i = close + 1;
                continue;
            }

            sb.Append(marked[i++]);
        }

        return (sb.ToString(), names);
    }
}

internal static class ResolutionAsserts
{
    public static EntityRecord Entity(this EntityResolution r, string name) =>
        Assert.Single(r.Entities, e => e.Name == name || e.Aliases.Contains(name));

    public static EntityRecord[] Named(this EntityResolution r, string form) =>
        [.. r.Entities.Where(e => e.Name == form || e.Aliases.Contains(form))];
}
