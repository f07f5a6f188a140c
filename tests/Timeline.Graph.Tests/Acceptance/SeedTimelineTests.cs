using Timeline.Core;
using Timeline.TestSupport;

namespace Timeline.Graph.Tests;

/// <summary>
/// Issue acceptance on the first users' corpus (five outlets, one story): the whole default pipeline,
/// with no publication date given except the one dateline in the texts.
/// </summary>
public sealed class SeedTimelineTests
{
    private static readonly Lazy<TimelineDocument> Seeds = new(() =>
        Pipelines.Default().Build([SharedData.Require("corpus/seeds")], new BuildOptions()).Document);

    private static TimelineDocument Doc => Seeds.Value;

    private static string Id(string fragment, EntityType type) =>
        Assert.Single(Doc.Entities, e => e.Type == type && e.Id.Contains(fragment, StringComparison.Ordinal)).Id;

    private static bool Has(EventRecord e, string entity) => e.Participants.Any(p => p.Entity == entity);

    private static void DatedOn(EventRecord e, int month, int day)
    {
        Assert.NotNull(e.Date);
        Assert.Equal(new DateOnly(2023, month, day), e.Date!.Earliest);
        Assert.Equal(new DateOnly(2023, month, day), e.Date.Latest);
    }

    [Fact]
    public void Every_article_gets_a_publication_date_from_its_dateline_or_the_corpus()
    {
        SharedData.Require("corpus/seeds");
        Assert.Equal(5, Doc.Articles.Length);
        Assert.All(Doc.Articles, a => Assert.Equal(new DateOnly(2023, 11, 6), a.Published));
        Assert.Single(Doc.Articles, a => a.PublishedBasis == PublishedBasis.Dateline);
        Assert.Equal(4, Doc.Articles.Count(a => a.PublishedBasis == PublishedBasis.Corpus));
    }

    [Fact]
    public void The_ankara_meeting_is_one_event_on_6_november_reported_by_three_or_more_outlets()
    {
        SharedData.Require("corpus/seeds");
        var blinken = Id("antony-blinken", EntityType.Person);
        var fidan = Id("hakan-fidan", EntityType.Person);
        var meetings = Doc.Events.Where(e => e.Type == "meet" && e.Factuality == Factuality.Happened && Has(e, blinken) && Has(e, fidan)).ToList();
        var ankara = Assert.Single(meetings);
        Assert.Equal("place/ankara", ankara.Place);
        DatedOn(ankara, 11, 6);
        Assert.True(ankara.Corroboration >= 3, $"corroboration {ankara.Corroboration}");
        Assert.All(ankara.Sources, s => Assert.Contains(s.Sentence, ankara.Sources.Select(x => x.Sentence)));
    }

    [Fact]
    public void Dated_happenings_match_the_reports()
    {
        SharedData.Require("corpus/seeds");
        var hamas = Id("hamas", EntityType.Organization);
        var turkey = Id("turkey", EntityType.Country);
        DatedOn(Assert.Single(Doc.Events, e => e.Type == "attack" && Has(e, hamas) && e.Date?.Earliest == new DateOnly(2023, 10, 7)), 10, 7);
        DatedOn(Assert.Single(Doc.Events, e => e.Type == "withdrawal" && Has(e, turkey)), 11, 4);
        DatedOn(Assert.Single(Doc.Events, e => e.Type == "restriction" && e.Place == "place/gaza-strip"), 11, 5);
        DatedOn(Assert.Single(Doc.Events, e => e.Type == "meet" && e.Place == "place/amman"), 11, 4);
    }

    [Fact]
    public void What_did_not_happen_or_is_only_planned_is_kept_apart()
    {
        SharedData.Require("corpus/seeds");
        var blinken = Id("antony-blinken", EntityType.Person);
        var erdogan = Id("erdogan", EntityType.Person);
        Assert.Contains(Doc.Events, e => e.Type == "meet" && e.Factuality == Factuality.Negated && Has(e, blinken) && Has(e, erdogan));
        Assert.DoesNotContain(Doc.Events, e => e.Type == "meet" && e.Factuality == Factuality.Happened && Has(e, blinken) && Has(e, erdogan));
        Assert.Contains(Doc.Events, e => e.Type == "meet" && e.Factuality == Factuality.Planned && e.Place is "country/japan" or "place/tokyo");
    }

    [Fact]
    public void The_secretary_of_state_travels_from_jerusalem_to_tokyo()
    {
        SharedData.Require("corpus/seeds");
        var blinken = Id("antony-blinken", EntityType.Person);
        var tour = Assert.Single(Doc.Itineraries, i => i.Actor == blinken);
        Assert.Equal(["place/jerusalem", "place/amman", "place/ramallah", "place/baghdad", "place/ankara", "place/tokyo"], tour.Stops.Select(s => s.Place));
    }

    [Fact]
    public void No_two_dated_events_describe_the_same_happening()
    {
        SharedData.Require("corpus/seeds");
        var dated = Doc.Events.Where(e => e.Date is { Earliest: not null, Latest: not null }).ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                var (a, b) = (dated[i], dated[j]);
                if (a.Type != b.Type || a.Factuality != b.Factuality) continue;
                var overlap = a.Date!.Earliest <= b.Date!.Latest && b.Date.Earliest <= a.Date.Latest;
                var shared = a.Participants.Select(p => p.Entity).Intersect(b.Participants.Select(p => p.Entity), StringComparer.Ordinal).Any();
                Assert.False(overlap && shared, $"{a.Id} and {b.Id} look like one happening");
            }
        }
    }

    [Fact]
    public void Every_source_points_at_its_sentence_in_the_original_text()
    {
        SharedData.Require("corpus/seeds");
        var texts = Directory.GetFiles(SharedData.Require("corpus/seeds")).ToDictionary(
            f => Doc.Articles.Single(a => a.File.EndsWith(Path.GetFileName(f), StringComparison.Ordinal)).Id,
            File.ReadAllText,
            StringComparer.Ordinal);
        foreach (var source in Doc.Events.SelectMany(e => e.Sources))
        {
            var text = texts[source.Article];
            Assert.InRange(source.End, source.Start, text.Length);
            Assert.Contains(text[source.Start..source.End], source.Sentence, StringComparison.Ordinal);
            Assert.Contains(source.Sentence, text, StringComparison.Ordinal);
        }
    }
}
