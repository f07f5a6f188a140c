using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>The default wiring of every stage: what <c>timeline build</c> runs.</summary>
public static class Pipelines
{
    /// <summary>A builder with the project's default taggers and resolvers.</summary>
    public static CorpusBuilder Default() =>
        new(new ExtractionPipeline(new RuleTimeTagger(), new NoEntities(), new NoEvents()), new NoEntityResolution(), new NoEventResolution());

    // Placeholders until the entity and event stages are wired in.
    private sealed class NoEntities : IEntityTagger
    {
        public ImmutableArray<EntityMention> Tag(AnalysedArticle article) => [];
    }

    private sealed class NoEvents : IEventExtractor
    {
        public ImmutableArray<EventMention> Extract(AnalysedArticle article, ImmutableArray<TimeExpression> times, ImmutableArray<EntityMention> entities) => [];
    }

    private sealed class NoEntityResolution : IEntityResolver
    {
        public EntityResolution Resolve(IReadOnlyList<ArticleMentions> corpus) => EntityResolution.Empty;
    }

    private sealed class NoEventResolution : IEventResolver
    {
        public EventResolution Resolve(IReadOnlyList<ArticleMentions> corpus, EntityResolution entities) => EventResolution.Empty;
    }
}
