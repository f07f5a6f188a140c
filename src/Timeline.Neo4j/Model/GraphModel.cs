using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Timeline.Core;

namespace Timeline.Neo4j;

/// <summary>Value types a property can have in Neo4j.</summary>
internal enum PropertyType
{
    String,
    Integer,
    StringList,
    Date,
    Point,
}

/// <summary>A latitude/longitude pair, stored as a WGS-84 point.</summary>
internal sealed record GeoPoint(double Latitude, double Longitude);

[Flags]
internal enum LabelKind
{
    None = 0,
    Article = 1,
    Person = 2,
    Organization = 4,
    Country = 8,
    Place = 16,
    Event = 32,
    Entity = Person | Organization | Country | Place,
}

internal sealed record PropertySpec(string Name, PropertyType Type);

/// <summary>All nodes of one label: the first property is always <c>id</c>; values are string, long, ImmutableArray&lt;string&gt;, DateOnly, GeoPoint or null.</summary>
internal sealed record NodeSet(string Label, ImmutableArray<string> ExtraLabels, ImmutableArray<PropertySpec> Properties, ImmutableArray<object?[]> Rows);

/// <summary>All relationships of one type; <see cref="MergeKeys"/> are the properties that tell two parallel relationships apart.</summary>
internal sealed record RelationshipSet(
    string Type,
    string StartLabel,
    string EndLabel,
    ImmutableArray<PropertySpec> Properties,
    ImmutableArray<string> MergeKeys,
    ImmutableArray<RelationshipRow> Rows);

internal sealed record RelationshipRow(string Start, string End, object?[] Values);

/// <summary>The timeline projected onto the fixed Neo4j model (graph-schema/README.md): the only labels and types ever written.</summary>
internal sealed record GraphModel(ImmutableArray<NodeSet> Nodes, ImmutableArray<RelationshipSet> Relationships)
{
    public long RowCount => Nodes.Sum(n => (long)n.Rows.Length) + Relationships.Sum(r => (long)r.Rows.Length);

    private static readonly ImmutableArray<PropertySpec> EntityProps = [new("id", PropertyType.String), new("name", PropertyType.String), new("aliases", PropertyType.StringList)];

    public static GraphModel Project(TimelineDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = new Dictionary<string, LabelKind>(document.Articles.Length + document.Entities.Length + document.Events.Length, StringComparer.Ordinal);

        var articles = new List<object?[]>();
        foreach (var a in document.Articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (!ids.TryAdd(a.Id, LabelKind.Article)) continue;
            articles.Add([a.Id, a.Title ?? a.File, a.Title, a.Source, a.Author, a.Published, a.File]);
        }

        var byType = new Dictionary<EntityType, List<object?[]>>();
        foreach (var t in new[] { EntityType.Person, EntityType.Organization, EntityType.Country, EntityType.Place }) byType[t] = [];
        var entities = document.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var e in entities)
        {
            if (!byType.TryGetValue(e.Type, out var rows) || !ids.TryAdd(e.Id, Kind(e.Type))) continue;
            rows.Add(e.Type == EntityType.Place
                ? [e.Id, e.Name, e.Geo is { } g ? new GeoPoint(g.Lat, g.Lon) : null, e.Geo?.Country]
                : [e.Id, e.Name, e.Aliases.IsDefault ? ImmutableArray<string>.Empty : e.Aliases]);
        }

