using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Graph.Tests;

public sealed class TimelineJsonTests
{
    private static TimelineDocument Sample() => new()
    {
        Articles = [new ArticleRecord("article/0123456789abcdef", "a.txt", "T", "Outlet", null, new DateOnly(2023, 11, 6), PublishedBasis.Dateline, 2)],
        Entities = [new EntityRecord { Id = "place/ankara", Name = "Ankara", Type = EntityType.Place, Geo = new GeoRecord(39.92, 32.85, "TR"), Mentions = 3, Articles = ["article/0123456789abcdef"] }],
        Events = [new EventRecord
        {
            Id = "event/2023-11-06-meet-ankara", Type = "meet", Summary = "Talks in Ankara",
            Date = new EventDate("2023-11-05TNI", new DateOnly(2023, 11, 5), new DateOnly(2023, 11, 5), Granularity.PartOfDay, "text"),
            Place = "place/ankara", Factuality = Factuality.Planned, Corroboration = 1,
            Sources = [new SourceRecord("article/0123456789abcdef", 10, 20, "They met.")],
        }],
        Timeline = ["event/2023-11-06-meet-ankara"],
    };

    [Fact]
    public void Writes_contract_names_and_values()
    {
        var json = TimelineJson.Serialize(Sample());
        Assert.Contains("\"schema\": \"timeline/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"publishedBasis\": \"dateline\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"Place\"", json, StringComparison.Ordinal);
        Assert.Contains("\"granularity\": \"part-of-day\"", json, StringComparison.Ordinal);
        Assert.Contains("\"factuality\": \"planned\"", json, StringComparison.Ordinal);
        Assert.Contains("\"published\": \"2023-11-06\"", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips()
    {
        var json = TimelineJson.Serialize(Sample());
        Assert.Equal(json, TimelineJson.Serialize(TimelineJson.Parse(json)));
    }

    [Theory]
    [InlineData("{\"schema\": \"timeline/1\", \"articles\": [")]
    [InlineData("null")]
    [InlineData("{\"schema\": \"other/3\"}")]
    public void Rejects_what_is_not_a_timeline(string json) => Assert.Throws<InvalidDataException>(() => TimelineJson.Parse(json));

    [Fact]
    public void Assemble_applies_dates_inferred_from_the_corpus()
    {
        var article = new Article { Id = "article/00000000000000aa", File = "x.txt", Text = "Hi there.", Body = "Hi there." };
        var mentions = new ArticleMentions(new AnalysedArticle(article, []), [], [], []);
        var inferred = new EventResolution([], [], [], ImmutableDictionary<string, DateOnly>.Empty.Add(article.Id, new DateOnly(2023, 11, 6)));
        var builder = new CorpusBuilder(new Timeline.Extraction.ExtractionPipeline(new NoTimes(), new NoNames(), new NoEvents()), new FixedEntities(), new FixedEvents(inferred));
        var doc = builder.Assemble([mentions], [], []);
        Assert.Equal((new DateOnly(2023, 11, 6), PublishedBasis.Corpus), (doc.Articles[0].Published!.Value, doc.Articles[0].PublishedBasis));
    }

    private sealed class NoTimes : Timeline.Extraction.ITimeTagger
    {
        public ImmutableArray<TimeExpression> Tag(AnalysedArticle article) => [];
    }

    private sealed class NoNames : Timeline.Extraction.IEntityTagger
    {
        public ImmutableArray<EntityMention> Tag(AnalysedArticle article) => [];
    }

    private sealed class NoEvents : Timeline.Extraction.IEventExtractor
    {
        public ImmutableArray<EventMention> Extract(AnalysedArticle article, ImmutableArray<TimeExpression> times, ImmutableArray<EntityMention> entities) => [];
    }

    private sealed class FixedEntities : IEntityResolver
    {
        public EntityResolution Resolve(IReadOnlyList<ArticleMentions> corpus) => EntityResolution.Empty;
    }

    private sealed class FixedEvents(EventResolution result) : IEventResolver
    {
        public EventResolution Resolve(IReadOnlyList<ArticleMentions> corpus, EntityResolution entities) => result;
    }
}
