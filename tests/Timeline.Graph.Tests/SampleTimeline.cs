using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Graph.Tests;

/// <summary>A small hand-made timeline (facts of a diplomatic tour, sentences written for the tests).</summary>
internal static class SampleTimeline
{
    public static readonly DateOnly Day = new(2023, 11, 6);

    public static TimelineDocument Create()
    {
        var articles = ImmutableArray.Create(
            new ArticleRecord("article/a1", "a1.txt", "Top diplomat tours the region", "Wire One", "R. Writer", Day, PublishedBasis.Metadata, 0),
            new ArticleRecord("article/a2", "a2.txt", "Talks in Ankara", "Paper Two", null, Day, PublishedBasis.Dateline, 0));
        var entities = ImmutableArray.Create(
            Entity("person/antony-blinken", "Antony Blinken", EntityType.Person, ["Blinken", "Tony Blinken"], roles: [new RoleRecord("Secretary of State", "country/united-states")], articles: ["article/a1", "article/a2"]),
            Entity("person/benjamin-netanyahu", "Benjamin Netanyahu", EntityType.Person, ["Netanyahu"], roles: [new RoleRecord("Prime Minister", "country/israel")], articles: ["article/a1"]),
            Entity("person/hakan-fidan", "Hakan Fidan", EntityType.Person, ["Fidan"], roles: [new RoleRecord("Foreign Minister", "country/turkey")], articles: ["article/a2"]),
            Entity("person/recep-tayyip-erdogan", "Recep Tayyip Erdoğan", EntityType.Person, ["Erdoğan"], articles: ["article/a2"]),
            Entity("person/lone-figure", "Lone Figure", EntityType.Person, [], articles: ["article/a2"]),
            Entity("organization/hamas", "Hamas", EntityType.Organization, [], articles: ["article/a1"]),
            Entity("country/israel", "Israel", EntityType.Country, [], geo: new GeoRecord(31.5, 34.75, "IL")),
            Entity("country/turkey", "Türkiye", EntityType.Country, ["Turkey"], geo: new GeoRecord(39.0, 35.0, "TR")),
            Entity("country/united-states", "United States", EntityType.Country, ["US", "U.S."], geo: new GeoRecord(38.0, -97.0, "US")),
            Entity("place/ankara", "Ankara", EntityType.Place, [], geo: new GeoRecord(39.93, 32.86, "TR")),
            Entity("place/tel-aviv", "Tel Aviv", EntityType.Place, [], geo: new GeoRecord(32.08, 34.78, "IL")),
            Entity("other/thing", "Some Thing", EntityType.Other, []));
        var events = ImmutableArray.Create(
            Event("event/2023-11-03-meet-tel-aviv", "meet", "Blinken meets Netanyahu in Tel Aviv", new DateOnly(2023, 11, 3), "place/tel-aviv",
                [new("person/antony-blinken", "agent"), new("person/benjamin-netanyahu", "with")], [new("article/a1", 10, 60, "Blinken met Netanyahu in Tel Aviv on Friday.")], 1),
            Event("event/2023-11-04-attack", "attack", "Hamas attack on Israel", new DateOnly(2023, 11, 4), null,
                [new("organization/hamas", "agent"), new("country/israel", "patient")], [new("article/a1", 70, 110, "It's a \"quoted\" \\ tricky line.")], 1,
                [new ConflictRecord("date", ["2023-11-04", "2023-11-05"], ["article/a1", "article/a2"])]),
            Event("event/2023-11-06-meet-ankara", "meet", "Blinken meets Fidan in Ankara", Day, "place/ankara",
                [new("person/antony-blinken", "agent"), new("person/hakan-fidan", "with")],
                [new("article/a1", 120, 170, "Blinken and Fidan held talks in Ankara."), new("article/a2", 0, 40, "Fidan hosted Blinken in Ankara.")], 2),
            Event("event/2023-11-07-statement", "statement", "Erdoğan and Fidan issue a statement", new DateOnly(2023, 11, 7), "place/ankara",
                [new("person/recep-tayyip-erdogan", "agent"), new("person/hakan-fidan", "agent")], [new("article/a2", 50, 90, "Erdoğan spoke alongside Fidan.")], 1));
        return new TimelineDocument
        {
            Articles = articles,
            Entities = entities,
            Events = events,
            Itineraries = [new ItineraryRecord("person/antony-blinken", [
                new StopRecord("place/tel-aviv", new DateOnly(2023, 11, 3), new DateOnly(2023, 11, 3), ["event/2023-11-03-meet-tel-aviv"]),
                new StopRecord("place/ankara", Day, Day, ["event/2023-11-06-meet-ankara"])])],
            Timeline = ["event/2023-11-03-meet-tel-aviv", "event/2023-11-04-attack", "event/2023-11-06-meet-ankara", "event/2023-11-07-statement"],
        };
    }

    private static EntityRecord Entity(string id, string name, EntityType type, ImmutableArray<string> aliases, GeoRecord? geo = null, ImmutableArray<RoleRecord> roles = default, ImmutableArray<string> articles = default) => new()
    {
        Id = id,
        Name = name,
        Type = type,
        Aliases = aliases,
        Geo = geo,
        Roles = roles.IsDefault ? [] : roles,
        Articles = articles.IsDefault ? [] : articles,
        Mentions = articles.IsDefault ? 0 : articles.Length,
    };

    private static EventRecord Event(string id, string type, string summary, DateOnly day, string? place, ImmutableArray<ParticipantRecord> participants, ImmutableArray<SourceRecord> sources, int corroboration, ImmutableArray<ConflictRecord> conflicts = default) => new()
    {
        Id = id,
        Type = type,
        Summary = summary,
        Date = new EventDate(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day, day, Granularity.Day, "publication"),
        Place = place,
        Participants = participants,
        Sources = sources,
        Factuality = Factuality.Happened,
        Corroboration = corroboration,
        Conflicts = conflicts.IsDefault ? [] : conflicts,
    };
}
