using System.Collections.Immutable;
using System.Globalization;
using Timeline.Core;

namespace Timeline.Benchmarks;

/// <summary>A deterministic Reuters-scale timeline: ~21,000 articles, ~50,000 entities, ~100,000 events.</summary>
internal static class SyntheticTimeline
{
    public static TimelineDocument Create(int articles = 21_000, int entities = 50_000, int events = 100_000, int seed = 42)
    {
        var rng = new Random(seed);
        var day0 = new DateOnly(1996, 8, 20);
        var articleRecords = new ArticleRecord[articles];
        for (var i = 0; i < articles; i++)
        {
            articleRecords[i] = new ArticleRecord(
                "article/" + i.ToString("x8", CultureInfo.InvariantCulture), $"reuters/{i}.xml", $"Headline number {i} about markets and talks",
                i % 3 == 0 ? "Reuters" : i % 3 == 1 ? "Wire Two" : "Paper Three", null, day0.AddDays(i % 365), PublishedBasis.Metadata, 0);
        }

        var types = new[] { EntityType.Person, EntityType.Person, EntityType.Organization, EntityType.Place, EntityType.Person, EntityType.Organization, EntityType.Place };
        var countries = Enumerable.Range(0, 200).Select(c => new EntityRecord
        {
            Id = "country/c" + c.ToString(CultureInfo.InvariantCulture),
            Name = "Country " + c.ToString(CultureInfo.InvariantCulture),
            Type = EntityType.Country,
            Geo = new GeoRecord(rng.NextDouble() * 120 - 60, rng.NextDouble() * 340 - 170, "C" + c.ToString(CultureInfo.InvariantCulture)),
        }).ToList();
        var all = new List<EntityRecord>(entities);
        all.AddRange(countries);
        for (var i = countries.Count; i < entities; i++)
        {
            var type = types[i % types.Length];
            var name = type switch { EntityType.Person => "Person", EntityType.Organization => "Organisation", _ => "Place" } + " " + i.ToString(CultureInfo.InvariantCulture);
            var arts = Enumerable.Range(0, 1 + rng.Next(4)).Select(_ => articleRecords[rng.Next(articles)].Id).ToImmutableArray();
            all.Add(new EntityRecord
            {
                Id = Ids.TypePrefix(type) + "/e" + i.ToString(CultureInfo.InvariantCulture),
                Name = name,
                Type = type,
                Aliases = [name.ToUpperInvariant(), "Alias " + i.ToString(CultureInfo.InvariantCulture)],
                Geo = type == EntityType.Place ? new GeoRecord(rng.NextDouble() * 120 - 60, rng.NextDouble() * 340 - 170, "C" + rng.Next(200).ToString(CultureInfo.InvariantCulture)) : null,
                Roles = type == EntityType.Person && i % 5 == 0 ? [new RoleRecord("Minister", countries[rng.Next(countries.Count)].Id)] : [],
                Mentions = arts.Length,
                Articles = arts,
            });
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var actors = all.Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Country).Select(e => e.Id).ToArray();
        var places = all.Where(e => e.Type == EntityType.Place).Select(e => e.Id).ToArray();
        var eventRecords = new List<EventRecord>(events);
        for (var i = 0; i < events; i++)
        {
            var day = day0.AddDays(rng.Next(365));
            var participants = Enumerable.Range(0, 2 + rng.Next(3)).Select(k => new ParticipantRecord(actors[rng.Next(actors.Length)], k == 0 ? "agent" : "with")).ToImmutableArray();
            var sources = Enumerable.Range(0, 1 + rng.Next(3)).Select(_ =>
            {
                var start = rng.Next(5000);
                return new SourceRecord(articleRecords[rng.Next(articles)].Id, start, start + 120, $"Officials said on {day:dddd} that talks number {i} went ahead as planned, according to a statement.");
            }).ToImmutableArray();
            eventRecords.Add(new EventRecord
            {
                Id = "event/" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture),
                Type = i % 4 == 0 ? "meet" : i % 4 == 1 ? "say" : i % 4 == 2 ? "attack" : "visit",
                Summary = $"Event {i} summary with a few words",
                Date = new EventDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day, day, Granularity.Day, "publication"),
                Participants = participants,
                Place = rng.Next(3) == 0 ? null : places[rng.Next(places.Length)],
                Sources = sources,
                Factuality = Factuality.Happened,
                Corroboration = sources.Length,
            });
        }

        eventRecords.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var timeline = eventRecords.OrderBy(e => e.Date!.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToImmutableArray();
        var persons = all.Where(e => e.Type == EntityType.Person).Take(2000).ToList();
        var itineraries = persons.Select(p => new ItineraryRecord(p.Id, [.. Enumerable.Range(0, 5).Select(s => new StopRecord(places[rng.Next(places.Length)], day0.AddDays(s), day0.AddDays(s), []))])).ToImmutableArray();
        return new TimelineDocument
        {
            Articles = [.. articleRecords],
            Entities = [.. all],
            Events = [.. eventRecords],
            Itineraries = itineraries,
            Timeline = timeline,
        };
    }
}
