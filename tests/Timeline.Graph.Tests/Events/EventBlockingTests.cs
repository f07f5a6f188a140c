using System.Text.Json;
using Timeline.Core;
using Timeline.Extraction;
using Timeline.TestSupport;

namespace Timeline.Graph.Tests;

/// <summary>
/// Event clustering skips clusters whose dates are too far apart to merge. That is only a speed-up: on real, dated
/// news (Reuters, 1987) the events must be exactly those of scoring every cluster that shares an entity.
/// </summary>
public sealed class EventBlockingTests
{
    [Fact]
    public void Skipping_clusters_far_apart_in_time_changes_no_event()
    {
        var file = Path.Combine(SharedData.Require("data/news/reuters21578"), "reut2-000.sgm");
        var gazetteer = Gazetteer.Default;
        var pipeline = new ExtractionPipeline(new RuleTimeTagger(), new EntityTagger(PerceptronNameRecognizer.Default, gazetteer), new EventExtractor(EventTaxonomy.Default));
        List<ArticleMentions> corpus = [.. new CorpusReader(new IngestOptions()).Read([file])
            .OfType<IngestItem.Read>()
            .Take(400)
            .AsParallel().AsOrdered()
            .Select(r => pipeline.Run(r.Article))];
        var entities = new EntityResolver(gazetteer).Resolve(corpus);

        var blocked = new EventResolver().Resolve(corpus, entities);
        var exhaustive = new EventResolver { DateBlocking = false }.Resolve(corpus, entities);

        Assert.True(blocked.Events.Count(e => e.Sources.Length > 1) >= 20, "the slice should merge a fair number of mentions");
        Assert.Equal(JsonSerializer.Serialize(exhaustive.Events), JsonSerializer.Serialize(blocked.Events));
        Assert.Equal(exhaustive.Timeline, blocked.Timeline);
    }
}
