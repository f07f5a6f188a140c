using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>The default wiring of every stage: what <c>timeline build</c> runs.</summary>
public static class Pipelines
{
    /// <summary>A builder with the project's default taggers and resolvers.</summary>
    public static CorpusBuilder Default()
    {
        var gazetteer = Gazetteer.Default;
        var entities = new EntityTagger(PerceptronNameRecognizer.Default, gazetteer);
        return new(new ExtractionPipeline(new RuleTimeTagger(), entities, new NoEvents()), new EntityResolver(gazetteer), new NoEventResolution());
    }

    // Placeholders until the event stage is wired in.
    private sealed class NoEvents : IEventExtractor
    {
        public ImmutableArray<EventMention> Extract(AnalysedArticle article, ImmutableArray<TimeExpression> times, ImmutableArray<EntityMention> entities) => [];
    }

    private sealed class NoEventResolution : IEventResolver
    {
        public EventResolution Resolve(IReadOnlyList<ArticleMentions> corpus, EntityResolution entities) => EventResolution.Empty;
    }
}
