using System.Collections.Immutable;
using System.Globalization;
using Timeline.Core;

namespace Timeline.Graph;

/// <summary>An actor ranked by how many events it takes part in and how many other actors it shares them with.</summary>
public sealed record ActorRank(GraphNode Actor, int Events, int CoParticipants, int Degree);

/// <summary>The frozen in-memory graph of a timeline, with name lookup and the queries users ask.</summary>
public sealed class TimelineGraph
{
    private readonly Dictionary<string, GraphNode> _byId;
    private readonly Lazy<Dictionary<string, List<GraphNode>>> _byName;
    private readonly Lazy<(ImmutableArray<GraphNode> Order, Dictionary<GraphNode, int> Position)> _events;

    // Name index and event order are built on first use: building the graph stays cheap for callers that only walk it.
    private TimelineGraph(FrozenBidirectionalGraph<GraphNode, GraphEdge> graph, Dictionary<string, GraphNode> byId)
    {
        Graph = graph;
        _byId = byId;
        _byName = new(BuildNameIndex);
        _events = new(BuildEventOrder);
    }

    /// <summary>The underlying immutable graph.</summary>
    public FrozenBidirectionalGraph<GraphNode, GraphEdge> Graph { get; }

    /// <summary>Events in timeline order (along NEXT edges; events not on the timeline come last, by id).</summary>
    public ImmutableArray<GraphNode> EventOrder => _events.Value.Order;

    private Dictionary<string, List<GraphNode>> BuildNameIndex()
    {
        var byName = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        foreach (var v in Graph.Vertices)
        {
            if (!v.IsEntity) continue;
            AddName(byName, v.Name, v);
            foreach (var a in v.Aliases) AddName(byName, a, v);
        }

        return byName;
    }

    private (ImmutableArray<GraphNode>, Dictionary<GraphNode, int>) BuildEventOrder()
    {
        var order = GraphAlgorithms.TopologicalOrder(Graph, e => e.Kind == EdgeKind.Next);
        var position = new Dictionary<GraphNode, int>();
        foreach (var v in order) if (v.Kind == NodeKind.Event) position[v] = position.Count;
        return ([.. order.Where(v => v.Kind == NodeKind.Event)], position);
    }

    /// <summary>Edges that connect actors through events: participation and event places.</summary>
    public static bool ThroughEvents(GraphEdge edge) => edge?.Kind is EdgeKind.ParticipatedIn or EdgeKind.OccurredIn;

    /// <summary>Builds the graph: nodes for articles, entities (except <see cref="EntityType.Other"/>) and events; edges as in the Neo4j model.</summary>
    public static TimelineGraph From(TimelineDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var builder = new BidirectionalGraphBuilder<GraphNode, GraphEdge>(
            document.Articles.Length + document.Entities.Length + document.Events.Length,
            document.Events.Length * 6 + document.Entities.Length * 3);
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);

        void Add(GraphNode node)
        {
            if (nodes.TryAdd(node.Id, node)) builder.AddVertex(node);
        }

        // Events first, in timeline order, so vertex order breaks ties in the event order.
        var events = new Dictionary<string, EventRecord>(document.Events.Length, StringComparer.Ordinal);
        foreach (var e in document.Events) events.TryAdd(e.Id, e);
        foreach (var id in document.Timeline)
        {
            if (events.TryGetValue(id, out var e)) Add(new GraphNode(e.Id, NodeKind.Event, e.Summary));
        }

        foreach (var e in document.Events) Add(new GraphNode(e.Id, NodeKind.Event, e.Summary));
        foreach (var en in document.Entities)
        {
            if (KindOf(en.Type) is { } kind) Add(new GraphNode(en.Id, kind, en.Name, en.Aliases));
        }

        foreach (var a in document.Articles) Add(new GraphNode(a.Id, NodeKind.Article, a.Title ?? a.File));

        void Edge(string from, string to, EdgeKind kind, string? detail = null, int order = 0)
        {
            if (nodes.TryGetValue(from, out var s) && nodes.TryGetValue(to, out var t)) builder.AddEdge(new GraphEdge(s, t, kind, detail, order));
        }

