using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>
/// Per-actor itineraries: stops from place-bound events the actor was present at, ordered by explicit dates,
/// lists of stops ("a tour that took him to A, B and C"), first/last markers, and "departed A for B".
/// </summary>
internal static class Itineraries
{
    private sealed class Stop(string place, int order)
    {
        public string Place { get; set; } = place;

        public int Order { get; set; } = order;

        public DateOnly? Earliest { get; set; }

        public DateOnly? Latest { get; set; }

        public SortedSet<string> Events { get; } = new(StringComparer.Ordinal);

        public int PlaceBound { get; set; }
    }

    public static ImmutableArray<ItineraryRecord> Build(List<BuiltEvent> events, List<EventCandidate> candidates, EntityNames names, EventTaxonomy taxonomy)
    {
        var eventOf = new Dictionary<EventCandidate, EventRecord>();
        foreach (var e in events) foreach (var m in e.Members) eventOf[m] = e.Record;

        var stopsByActor = new Dictionary<string, Dictionary<string, Stop>>(StringComparer.Ordinal);
        var edges = new Dictionary<string, List<(string From, string To)>>(StringComparer.Ordinal);
        var firsts = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        Stop Touch(string actor, string place, int order)
        {
            if (!stopsByActor.TryGetValue(actor, out var stops)) stopsByActor[actor] = stops = new(StringComparer.Ordinal);
            if (!stops.TryGetValue(place, out var s)) stops[place] = s = new Stop(place, order);
            s.Order = Math.Min(s.Order, order);
            return s;
        }

        void Date(Stop s, EventDate? d)
        {
            if (d is not { Basis: "text" or "corpus" } || d.Earliest is not { } e) return;
            var l = d.Latest ?? e;
            s.Earliest = s.Earliest is { } se && se < e ? se : e;
            s.Latest = s.Latest is { } sl && sl > l ? sl : l;
        }

        void Edge(string actor, string from, string to)
        {
            if (from == to) return;
            if (!edges.TryGetValue(actor, out var list)) edges[actor] = list = [];
            list.Add((from, to));
        }

        var order = 0;
        foreach (var e in events.OrderBy(e => e.Members.Min(m => m.Order)))
        {
            var r = e.Record;
            if (r.Factuality is not (Factuality.Happened or Factuality.Reported) || taxonomy.Find(r.Type)?.Presence != true) continue;
            // Presence needs the actor and the place in one mention: a place merged in from another report is weaker evidence.
            foreach (var m in e.Members.OrderBy(m => m.Order))
            {
                if (m.Place is not { } place || m.Factuality is not (Factuality.Happened or Factuality.Reported)) continue;
                foreach (var (actor, _) in m.Participants.Where(p => p.Role is "agent" or "with" or "patient" && !names.IsPlace(p.Id)))
                {
                    var s = Touch(actor, place == r.Place || r.Place is null ? place : r.Place, order++);
                    s.Events.Add(r.Id);
                    s.PlaceBound++;
                    Date(s, r.Date);
                }
            }
        }

        foreach (var c in candidates.Where(c => c.Stops.Count > 0 && c.Agent is not null && c.Factuality is Factuality.Happened or Factuality.Reported))
        {
            var actor = c.Agent!;
            var rec = eventOf.GetValueOrDefault(c);
            var seq = new List<string>();
            foreach (var (place, role) in c.Stops)
            {
                var s = Touch(actor, place, order++);
                if (rec is not null) s.Events.Add(rec.Id);
                if (role is "origin" or "destination") s.PlaceBound++;
                if (role == "origin") Date(s, c.Date);
                if (role == "destination" && c.TextDated) s.Earliest ??= c.Date!.Earliest;
                seq.Add(place);
            }

            var origin = c.Stops.Where(s => s.Role == "origin").Select(s => s.Id).FirstOrDefault();
            var dest = c.Stops.Where(s => s.Role == "destination").Select(s => s.Id).FirstOrDefault();
            if (origin is not null && dest is not null) Edge(actor, origin, dest);
            var listed = c.Stops.Where(s => s.Role == "stop").Select(s => s.Id).ToList();
            for (var i = 0; i + 1 < listed.Count; i++) Edge(actor, listed[i], listed[i + 1]);
            foreach (var last in c.Stops.Where(s => s.Role == "last-stop").Select(s => s.Id))
            {
                foreach (var x in listed) Edge(actor, x, last);
            }

            foreach (var first in c.Stops.Where(s => s.Role == "first-stop").Select(s => s.Id))
            {
                foreach (var x in listed) Edge(actor, first, x);
                if (!firsts.TryGetValue(actor, out var fl)) firsts[actor] = fl = [];
                fl.Add(first);
            }
        }

        var result = new List<ItineraryRecord>();
        foreach (var actor in stopsByActor.Keys.Order(StringComparer.Ordinal))
        {
            if (names.IsPlace(actor)) continue;
            var stops = stopsByActor[actor];
            Absorb(stops, names);
            if (stops.Count < 2 || stops.Values.Sum(s => s.PlaceBound) + stops.Values.Count(s => s.PlaceBound == 0) < 2) continue;
            var actorEdges = edges.GetValueOrDefault(actor) ?? [];
            foreach (var f in firsts.GetValueOrDefault(actor) ?? [])
            {
                foreach (var x in stops.Keys) actorEdges.Add((f, x));
            }

            var ordered = Sort(stops, actorEdges);
            Fill(ordered);
            result.Add(new ItineraryRecord(actor, [.. ordered.Select(s => new StopRecord(s.Place, s.Earliest, s.Latest, [.. s.Events]))]));
        }

        return [.. result];
    }