        var events = new List<object?[]>();
        var eventList = document.Events.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var e in eventList)
        {
            if (!ids.TryAdd(e.Id, LabelKind.Event)) continue;
            var d = e.Date;
            DateOnly? day = d?.Earliest is { } early && d.Latest == early ? early : null;
            events.Add([
                e.Id, e.Summary, e.Type, e.Summary, day, d?.Earliest, d?.Latest,
                d is null ? null : EnumText(d.Granularity), EnumText(e.Factuality), (long)e.Corroboration,
                e.Conflicts.IsDefaultOrEmpty ? ImmutableArray<string>.Empty : e.Conflicts.Select(c => c.Field + ": " + string.Join(" | ", c.Values)).ToImmutableArray(),
            ]);
        }

        var nodes = ImmutableArray.Create(
            new NodeSet("Article", [], [new("id", PropertyType.String), new("name", PropertyType.String), new("title", PropertyType.String), new("source", PropertyType.String), new("author", PropertyType.String), new("published", PropertyType.Date), new("file", PropertyType.String)], [.. articles]),
            new NodeSet("Person", ["Entity"], EntityProps, [.. byType[EntityType.Person]]),
            new NodeSet("Organization", ["Entity"], EntityProps, [.. byType[EntityType.Organization]]),
            new NodeSet("Country", ["Entity"], EntityProps, [.. byType[EntityType.Country]]),
            new NodeSet("Place", ["Entity"], [new("id", PropertyType.String), new("name", PropertyType.String), new("location", PropertyType.Point), new("country", PropertyType.String)], [.. byType[EntityType.Place]]),
            new NodeSet("Event", [], [
                new("id", PropertyType.String), new("name", PropertyType.String), new("type", PropertyType.String), new("summary", PropertyType.String),
                new("date", PropertyType.Date), new("earliest", PropertyType.Date), new("latest", PropertyType.Date), new("granularity", PropertyType.String),
                new("factuality", PropertyType.String), new("corroboration", PropertyType.Integer), new("conflicts", PropertyType.StringList)], [.. events]));

        bool Is(string id, LabelKind labels) => ids.TryGetValue(id, out var l) && (l & labels) != 0;
        bool IsEntity(string id) => Is(id, LabelKind.Entity);

        var participated = new List<RelationshipRow>();
        var occurred = new List<RelationshipRow>();
        var reported = new List<RelationshipRow>();
        foreach (var e in eventList)
        {
            for (var i = 0; i < e.Participants.Length; i++)
            {
                var p = e.Participants[i];
                if (IsEntity(p.Entity) && !SeenParticipant(e.Participants, i)) participated.Add(new(p.Entity, e.Id, [p.Role]));
            }

            if (e.Place is { } place && IsEntity(place)) occurred.Add(new(e.Id, place, []));
            for (var i = 0; i < e.Sources.Length; i++)
            {
                var s = e.Sources[i];
                if (Is(s.Article, LabelKind.Article) && !SeenSource(e.Sources, i))
                    reported.Add(new(e.Id, s.Article, [(long)s.Start, (long)s.End, s.Sentence]));
            }
        }

        var mentioned = new List<RelationshipRow>();
        var roles = new List<RelationshipRow>();
        var located = new List<RelationshipRow>();
        var countryByCode = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Country && e.Geo?.Country is { } code && Is(e.Id, LabelKind.Country)) countryByCode.TryAdd(code, e.Id);
        }

        foreach (var e in entities)
        {
            if (!IsEntity(e.Id)) continue;
            // One row per distinct article in first-seen order, with its count (a hub entity lists thousands).
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            var firstSeen = new List<string>();
            foreach (var a in e.Articles)
            {
                if (counts.TryGetValue(a, out var c)) counts[a] = c + 1;
                else
                {
                    counts[a] = 1;
                    firstSeen.Add(a);
                }
            }

            foreach (var a in firstSeen)
            {
                if (Is(a, LabelKind.Article)) mentioned.Add(new(e.Id, a, [counts[a]]));
            }

            if (e.Type == EntityType.Person)
            {
                foreach (var r in e.Roles.Where(r => r.Of is not null).DistinctBy(r => (r.Title, r.Of)).OrderBy(r => r.Of, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.Ordinal))
                {
                    if (Is(r.Of!, LabelKind.Country | LabelKind.Organization)) roles.Add(new(e.Id, r.Of!, [r.Title]));
                }
            }

            if (e.Type == EntityType.Place && e.Geo?.Country is { } cc && countryByCode.TryGetValue(cc, out var country)) located.Add(new(e.Id, country, []));
        }

        var next = new List<RelationshipRow>();
        var timeline = document.Timeline.Where(id => Is(id, LabelKind.Event)).ToList();
        for (var i = 1; i < timeline.Count; i++) next.Add(new(timeline[i - 1], timeline[i], []));

        var visited = new List<RelationshipRow>();
        foreach (var it in document.Itineraries.OrderBy(i => i.Actor, StringComparer.Ordinal))
        {
            if (!Is(it.Actor, LabelKind.Person)) continue;
            for (var i = 0; i < it.Stops.Length; i++)
            {
                var s = it.Stops[i];
                if (IsEntity(s.Place)) visited.Add(new(it.Actor, s.Place, [(long)(i + 1), s.Earliest, s.Latest]));
            }
        }

        var rels = ImmutableArray.Create(
            new RelationshipSet("PARTICIPATED_IN", "Entity", "Event", [new("role", PropertyType.String)], ["role"], [.. participated]),
            new RelationshipSet("OCCURRED_IN", "Event", "Entity", [], [], [.. occurred]),
            new RelationshipSet("REPORTED_IN", "Event", "Article", [new("start", PropertyType.Integer), new("end", PropertyType.Integer), new("sentence", PropertyType.String)], ["start", "end"], [.. reported]),
            new RelationshipSet("MENTIONED_IN", "Entity", "Article", [new("count", PropertyType.Integer)], [], [.. mentioned]),
            new RelationshipSet("HOLDS_ROLE", "Person", "Entity", [new("title", PropertyType.String)], ["title"], [.. roles]),
            new RelationshipSet("LOCATED_IN", "Place", "Country", [], [], [.. located]),
            new RelationshipSet("NEXT", "Event", "Event", [], [], [.. next]),
            new RelationshipSet("VISITED", "Person", "Entity", [new("order", PropertyType.Integer), new("earliest", PropertyType.Date), new("latest", PropertyType.Date)], ["order"], [.. visited]));
        return new GraphModel(nodes, rels);
    }

    private static LabelKind Kind(EntityType type) => type switch
    {
        EntityType.Person => LabelKind.Person,
        EntityType.Organization => LabelKind.Organization,
        EntityType.Country => LabelKind.Country,
        _ => LabelKind.Place,
    };

    // True when an earlier item of the list is the same (keeps the first of duplicates, in document order).
    private static bool SeenParticipant(ImmutableArray<ParticipantRecord> items, int index)
    {
        for (var j = 0; j < index; j++) if (items[j].Entity == items[index].Entity && items[j].Role == items[index].Role) return true;
        return false;
    }

    private static bool SeenSource(ImmutableArray<SourceRecord> items, int index)
    {
        for (var j = 0; j < index; j++) if (items[j].Article == items[index].Article && items[j].Start == items[index].Start && items[j].End == items[index].End) return true;
        return false;
    }

    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "Person",
        EntityType.Organization => "Organization",
        EntityType.Country => "Country",
        EntityType.Place => "Place",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not in the graph model"),
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Enum, string> EnumTexts = new();

    // Enum text exactly as timeline.json writes it ("part-of-day"), so the graph and the file agree.
    private static string EnumText<T>(T value) where T : struct, Enum =>
        EnumTexts.GetOrAdd(value, v => JsonSerializer.Serialize((T)v, Graph.TimelineJson.Options).Trim('"'));

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
