using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Graph;

/// <summary>What to keep of a timeline: events of an actor, at a place, in a date range, of a type (all optional, combined with AND).</summary>
public sealed record TimelineFilterOptions
{
    /// <summary>Actor name, alias or id.</summary>
    public string? Actor { get; init; }

    /// <summary>Place or country name, alias or id (a country keeps events at places located in it).</summary>
    public string? Place { get; init; }

    /// <summary>First day (inclusive): events whose date interval ends before it are dropped.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day (inclusive): events whose date interval starts after it are dropped.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Event type (case-insensitive).</summary>
    public string? Type { get; init; }

    /// <summary>True when nothing is filtered.</summary>
    public bool IsEmpty => Actor is null && Place is null && From is null && To is null && Type is null;
}

/// <summary>Cuts a self-contained sub-timeline: the matching events plus the entities and articles they reference.</summary>
public static class TimelineFilter
{
    /// <summary>
    /// The events that match, in their original order, with every entity and article they reference (participants,
    /// places and their countries, role holders' bodies), itineraries cut to the kept events, and timeline order kept.
    /// Throws <see cref="UnknownNameException"/> for a name that matches no entity.
    /// </summary>
    public static TimelineDocument Apply(TimelineDocument document, TimelineFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsEmpty) return document;
        var graph = TimelineGraph.From(document);
        var entities = document.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var actor = options.Actor is null ? null : graph.Find(options.Actor).Id;
        HashSet<string>? places = null;
        string? placeId = null;
        if (options.Place is not null)
        {
            var place = graph.Find(options.Place);
            placeId = place.Id;
            places = new HashSet<string>(StringComparer.Ordinal) { place.Id };
            if (place.Kind == NodeKind.Country && entities.TryGetValue(place.Id, out var country) && country.Geo?.Country is { } code)
            {
                foreach (var e in document.Entities)
                {
                    if (e.Type == EntityType.Place && string.Equals(e.Geo?.Country, code, StringComparison.OrdinalIgnoreCase)) places.Add(e.Id);
                }
            }
        }

        bool Keep(EventRecord e)
        {
            if (actor is not null && !e.Participants.Any(p => p.Entity == actor)) return false;
            if (places is not null && (e.Place is null || !places.Contains(e.Place))) return false;
            if (options.Type is not null && !string.Equals(e.Type, options.Type, StringComparison.OrdinalIgnoreCase)) return false;
            // An undated event cannot be shown to fall in a date range, so a range drops it.
            var first = e.Date?.Earliest ?? e.Date?.Latest;
            var last = e.Date?.Latest ?? e.Date?.Earliest;
            if (options.From is { } from && (last is null || last.Value < from)) return false;
            if (options.To is { } to && (first is null || first.Value > to)) return false;
            return true;
        }

        var events = document.Events.Where(Keep).ToImmutableArray();
        var eventIds = events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var articleIds = events.SelectMany(e => e.Sources.Select(s => s.Article)).ToHashSet(StringComparer.Ordinal);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var p in e.Participants) keep.Add(p.Entity);
            if (e.Place is not null) keep.Add(e.Place);
        }

        if (actor is not null) keep.Add(actor);
        if (placeId is not null) keep.Add(placeId);
        var itineraries = document.Itineraries
            .Where(i => keep.Contains(i.Actor))
            .Select(i => i with { Stops = [.. i.Stops.Where(s => s.Events.Any(eventIds.Contains)).Select(s => s with { Events = [.. s.Events.Where(eventIds.Contains)] })] })
            .Where(i => i.Stops.Length > 0)
            .ToImmutableArray();
        foreach (var s in itineraries.SelectMany(i => i.Stops)) keep.Add(s.Place);

        // Close over references: role bodies and the countries of kept places, so no id dangles.
        var countryByCode = document.Entities.Where(e => e.Type == EntityType.Country && e.Geo?.Country is not null)
            .GroupBy(e => e.Geo!.Country!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        foreach (var id in keep.ToList())
        {
            if (!entities.TryGetValue(id, out var e)) continue;
            foreach (var r in e.Roles) if (r.Of is not null && entities.ContainsKey(r.Of)) keep.Add(r.Of);
            if (e.Type == EntityType.Place && e.Geo?.Country is { } code && countryByCode.TryGetValue(code, out var c)) keep.Add(c);
        }

        return document with
        {
            Articles = [.. document.Articles.Where(a => articleIds.Contains(a.Id))],
            Entities = [.. document.Entities.Where(e => keep.Contains(e.Id)).Select(e => e with { Articles = [.. e.Articles.Where(articleIds.Contains)] })],
            Events = events,
            Itineraries = itineraries,
            Timeline = [.. document.Timeline.Where(eventIds.Contains)],
            Skipped = [],
            Duplicates = [],
            Resolution = [.. document.Resolution.Where(r => keep.Contains(r.Entity))],
        };
    }
}