    /// <summary>A country stop merges into a city stop in the same country ("Japan" into "Tokyo").</summary>
    private static void Absorb(Dictionary<string, Stop> stops, EntityNames names)
    {
        foreach (var key in stops.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!names.IsCountry(key)) continue;
            if (names.CountryCode(key) is not { } code)
            {
                // Without coordinates a country is too coarse to sit between city stops.
                if (stops.Keys.Count(k => !names.IsCountry(k)) >= 2) stops.Remove(key);
                continue;
            }

            var city = stops.Keys.Where(k => k != key && !names.IsCountry(k) && names.CountryCode(k) == code).Order(StringComparer.Ordinal).FirstOrDefault();
            if (city is null)
            {
                if (stops.Keys.Count(k => !names.IsCountry(k)) >= 2) stops.Remove(key);
                continue;
            }
            var from = stops[key];
            var into = stops[city];
            foreach (var e in from.Events) into.Events.Add(e);
            into.PlaceBound += from.PlaceBound;
            into.Order = Math.Min(into.Order, from.Order);
            stops.Remove(key);
        }
    }

    private static List<Stop> Sort(Dictionary<string, Stop> stops, List<(string From, string To)> edges)
    {
        var all = stops.Values.ToList();
        var before = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var s in all) before[s.Place] = new(StringComparer.Ordinal);
        foreach (var (from, to) in edges.Distinct())
        {
            if (stops.ContainsKey(from) && stops.ContainsKey(to) && from != to) before[to].Add(from);
        }

        foreach (var a in all)
        {
            foreach (var b in all)
            {
                if (a.Latest is { } al && b.Earliest is { } be && al < be) before[b.Place].Add(a.Place);
            }
        }

        var placed = new List<Stop>();
        var remaining = new List<Stop>(all);
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(s => before[s.Place].All(p => placed.Any(x => x.Place == p))).ToList();
            // Contradictory evidence makes a cycle: fall back to the best-ranked stop left.
            var pool = ready.Count > 0 ? ready : remaining;
            var next = pool.OrderBy(s => s.Earliest ?? DateOnly.MaxValue).ThenBy(s => s.Order).ThenBy(s => s.Place, StringComparer.Ordinal).First();
            placed.Add(next);
            remaining.Remove(next);
        }

        return placed;
    }

    /// <summary>Undated stops take the bounds of their dated neighbours.</summary>
    private static void Fill(List<Stop> ordered)
    {
        var lower = new DateOnly?[ordered.Count];
        var upper = new DateOnly?[ordered.Count];
        DateOnly? run = null;
        for (var i = 0; i < ordered.Count; i++)
        {
            run = ordered[i].Earliest ?? run;
            lower[i] = ordered[i].Earliest ?? run;
        }

        run = null;
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            run = ordered[i].Latest ?? run;
            upper[i] = ordered[i].Latest ?? run;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Earliest ??= lower[i];
            ordered[i].Latest ??= upper[i];
        }
    }
}
