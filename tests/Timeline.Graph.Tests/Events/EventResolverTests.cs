using System.Text.Json;
using Timeline.Core;

namespace Timeline.Graph.Tests;

public sealed class EventResolverTests
{
    private static Corpus ThreeOutlets() => new Corpus()
        .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo on Tuesday. The two spoke for an hour.")
        .Add("Fjord Daily", "Foreign envoys gathered. Varga's meeting with Brandt in Oslo on Tuesday produced little.")
        .Add("Harbour Wire", "On Tuesday, Varga held talks with Brandt in Oslo, where the weather was cold.");

    [Fact]
    public void Mentions_from_three_outlets_merge_into_one_event_with_corroboration_three()
    {
        var result = ThreeOutlets().Resolve();
        var meets = result.Events.Where(e => e.Type == "meet").ToList();
        var meet = Assert.Single(meets);
        Assert.Equal(3, meet.Corroboration);
        Assert.Equal(3, meet.Sources.Select(s => s.Article).Distinct().Count());
        Assert.Equal("event/2023-10-31-meet-oslo", meet.Id);
        Assert.Equal(new DateOnly(2023, 10, 31), meet.Date?.Earliest);
        Assert.Equal("text", meet.Date?.Basis);
        Assert.Equal("place/oslo", meet.Place);
        Assert.Contains(meet.Participants, p => p.Entity == "person/lena-varga" && p.Role == "agent");
        Assert.Contains(meet.Participants, p => p.Entity == "person/ole-brandt");
        Assert.Equal("Lena Varga met Ole Brandt in Oslo on 31 October 2023", meet.Summary);
        Assert.All(meet.Sources, s => Assert.Contains("Oslo", s.Sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void Sources_keep_offsets_into_the_original_text()
    {
        var corpus = ThreeOutlets();
        var meet = corpus.Resolve().Events.Single(e => e.Type == "meet");
        foreach (var s in meet.Sources)
        {
            var text = corpus.Articles.Single(a => a.Article.Id == s.Article).Article.Text;
            Assert.Contains(text[s.Start..s.End], new[] { "met", "meeting", "held talks" });
        }
    }

    [Fact]
    public void Conflicting_dates_are_kept_side_by_side_and_flagged()
    {
        var result = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo on Tuesday.")
            .Add("Fjord Daily", "Lena Varga met Ole Brandt in Oslo on Wednesday.")
            .Resolve();
        var meet = Assert.Single(result.Events, e => e.Type == "meet");
        var conflict = Assert.Single(meet.Conflicts, c => c.Field == "date");
        Assert.Equal(["2023-10-31", "2023-11-01"], conflict.Values);
        Assert.Equal(2, conflict.Articles.Length);
        Assert.Equal(2, meet.Corroboration);
    }

    [Fact]
    public void Differing_casualty_figures_are_flagged_not_averaged()
    {
        var result = new Corpus()
            .Add("Northern Post", "Kestrel Front attacked Vik on Saturday. The death toll in Vik rose to 40 on Saturday.")
            .Add("Fjord Daily", "The death toll in Vik rose to 45 on Saturday after the raid.")
            .Resolve();
        var toll = Assert.Single(result.Events, e => e.Type == "casualty");
        var conflict = Assert.Single(toll.Conflicts, c => c.Field == "figure");
        Assert.Equal(["40", "45"], conflict.Values);
    }

    [Fact]
    public void Different_places_on_different_days_stay_different_events()
    {
        var result = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo on Tuesday. Lena Varga met Ivo Stam in Bergen on Thursday.")
            .Resolve();
        Assert.Equal(2, result.Events.Count(e => e.Type == "meet"));
    }

    [Fact]
    public void One_person_meeting_two_different_people_on_one_day_is_two_meetings()
    {
        // The second report names no place: sharing Varga and the day is not enough when the counterparts differ.
        var result = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo on Sunday.")
            .Add("Fjord Daily", "Lena Varga met Ivo Stam on Sunday.")
            .Resolve();
        var meets = result.Events.Where(e => e.Type == "meet").ToList();
        Assert.Equal(2, meets.Count);
        Assert.DoesNotContain(meets, e => e.Participants.Any(p => p.Entity == "person/ole-brandt") && e.Participants.Any(p => p.Entity == "person/ivo-stam"));
    }

    [Fact]
    public void A_report_of_a_meeting_naming_only_one_side_still_merges()
    {
        var result = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo on Sunday.")
            .Add("Fjord Daily", "Varga held talks in Oslo on Sunday.")
            .Resolve();
        var meet = Assert.Single(result.Events, e => e.Type == "meet");
        Assert.Equal(2, meet.Corroboration);
    }

    [Fact]
    public void The_same_denial_in_two_undated_reports_is_one_event()
    {
        var result = new Corpus()
            .Add("Northern Post", "Ivo Stam did not meet Lena Varga.")
            .Add("Fjord Daily", "Ivo Stam refused to meet the visitor.")
            .Resolve();
        var denial = Assert.Single(result.Events, e => e.Type == "meet" && e.Factuality == Factuality.Negated);
        Assert.Equal(2, denial.Corroboration);
    }

    [Fact]
    public void An_outlet_rewording_another_outlets_sentence_reports_the_same_happening()
    {
        var result = new Corpus()
            .Add("Northern Post", "Nordland has accused Sudovia of moving heavy artillery towards the northern border villages.")
            .Add("Fjord Daily", "Nordland accused Sudovia of moving its heavy artillery towards the border villages in the north.")
            .Add("Harbour Wire", "Nordland accused Kestrel Front of smuggling rifles through the mountain passes.")
            .Resolve();
        var accusations = result.Events.Where(e => e.Type == "accusation").ToList();
        Assert.Equal(2, accusations.Count);
        Assert.Contains(accusations, e => e.Corroboration == 2);
    }

    [Fact]
    public void One_article_repeating_an_agents_action_without_a_date_refers_back_to_the_dated_one()
    {
        var result = new Corpus()
            .Add("Northern Post", "Nordland agreed with Sudovia on Sunday to reopen the crossing. Officials said Nordland agreed to a monitoring mission too.")
            .Resolve();
        var agreement = Assert.Single(result.Events, e => e.Type == "agreement");
        Assert.Equal(new DateOnly(2023, 11, 5), agreement.Date?.Earliest);
        Assert.Equal(2, agreement.Sources.Length);
    }

    [Fact]
    public void Undated_events_are_bounded_by_the_publication_date()
    {
        var result = new Corpus()
            .Add("Northern Post", "Kestrel Front attacked Vik. Lena Varga will travel to Bergen.")
            .Resolve();
        var attack = Assert.Single(result.Events, e => e.Type == "attack");
        Assert.Equal("document", attack.Date?.Basis);
        Assert.Null(attack.Date?.Earliest);
        Assert.Equal(Corpus.Published, attack.Date?.Latest);
        var travel = Assert.Single(result.Events, e => e.Type == "travel");
        Assert.Equal(Factuality.Planned, travel.Factuality);
        Assert.Equal(Corpus.Published.AddDays(1), travel.Date?.Earliest);
        Assert.Null(travel.Date?.Latest);
    }

    [Fact]
    public void Planned_negated_and_happened_mentions_never_merge()
    {
        var result = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo. Ivo Stam did not meet Lena Varga.")
            .Add("Fjord Daily", "Lena Varga will meet Ole Brandt again in Oslo.")
            .Resolve();
        var meets = result.Events.Where(e => e.Type == "meet").ToList();
        Assert.Equal(3, meets.Count);
        Assert.Contains(meets, e => e.Factuality == Factuality.Negated);
        Assert.Contains(meets, e => e.Factuality == Factuality.Planned);
        Assert.Contains(meets, e => e.Factuality == Factuality.Happened);
        Assert.Contains(meets, e => e.Summary.StartsWith("Ivo Stam did not meet", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_publication_dates_are_inferred_from_the_same_happening_elsewhere()
    {
        var corpus = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo on Monday.")
            .Add("Undated Blog", "Varga met Brandt in Oslo on Monday, and Kestrel Front attacked Vik on Saturday.", dated: false);
        var result = corpus.Resolve();
        var undated = corpus.Articles[1].Article.Id;
        Assert.Equal(new DateOnly(2023, 11, 6), result.InferredPublished[undated]);
        var attack = Assert.Single(result.Events, e => e.Type == "attack");
        Assert.Equal(new DateOnly(2023, 11, 4), attack.Date?.Earliest);
        Assert.Equal("corpus", attack.Date?.Basis);
        Assert.Equal(2, Assert.Single(result.Events, e => e.Type == "meet").Corroboration);
    }

    [Fact]
    public void Itinerary_follows_the_tour_list_dated_stops_and_departures()
    {
        var result = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Bergen on Wednesday. In Tromsø on Friday, Lena Varga warned Sudovia. "
                + "Talks in Vik ended a tour that took her to Oslo, Bergen and Tromsø.")
            .Add("Fjord Daily", "As she departed Vik for Bergen on Saturday, Lena Varga said little.")
            .Resolve();
        var itinerary = Assert.Single(result.Itineraries, i => i.Actor == "person/lena-varga");
        Assert.Equal(["place/oslo", "place/bergen", "place/tromso", "place/vik"], itinerary.Stops.Take(4).Select(s => s.Place));
        var bergen = itinerary.Stops[1];
        Assert.Equal(new DateOnly(2023, 11, 1), bergen.Earliest);
        Assert.NotEmpty(bergen.Events);
        Assert.Equal(new DateOnly(2023, 11, 4), itinerary.Stops[3].Latest);
    }

    [Fact]
    public void Timeline_orders_every_event_chronologically_with_undated_last()
    {
        var result = new Corpus()
            .Add("Northern Post", "Kestrel Front attacked Vik on Saturday. Lena Varga met Ole Brandt in Oslo on Tuesday. "
                + "Nordland withdrew its ambassador from Sudovia on Thursday. Sudovia rejected the proposal from Nordland.")
            .Resolve();
        Assert.Equal(result.Events.Length, result.Timeline.Length);
        Assert.Equal(result.Events.Select(e => e.Id).Order(StringComparer.Ordinal), result.Timeline.Order(StringComparer.Ordinal));
        var byId = result.Events.ToDictionary(e => e.Id);
        var keys = result.Timeline.Select(id => byId[id].Date?.Earliest ?? byId[id].Date?.Latest ?? DateOnly.MaxValue).ToList();
        Assert.Equal(keys.Order(), keys);
        Assert.Equal("event/2023-10-31-meet-oslo", result.Timeline[0]);
    }

    [Fact]
    public void No_two_output_events_describe_the_same_happening()
    {
        var corpus = ThreeOutlets()
            .Add("Valley Times", "Kestrel Front attacked Vik on Saturday. Nordland said Kestrel Front attacked Vik on Saturday.")
            .Add("Coast News", "Kestrel Front launched an attack on Vik on Saturday. Nordland withdrew its ambassador from Sudovia on Sunday.")
            .Add("Island Herald", "Nordland recalled its ambassador from Sudovia on Sunday.");
        var events = corpus.Resolve().Events.Where(e => e.Factuality != Factuality.Planned).ToList();
        for (var i = 0; i < events.Count; i++)
        {
            for (var j = i + 1; j < events.Count; j++)
            {
                var (a, b) = (events[i], events[j]);
                if (a.Type != b.Type || a.Factuality != b.Factuality) continue;
                var shared = a.Participants.Select(p => p.Entity).Intersect(b.Participants.Select(p => p.Entity)).Any();
                Assert.False(shared && Overlap(a.Date, b.Date), $"{a.Id} and {b.Id} look like one happening");
            }
        }

        Assert.Equal(2, events.Single(e => e.Type == "attack").Corroboration);
        Assert.Equal(3, events.Single(e => e.Type == "attack").Sources.Length);
        Assert.Equal(2, events.Single(e => e.Type == "withdrawal").Corroboration);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        static string Run() => JsonSerializer.Serialize(ThreeOutlets().Add("Valley Times", "Kestrel Front attacked Vik on Saturday.").Resolve(), TimelineJson.Options);
        Assert.Equal(Run(), Run());
    }

    private static bool Overlap(EventDate? a, EventDate? b)
    {
        if (a is null || b is null) return true;
        var aLo = a.Earliest ?? DateOnly.MinValue;
        var aHi = a.Latest ?? DateOnly.MaxValue;
        var bLo = b.Earliest ?? DateOnly.MinValue;
        var bHi = b.Latest ?? DateOnly.MaxValue;
        return aLo <= bHi && bLo <= aHi;
    }
}
