using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>Hand-built mentions over our own sentences: every occurrence of a listed name or time phrase becomes a mention.</summary>
internal static class EventFixture
{
    public static readonly DateOnly Published = new(2023, 11, 6);

    public static (AnalysedArticle Article, ImmutableArray<TimeExpression> Times, ImmutableArray<EntityMention> Entities) Build(
        string text,
        (string Name, EntityType Type)[] names,
        (string Text, string Value, DateOnly Earliest, DateOnly Latest, Granularity Granularity)[]? times = null,
        string[]? descriptions = null,
        DateOnly? published = null)
    {
        var article = new Article
        {
            Id = Ids.Article(Ids.NormaliseForIdentity(text)),
            File = "test.txt",
            Text = text,
            Body = text,
            Published = published ?? Published,
            Source = "Test",
        };
        var analysed = SentenceSplitter.Analyse(article);
        var entities = new List<EntityMention>();
        var taken = new bool[text.Length];
        foreach (var (name, type) in names.OrderByDescending(n => n.Name.Length))
        {
            foreach (var at in Occurrences(text, name))
            {
                if (taken[at] || taken[at + name.Length - 1]) continue;
                for (var k = at; k < at + name.Length; k++) taken[k] = true;
                entities.Add(new EntityMention
                {
                    Span = new TextSpan(at, at + name.Length),
                    Text = name,
                    Sentence = analysed.SentenceAt(at)?.Index ?? -1,
                    Label = type switch { EntityType.Person => "PER", EntityType.Organization => "ORG", _ => "LOC" },
                    Type = type,
                });
            }
        }

        foreach (var d in descriptions ?? [])
        {
            foreach (var at in Occurrences(text, d))
            {
                entities.Add(new EntityMention
                {
                    Span = new TextSpan(at, at + d.Length),
                    Text = d,
                    Sentence = analysed.SentenceAt(at)?.Index ?? -1,
                    Label = "PER",
                    Type = EntityType.Person,
                    IsDescription = true,
                });
            }
        }

        var tx = new List<TimeExpression>();
        foreach (var (t, value, e, l, g) in times ?? [])
        {
            foreach (var at in Occurrences(text, t))
            {
                tx.Add(new TimeExpression
                {
                    Span = new TextSpan(at, at + t.Length),
                    Text = t,
                    Sentence = analysed.SentenceAt(at)?.Index ?? -1,
                    Type = TimexType.Date,
                    Value = value,
                    Earliest = e,
                    Latest = l,
                    Granularity = g,
                });
            }
        }

        return (analysed, [.. tx.OrderBy(x => x.Span.Start)], [.. entities.OrderBy(x => x.Span.Start)]);
    }

    public static ImmutableArray<EventMention> Extract(
        string text,
        (string Name, EntityType Type)[] names,
        (string Text, string Value, DateOnly Earliest, DateOnly Latest, Granularity Granularity)[]? times = null,
        string[]? descriptions = null)
    {
        var (a, t, e) = Build(text, names, times, descriptions);
        return new EventExtractor().Extract(a, t, e);
    }

    public static (string, string, DateOnly, DateOnly, Granularity) Day(string text, int month, int day) =>
        (text, $"2023-{month:00}-{day:00}", new DateOnly(2023, month, day), new DateOnly(2023, month, day), Granularity.Day);

    public static string? Agent(EventMention m) => m.Arguments.FirstOrDefault(a => a.Role == "agent")?.Entity.Text;

    public static string[] Others(EventMention m) => [.. m.Arguments.Where(a => a.Role != "agent").Select(a => a.Entity.Text)];

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        var at = 0;
        while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + name.Length >= text.Length || !char.IsLetterOrDigit(text[at + name.Length]);
            if (before && after) yield return at;
            at += name.Length;
        }
    }
}
