using System.Collections.Immutable;

namespace Timeline.Core;

/// <summary>Whether an event happened, is planned, was denied, or is only reported by someone.</summary>
public enum Factuality
{
    /// <summary>Asserted as having happened.</summary>
    Happened,

    /// <summary>Announced or expected, not yet happened.</summary>
    Planned,

    /// <summary>Said not to have happened.</summary>
    Negated,

    /// <summary>A claim attributed to someone.</summary>
    Reported,
}

/// <summary>An argument of an event mention: an entity mention in a role.</summary>
public sealed record EventArgument(string Role, EntityMention Entity);

/// <summary>An event found in one sentence, before cross-document merging.</summary>
public sealed record EventMention
{
    /// <summary>Event type from the taxonomy (e.g. <c>meet</c>, <c>attack</c>).</summary>
    public required string Type { get; init; }

    /// <summary>Offsets of the trigger word or phrase.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>Index of the sentence.</summary>
    public required int Sentence { get; init; }

    /// <summary>Participants with their roles (agent, patient, with, …).</summary>
    public ImmutableArray<EventArgument> Arguments { get; init; } = [];

    /// <summary>Where it took place, when stated.</summary>
    public EntityMention? Place { get; init; }

    /// <summary>When it took place, when stated.</summary>
    public TimeExpression? Time { get; init; }

    /// <summary>Factuality.</summary>
    public Factuality Factuality { get; init; } = Factuality.Happened;

    /// <summary>A supporting quote, when the sentence carries one.</summary>
    public string? Quote { get; init; }
}