        foreach (var e in document.Events)
        {
            foreach (var p in e.Participants) Edge(p.Entity, e.Id, EdgeKind.ParticipatedIn, p.Role);
            if (e.Place is not null) Edge(e.Id, e.Place, EdgeKind.OccurredIn);
            for (var i = 0; i < e.Sources.Length; i++)
            {
                var article = e.Sources[i].Article;
                var repeat = false;
                for (var j = 0; j < i && !repeat; j++) repeat = e.Sources[j].Article == article;
                if (!repeat) Edge(e.Id, article, EdgeKind.ReportedIn);
            }
        }

        var countryByCode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var en in document.Entities)
        {
            if (en.Type == EntityType.Country && en.Geo?.Country is { } code) countryByCode.TryAdd(code, en.Id);
        }

        foreach (var en in document.Entities)
        {
            for (var i = 0; i < en.Articles.Length; i++)
            {
                var article = en.Articles[i];
                var repeat = false;
                for (var j = 0; j < i && !repeat; j++) repeat = en.Articles[j] == article;
                if (!repeat) Edge(en.Id, article, EdgeKind.MentionedIn);
            }
            foreach (var r in en.Roles) if (r.Of is not null) Edge(en.Id, r.Of, EdgeKind.HoldsRole, r.Title);
            if (en.Type == EntityType.Place && en.Geo?.Country is { } code && countryByCode.TryGetValue(code, out var country)) Edge(en.Id, country, EdgeKind.LocatedIn);
        }

        for (var i = 1; i < document.Timeline.Length; i++) Edge(document.Timeline[i - 1], document.Timeline[i], EdgeKind.Next);
        foreach (var it in document.Itineraries)
        {
            for (var i = 0; i < it.Stops.Length; i++) Edge(it.Actor, it.Stops[i].Place, EdgeKind.Visited, null, i + 1);
        }

        return new TimelineGraph(builder.Freeze(), nodes);
    }

    /// <summary>The node kind for an entity type, or null for types the graph does not hold.</summary>
    public static NodeKind? KindOf(EntityType type) => type switch
    {
        EntityType.Person => NodeKind.Person,
        EntityType.Organization => NodeKind.Organization,
        EntityType.Country => NodeKind.Country,
        EntityType.Place => NodeKind.Place,
        _ => null,
    };

    /// <summary>The node with this id, or null.</summary>
    public GraphNode? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The entity a user means by <paramref name="name"/>: an id, a name or alias (case- and accent-insensitive), else
    /// the entity whose name contains all the words given (most connected first). Throws <see cref="UnknownNameException"/>
    /// listing the closest names when nothing matches.
    /// </summary>
    public GraphNode Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_byId.TryGetValue(name.Trim(), out var byId)) return byId;
        var key = Key(name);
        if (_byName.Value.TryGetValue(key, out var exact)) return MostConnected(exact);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0)
        {
            var partial = _byName.Value
                .Where(kv => ContainsWords(kv.Key, words))
                .SelectMany(kv => kv.Value)
                .Distinct()
                .ToList();
            if (partial.Count > 0) return MostConnected(partial);
        }

        throw new UnknownNameException(name, Closest(key, 5));
    }

    /// <summary>The shortest chain of edges linking two entities through shared events (and event places), or null when none.</summary>
    public IReadOnlyList<GraphEdge>? Path(GraphNode from, GraphNode to) => GraphAlgorithms.ShortestPath(Graph, from, to, ThroughEvents);

    /// <summary>Nodes within <paramref name="hops"/> edges through events (the start excluded), nearest first.</summary>
    public IReadOnlyList<KeyValuePair<GraphNode, int>> Neighbours(GraphNode node, int hops) =>
        [.. GraphAlgorithms.Neighbourhood(Graph, node, hops, ThroughEvents).Skip(1)];

    /// <summary>Groups of nodes connected through events, largest first.</summary>
    public IReadOnlyList<ImmutableArray<GraphNode>> Components() => GraphAlgorithms.ConnectedComponents(Graph, ThroughEvents);

    /// <summary>The actor's events in timeline order.</summary>
    public IReadOnlyList<GraphNode> EventsOf(GraphNode actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return [.. Graph.OutEdges(actor)
            .Where(e => e.Kind == EdgeKind.ParticipatedIn)
            .Select(e => e.Target)
            .Distinct()
            .OrderBy(e => _events.Value.Position.GetValueOrDefault(e, int.MaxValue))
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>Roles the actor played in an event (from the PARTICIPATED_IN edges).</summary>
    public IReadOnlyList<string> RolesIn(GraphNode actor, GraphNode @event) =>
        [.. Graph.OutEdges(actor).Where(e => e.Kind == EdgeKind.ParticipatedIn && e.Target.Equals(@event)).Select(e => e.Detail ?? "").Distinct(StringComparer.Ordinal)];

    /// <summary>Actors (people, organisations, countries) ranked by co-participants, then events, then name.</summary>
    public IReadOnlyList<ActorRank> KeyActors(int top)
    {
        var ranks = new List<ActorRank>();
        foreach (var v in Graph.Vertices)
        {
            if (v.Kind is not (NodeKind.Person or NodeKind.Organization or NodeKind.Country)) continue;
            var events = Graph.OutEdges(v).Where(e => e.Kind == EdgeKind.ParticipatedIn).Select(e => e.Target).Distinct().ToList();
            if (events.Count == 0) continue;
            var others = new HashSet<GraphNode>();
            foreach (var ev in events)
            {
                foreach (var p in Graph.InEdges(ev)) if (p.Kind == EdgeKind.ParticipatedIn && !p.Source.Equals(v)) others.Add(p.Source);
            }

            ranks.Add(new ActorRank(v, events.Count, others.Count, GraphAlgorithms.Degree(Graph, v)));
        }

        return [.. ranks
            .OrderByDescending(r => r.CoParticipants).ThenByDescending(r => r.Events)
            .ThenBy(r => r.Actor.Name, StringComparer.Ordinal).ThenBy(r => r.Actor.Id, StringComparer.Ordinal)
            .Take(top)];
    }

    /// <summary>The lookup key of a name: accents folded, lower-case, words separated by one space.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Ids.Fold(name);
        var chars = new char[folded.Length];
        var n = 0;
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0) chars[n++] = ' ';
                chars[n++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (c is not ('\'' or '.'))
            {
                space = true;
            }
        }

        return new string(chars, 0, n);
    }

    private static void AddName(Dictionary<string, List<GraphNode>> byName, string name, GraphNode node)
    {
        var key = Key(name);
        if (key.Length == 0) return;
        if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
        if (!list.Contains(node)) list.Add(node);
    }

    private static bool ContainsWords(string key, string[] words)
    {
        var have = key.Split(' ');
        return words.All(w => have.Contains(w, StringComparer.Ordinal));
    }

    private GraphNode MostConnected(IEnumerable<GraphNode> nodes) =>
        nodes.OrderByDescending(n => GraphAlgorithms.Degree(Graph, n)).ThenBy(n => n.Id, StringComparer.Ordinal).First();

    private ImmutableArray<string> Closest(string key, int count)
    {
        var scored = new Dictionary<GraphNode, int>();
        foreach (var (name, list) in _byName.Value)
        {
            var d = EditDistance.Of(key, name);
            foreach (var w in name.Split(' ')) d = Math.Min(d, EditDistance.Of(key, w) + 1);
            foreach (var n in list) scored[n] = scored.TryGetValue(n, out var old) ? Math.Min(old, d) : d;
        }

        return [.. scored
            .OrderBy(kv => kv.Value).ThenBy(kv => kv.Key.Name, StringComparer.Ordinal).ThenBy(kv => kv.Key.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(kv => kv.Key.Name)];
    }
}

/// <summary>No entity matches a name; <see cref="Closest"/> lists the nearest known names.</summary>
public sealed class UnknownNameException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnknownNameException(string name, ImmutableArray<string> closest)
        : base(closest.IsEmpty
            ? string.Create(CultureInfo.InvariantCulture, $"no entity named '{name}': the graph has no entities")
            : string.Create(CultureInfo.InvariantCulture, $"no entity named '{name}'; closest: {string.Join(", ", closest)}"))
    {
        Name = name;
        Closest = closest;
    }

    /// <summary>The name asked for.</summary>
    public string Name { get; }

    /// <summary>The closest known names, nearest first.</summary>
    public ImmutableArray<string> Closest { get; }
}
