using Timeline.Core;
using Timeline.Graph;

namespace Timeline.Cli.Tests;

/// <summary>What the demo corpus (our own four reports) must give, beyond matching the golden file.</summary>
public sealed class DemoEventsTests
{
    private static async Task<TimelineDocument> Demo()
    {
        var dir = CliRunner.TempDir();
        var (code, _, _) = await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", dir, "--quiet");
        Assert.Equal(0, code);
        return TimelineJson.Read(Path.Combine(dir, "timeline.json"));
    }

    private static bool Has(EventRecord e, string entity) => e.Participants.Any(p => p.Entity == entity);

    [Fact]
    public async Task Meetings_with_different_people_on_one_day_stay_apart_in_their_own_cities()
    {
        var doc = await Demo();
        var meetings = doc.Events.Where(e => e.Type == "meet" && e.Factuality == Factuality.Happened && e.Date?.Earliest == new DateOnly(2023, 11, 5)).ToList();
        var ramallah = Assert.Single(meetings, e => e.Place == "place/ramallah");
        var baghdad = Assert.Single(meetings, e => e.Place == "place/baghdad");
        Assert.True(Has(ramallah, "person/mahmoud-abbas") && !Has(ramallah, "person/mohammed-shia-al-sudani"));
        Assert.True(Has(baghdad, "person/mohammed-shia-al-sudani") && !Has(baghdad, "person/mahmoud-abbas"));
        Assert.All(meetings, e => Assert.Contains(e.Participants, p => p.Entity == "person/antony-blinken" && p.Role == "agent"));
    }

    [Fact]
    public async Task The_tour_belongs_to_its_traveller_and_the_planned_tokyo_meeting_is_one_event()
    {
        var doc = await Demo();
        var tours = doc.Events.Where(e => e.Type == "visit" && e.Participants.Any(p => p.Role == "stop")).ToList();
        Assert.NotEmpty(tours);
        Assert.All(tours, t => Assert.Contains(t.Participants, p => p.Entity == "person/antony-blinken" && p.Role == "agent"));
        Assert.DoesNotContain(doc.Itineraries, i => i.Actor == "person/hakan-fidan");
        var tokyo = Assert.Single(doc.Events, e => e.Type == "meet" && e.Factuality == Factuality.Planned);
        Assert.Equal("place/tokyo", tokyo.Place);
        Assert.Equal(2, tokyo.Corroboration);
    }

    [Fact]
    public async Task The_denied_meeting_is_one_event_by_the_turkish_president()
    {
        var doc = await Demo();
        var denial = Assert.Single(doc.Events, e => e.Type == "meet" && e.Factuality == Factuality.Negated);
        Assert.Contains(denial.Participants, p => p.Entity == "person/recep-tayyip-erdogan" && p.Role == "agent");
        Assert.Equal(2, denial.Corroboration);
    }
}
