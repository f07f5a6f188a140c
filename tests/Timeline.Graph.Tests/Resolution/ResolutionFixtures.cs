using Timeline.Core;
using Timeline.TestSupport;
using Timeline.Extraction;

namespace Timeline.Graph.Tests.Resolution;

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
