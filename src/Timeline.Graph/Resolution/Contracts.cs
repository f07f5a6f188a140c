using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Graph;

/// <summary>Identifies one entity mention across the corpus: article id plus the mention's span.</summary>
public readonly record struct MentionKey(string Article, TextSpan Span);

/// <summary>The result of entity resolution: one record per real-world thing, the merge log, and the mention → entity map.</summary>
public sealed record EntityResolution(
    ImmutableArray<EntityRecord> Entities,
    ImmutableArray<ResolutionStep> Log,
    ImmutableDictionary<MentionKey, string> EntityOfMention)
{
    /// <summary>No entities.</summary>
    public static EntityResolution Empty { get; } = new([], [], ImmutableDictionary<MentionKey, string>.Empty);

    /// <summary>The entity id a mention resolved to, or null.</summary>
    public string? EntityOf(string article, TextSpan span) => EntityOfMention.GetValueOrDefault(new MentionKey(article, span));
}

/// <summary>Resolves entity mentions of all articles into entities (within and across articles).</summary>
public interface IEntityResolver
{
    /// <summary>Resolves every entity mention of the corpus.</summary>
    EntityResolution Resolve(IReadOnlyList<ArticleMentions> corpus);
}

/// <summary>The result of event merging: events, itineraries, chronological order, and inferred publication dates.</summary>
public sealed record EventResolution(
    ImmutableArray<EventRecord> Events,
    ImmutableArray<ItineraryRecord> Itineraries,
    ImmutableArray<string> Timeline,
    ImmutableDictionary<string, DateOnly> InferredPublished)
{
    /// <summary>No events.</summary>
    public static EventResolution Empty { get; } = new([], [], [], ImmutableDictionary<string, DateOnly>.Empty);
}

/// <summary>Merges event mentions into one event per happening, and derives itineraries and the timeline order.</summary>
public interface IEventResolver
{
    /// <summary>Merges the corpus's event mentions, using the resolved entities.</summary>
    EventResolution Resolve(IReadOnlyList<ArticleMentions> corpus, EntityResolution entities);
}
