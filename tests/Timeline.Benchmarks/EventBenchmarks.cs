using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Timeline.Core;
using Timeline.Extraction;
using Timeline.Graph;

namespace Timeline.Benchmarks;

/// <summary>Event extraction and merging over a synthetic corpus of our own sentences (names marked by a name table).</summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private static readonly (string Name, EntityType Type)[] Names =
    [
        ("Lena Varga", EntityType.Person), ("Ole Brandt", EntityType.Person), ("Ivo Stam", EntityType.Person), ("Oslo", EntityType.Place),
        ("Bergen", EntityType.Place), ("Vik", EntityType.Place), ("Nordland", EntityType.Country), ("Sudovia", EntityType.Country),
        ("Kestrel Front", EntityType.Organization),
    ];

    private static readonly string[] Sentences =
    [
        "Lena Varga met Ole Brandt in Oslo on Tuesday, and the two spoke for an hour about the border.",
        "In Bergen, Ivo Stam warned Sudovia that any attack on Vik would be answered.",
        "Kestrel Front launched an attack on Vik, according to officials in Nordland.",
        "Nordland withdrew its ambassador from Sudovia after the talks in Oslo collapsed.",
        "He said: \u201CWe will not accept a blackout in Vik.\u201D",
        "Sudovia imposed a curfew in Vik while aid trucks waited at the border near Bergen.",
        "Ole Brandt did not meet Ivo Stam, and she will travel to Bergen next week.",
    ];

    private readonly EventExtractor extractor = new();
    private readonly EventResolver resolver = new();
    private List<(AnalysedArticle Article, ImmutableArray<EntityMention> Entities)> articles = [];
    private List<ArticleMentions> mentions = [];

    [GlobalSetup]
    public void Setup()
    {
        articles = [];
        for (var a = 0; a < 200; a++)
        {
            var sb = new StringBuilder();
            for (var p = 0; p < 12; p++) sb.Append(Sentences[(a + p) % Sentences.Length]).Append(p % 3 == 2 ? "\n\n" : " ");
            var text = sb.ToString();
            var article = new Article { Id = "article/" + a, File = a + ".txt", Source = "outlet" + (a % 5), Text = text, Body = text, Published = new DateOnly(2023, 11, 6) };
            var analysed = SentenceSplitter.Analyse(article);
            var entities = new List<EntityMention>();
            foreach (var (name, type) in Names)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    entities.Add(new EntityMention { Span = new TextSpan(at, at + name.Length), Text = name, Label = "X", Type = type });
                }
            }

            articles.Add((analysed, [.. entities.OrderBy(e => e.Span.Start)]));
        }

        mentions = [.. articles.Select(x => new ArticleMentions(x.Article, [], x.Entities, extractor.Extract(x.Article, [], x.Entities)))];
    }

    /// <summary>Characters of text in the synthetic corpus (to turn time into MB/s).</summary>
    public int Characters => articles.Sum(a => a.Article.Article.Text.Length);

    [Benchmark]
    public int Extract()
    {
        var n = 0;
        foreach (var (article, entities) in articles) n += extractor.Extract(article, [], entities).Length;
        return n;
    }

    [Benchmark]
    public int Resolve() => resolver.Resolve(mentions, EntityResolution.Empty).Events.Length;
}
