using System.Collections.Immutable;

namespace Timeline.Core;

/// <summary>The contents of <c>timeline.json</c> (schema <c>timeline/1</c>): the frozen result of a build.</summary>
public sealed record TimelineDocument
{
    /// <summary>The schema tag written into every file.</summary>
    public const string SchemaTag = "timeline/1";

    /// <summary>Schema tag.</summary>
    public string Schema { get; init; } = SchemaTag;

    /// <summary>Articles read, in input order.</summary>
    public ImmutableArray<ArticleRecord> Articles { get; init; } = [];

    /// <summary>Resolved entities, ordered by id.</summary>
    public ImmutableArray<EntityRecord> Entities { get; init; } = [];

    /// <summary>Merged events, ordered by id.</summary>
    public ImmutableArray<EventRecord> Events { get; init; } = [];

    /// <summary>Per-actor ordered stops.</summary>
    public ImmutableArray<ItineraryRecord> Itineraries { get; init; } = [];

    /// <summary>Event ids in chronological order.</summary>
    public ImmutableArray<string> Timeline { get; init; } = [];

    /// <summary>Inputs that were not read, with the reason.</summary>
    public ImmutableArray<SkippedInput> Skipped { get; init; } = [];

    /// <summary>Inputs whose normalised text equals an earlier article's.</summary>
    public ImmutableArray<DuplicateInput> Duplicates { get; init; } = [];

    /// <summary>The merge log of entity resolution: which forms were merged, by which rule, with what score.</summary>
    public ImmutableArray<ResolutionStep> Resolution { get; init; } = [];
}

/// <summary>An article as listed in timeline.json.</summary>
public sealed record ArticleRecord(
    string Id,
    string File,
    string? Title,
    string? Source,
    string? Author,
    DateOnly? Published,
    PublishedBasis PublishedBasis,
    int SkippedLines);

/// <summary>A role held by a person: a title, for an entity (or null when not known).</summary>
public sealed record RoleRecord(string Title, string? Of);

/// <summary>Coordinates of a place, with its ISO country code.</summary>
public sealed record GeoRecord(double Lat, double Lon, string? Country);

/// <summary>A resolved entity: one node per real-world thing.</summary>
public sealed record EntityRecord
{
    /// <summary>Stable id, e.g. <c>person/antony-blinken</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Type.</summary>
    public required EntityType Type { get; init; }

    /// <summary>Every other surface form seen.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Roles held.</summary>
    public ImmutableArray<RoleRecord> Roles { get; init; } = [];

    /// <summary>Coordinates, for geocoded places and countries.</summary>
    public GeoRecord? Geo { get; init; }

    /// <summary>Number of mentions across the corpus.</summary>
    public int Mentions { get; init; }

    /// <summary>Ids of the articles that mention it.</summary>
    public ImmutableArray<string> Articles { get; init; } = [];
}

/// <summary>An event's date: TIMEX3 value plus the calendar interval it allows.</summary>
public sealed record EventDate(string Value, DateOnly? Earliest, DateOnly? Latest, Granularity Granularity, string Basis);

/// <summary>An entity taking part in an event.</summary>
public sealed record ParticipantRecord(string Entity, string Role);

/// <summary>Provenance: the article, character offsets into its original text, and the sentence.</summary>
public sealed record SourceRecord(string Article, int Start, int End, string Sentence);

/// <summary>A disagreement between sources about one happening (date, place or a figure).</summary>
public sealed record ConflictRecord(string Field, ImmutableArray<string> Values, ImmutableArray<string> Articles);

/// <summary>A merged event.</summary>
public sealed record EventRecord
{
    /// <summary>Stable id, e.g. <c>event/2023-11-06-meet-ankara</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Type from the taxonomy.</summary>
    public required string Type { get; init; }

    /// <summary>A one-line human-readable summary.</summary>
    public required string Summary { get; init; }

    /// <summary>When, as precisely as the texts allow.</summary>
    public EventDate? Date { get; init; }

    /// <summary>Participants.</summary>
    public ImmutableArray<ParticipantRecord> Participants { get; init; } = [];

    /// <summary>Place entity id.</summary>
    public string? Place { get; init; }

    /// <summary>Factuality.</summary>
    public Factuality Factuality { get; init; }

    /// <summary>Every sentence that reports it.</summary>
    public ImmutableArray<SourceRecord> Sources { get; init; } = [];

    /// <summary>Number of distinct outlets that report it.</summary>
    public int Corroboration { get; init; }

    /// <summary>Disagreements between sources.</summary>
    public ImmutableArray<ConflictRecord> Conflicts { get; init; } = [];
}

/// <summary>One stop of an itinerary.</summary>
public sealed record StopRecord(string Place, DateOnly? Earliest, DateOnly? Latest, ImmutableArray<string> Events);

/// <summary>An actor's ordered stops.</summary>
public sealed record ItineraryRecord(string Actor, ImmutableArray<StopRecord> Stops);

/// <summary>An input that was not read.</summary>
public sealed record SkippedInput(string File, string Reason);

/// <summary>An input that repeats an article already read.</summary>
public sealed record DuplicateInput(string File, string DuplicateOf);

/// <summary>One entity-resolution decision: forms merged into an entity, the rule that merged them and its score.</summary>
public sealed record ResolutionStep(string Entity, ImmutableArray<string> Forms, string Rule, double Score);
