using System.Collections.Immutable;

namespace Timeline.Graph;

/// <summary>Kinds of graph nodes; the first five mirror Neo4j labels.</summary>
public enum NodeKind
{
    /// <summary>A news article.</summary>
    Article,

    /// <summary>A person.</summary>
    Person,

    /// <summary>An organisation.</summary>
    Organization,

    /// <summary>A country.</summary>
    Country,

    /// <summary>A place.</summary>
    Place,

    /// <summary>An event.</summary>
    Event,
}

/// <summary>Kinds of graph edges, named as the Neo4j relationship types.</summary>
public enum EdgeKind
{
    /// <summary>Entity → Event, with a role.</summary>
    ParticipatedIn,

    /// <summary>Event → Place.</summary>
    OccurredIn,

    /// <summary>Event → Article.</summary>
    ReportedIn,

    /// <summary>Entity → Article.</summary>
    MentionedIn,

    /// <summary>Person → Country or Organization, with a title.</summary>
    HoldsRole,

    /// <summary>Place → Country.</summary>
    LocatedIn,

    /// <summary>Event → next Event along the timeline.</summary>
    Next,

    /// <summary>Person → Place along an itinerary, with the stop's order.</summary>
    Visited,
}

/// <summary>A node of the timeline graph; equality is by <see cref="Id"/>.</summary>
public sealed class GraphNode : IEquatable<GraphNode>
{
    /// <summary>Creates a node.</summary>
    public GraphNode(string id, NodeKind kind, string name, ImmutableArray<string> aliases = default)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Aliases = aliases.IsDefault ? [] : aliases;
    }

    /// <summary>Stable id (from timeline.json).</summary>
    public string Id { get; }

    /// <summary>Kind.</summary>
    public NodeKind Kind { get; }

    /// <summary>Display name: canonical name, article title or event summary.</summary>
    public string Name { get; }

    /// <summary>Other names the node is known by.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>True for people, organisations, countries and places.</summary>
    public bool IsEntity => Kind is NodeKind.Person or NodeKind.Organization or NodeKind.Country or NodeKind.Place;

    /// <inheritdoc/>
    public bool Equals(GraphNode? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GraphNode);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>A typed edge; <see cref="Detail"/> holds the role or title, <see cref="Order"/> the itinerary stop number.</summary>
public sealed record GraphEdge(GraphNode Source, GraphNode Target, EdgeKind Kind, string? Detail = null, int Order = 0) : IEdge<GraphNode>;
