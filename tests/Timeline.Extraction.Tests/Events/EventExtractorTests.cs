using Timeline.Core;

namespace Timeline.Extraction.Tests;

public sealed class EventExtractorTests
{
    private static readonly (string, EntityType)[] Names =
    [
        ("Lena Varga", EntityType.Person), ("Varga", EntityType.Person), ("Ole Brandt", EntityType.Person), ("Brandt", EntityType.Person),
        ("Ivo Stam", EntityType.Person), ("Stam", EntityType.Person), ("Oslo", EntityType.Place), ("Bergen", EntityType.Place),
        ("Tromsø", EntityType.Place), ("Vik", EntityType.Place), ("Nordland", EntityType.Country), ("Sudovia", EntityType.Country),
        ("Kestrel Front", EntityType.Organization), ("Rafa crossing", EntityType.Place),
    ];

    private static readonly (string, string, DateOnly, DateOnly, Granularity)[] Days =
    [
        EventFixture.Day("Tuesday", 10, 31), EventFixture.Day("Wednesday", 11, 1), EventFixture.Day("Saturday", 11, 4),
        EventFixture.Day("Sunday night", 11, 5), EventFixture.Day("12 November", 11, 12),
    ];

    private static EventMention Single(string text, string type, string[]? descriptions = null)
    {
        var ms = EventFixture.Extract(text, Names, Days, descriptions).Where(m => m.Type == type).ToList();
        Assert.True(ms.Count == 1, $"expected one {type} event in \"{text}\", got {ms.Count}");
        return ms[0];
    }

    [Theory]
    [InlineData("Varga met Brandt in Oslo.", "meet")]
    [InlineData("Varga held talks with Brandt in Oslo.", "meet")]
    [InlineData("Varga visited Oslo.", "visit")]
    [InlineData("Varga flew to Oslo.", "travel")]
    [InlineData("Varga warned Sudovia against any escalation.", "statement")]
    [InlineData("Nordland accused Sudovia of shelling the border.", "accusation")]
    [InlineData("Nordland called for an immediate ceasefire in Vik.", "appeal")]
    [InlineData("Nordland and Sudovia signed a trade agreement in Oslo.", "agreement")]
    [InlineData("Sudovia rejected the proposal from Nordland.", "rejection")]
    [InlineData("Sudovia launched an attack on Vik.", "attack")]
    [InlineData("Thousands of people protested in Oslo.", "protest")]
    [InlineData("Nordland withdrew its ambassador from Sudovia.", "withdrawal")]
    [InlineData("Nordland recalled its envoy from Sudovia.", "withdrawal")]
    [InlineData("Nordland delivered humanitarian aid to Vik.", "aid")]
    [InlineData("Sudovia imposed a communication blackout in Vik.", "restriction")]
    [InlineData("Kestrel Front released two hostages in Vik.", "release")]
    [InlineData("Nordland deployed troops near Vik.", "deployment")]
    [InlineData("Nordland and Sudovia began peace talks in Oslo.", "negotiation")]
    [InlineData("Varga had a phone call with Brandt.", "call")]
    [InlineData("The death toll in Vik rose to 40.", "casualty")]
    public void Every_taxonomy_family_is_triggered(string text, string type)
    {
        var ms = EventFixture.Extract(text, Names, Days);
        Assert.Contains(ms, m => m.Type == type);
    }

    [Theory]
    [InlineData("Varga met Brandt in Oslo.", "met")]
    [InlineData("Varga and Brandt are meeting in Oslo.", "meeting")]
    [InlineData("Nordland withdrewing its ambassador from Sudovia angered many.", "withdrewing its ambassador")]
    [InlineData("Sudovia imposed a blackout in Vik.", "imposed a blackout")]
    [InlineData("Kestrel Front launched an attack on Vik.", "launched an attack")]
    public void Triggers_match_by_lemma_and_patterns(string text, string trigger)
    {
        var ms = EventFixture.Extract(text, Names, Days);
        Assert.Contains(ms, m => text[m.Trigger.Start..m.Trigger.End] == trigger);
    }

    [Fact]
    public void Blocked_phrases_do_not_trigger()
    {
        var ms = EventFixture.Extract("Varga tried to strike an optimistic note in Oslo.", Names, Days);
        Assert.DoesNotContain(ms, m => m.Type == "attack");
    }

    [Fact]
    public void Subject_object_place_and_time_come_from_the_clause()
    {
        var m = Single("Lena Varga met Ole Brandt in Oslo on Tuesday.", "meet");
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
        Assert.Equal(["Ole Brandt"], EventFixture.Others(m));
        Assert.Equal("Oslo", m.Place?.Text);
        Assert.Equal("2023-10-31", m.Time?.Value);
        Assert.Equal(Factuality.Happened, m.Factuality);
    }

    [Fact]
    public void Passive_agent_comes_from_the_by_phrase()
    {
        var m = Single("Nordland was attacked by Kestrel Front near Vik on Saturday.", "attack");
        Assert.Equal("Kestrel Front", EventFixture.Agent(m));
        Assert.Contains(m.Arguments, a => a.Role == "patient" && a.Entity.Text == "Nordland");
        Assert.Equal("Vik", m.Place?.Text);
    }

    [Fact]
    public void Possessive_meeting_with_gives_agent_and_participant()
    {
        var m = Single("Varga's meeting with Brandt lasted two hours.", "meet");
        Assert.Equal("Varga", EventFixture.Agent(m));
        Assert.Contains(m.Arguments, a => a.Role == "with" && a.Entity.Text == "Brandt");
    }

    [Fact]
    public void Fronted_place_and_time_attach_to_the_main_clause()
    {
        var m = Single("In Bergen on Wednesday, Lena Varga warned Sudovia.", "statement");
        Assert.Equal("Bergen", m.Place?.Text);
        Assert.Equal("2023-11-01", m.Time?.Value);
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
    }

    [Fact]
    public void Where_clause_takes_its_antecedent_place()
    {
        var m = Single("Varga ended her visit to Bergen, where she met Ole Brandt.", "meet");
        Assert.Equal("Bergen", m.Place?.Text);
        Assert.Equal("Varga", EventFixture.Agent(m));
    }

    [Fact]
    public void Pronouns_resolve_to_the_salient_antecedent_not_the_nearest_object()
    {
        var ms = EventFixture.Extract("Lena Varga arrived in Oslo on Tuesday. Her talks were with Ole Brandt. She then flew to Bergen.", Names, Days);
        var travel = ms.Single(m => m.Type == "travel" && m.Place?.Text == "Bergen");
        Assert.Equal("Lena Varga", EventFixture.Agent(travel));
    }

    [Fact]
    public void Descriptions_resolve_to_a_named_antecedent()
    {
        var m = Single("Lena Varga spent Tuesday in Oslo. Later the Nordic envoy met Ivo Stam in Bergen.", "meet", ["the Nordic envoy"]);
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
        Assert.False(m.Arguments[0].Entity.IsDescription);
    }

    [Fact]
    public void Time_falls_back_to_the_previous_sentence_of_the_paragraph()
    {
        var ms = EventFixture.Extract("On Wednesday, Varga spoke about the crisis. Talks in Bergen followed.", Names, Days);
        var talks = ms.Single(m => m.Type == "meet");
        Assert.Equal("2023-11-01", talks.Time?.Value);
    }

    [Theory]
    [InlineData("Varga will travel to Bergen next week.", "travel", Factuality.Planned)]
    [InlineData("Varga is set to attend a summit in Bergen.", "meet", Factuality.Planned)]
    [InlineData("Varga is now in Oslo for a meeting with Brandt.", "meet", Factuality.Planned)]
    [InlineData("Varga plans to visit Vik.", "visit", Factuality.Planned)]
    [InlineData("Stam did not meet Varga.", "meet", Factuality.Negated)]
    [InlineData("There was no facetime with Stam in Oslo.", "meet", Factuality.Negated)]
    [InlineData("Stam refused to meet Varga.", "meet", Factuality.Negated)]
    [InlineData("Nordland said Kestrel Front attacked Vik.", "attack", Factuality.Reported)]
    [InlineData("According to officials, Kestrel Front attacked Vik.", "attack", Factuality.Reported)]
    [InlineData("Kestrel Front attacked Vik, Nordland said.", "attack", Factuality.Reported)]
    [InlineData("Nordland said on Saturday that Kestrel Front attacked Vik.", "statement", Factuality.Happened)]
    [InlineData("Kestrel Front attacked Vik on Saturday.", "attack", Factuality.Happened)]
    public void Factuality_is_detected(string text, string type, Factuality expected)
    {
        var ms = EventFixture.Extract(text, Names, Days).Where(m => m.Type == type).ToList();
        Assert.NotEmpty(ms);
        Assert.Equal(expected, ms[0].Factuality);
    }

    [Fact]
    public void Future_dates_make_an_event_planned()
    {
        var m = Single("Varga meets Brandt in Oslo on 12 November.", "meet");
        Assert.Equal(Factuality.Planned, m.Factuality);
    }

    [Fact]
    public void Reported_speech_by_the_agent_is_a_statement_with_its_quote()
    {
        var m = Single("Varga said on Saturday: \u201CWe are working on it every day.\u201D", "statement");
        Assert.Equal("Varga", EventFixture.Agent(m));
        Assert.Equal(Factuality.Happened, m.Factuality);
        Assert.Equal("We are working on it every day.", m.Quote);
    }

    [Fact]
    public void Claims_inside_a_quote_spanning_sentences_are_reported()
    {
        var ms = EventFixture.Extract("Varga said: \u201CThe talks were good. Kestrel Front attacked Vik.\u201D", Names, Days);
        Assert.All(ms.Where(m => m.Type == "attack"), m => Assert.Equal(Factuality.Reported, m.Factuality));
    }

    [Fact]
    public void The_speaker_is_not_the_agent_of_the_reported_clause()
    {
        var m = Single("Varga said Nordland and Sudovia had signed a deal in Oslo.", "agreement");
        Assert.NotEqual("Varga", EventFixture.Agent(m));
    }

    [Fact]
    public void A_gerund_adjunct_takes_the_main_clause_subject()
    {
        var m = Single("Hours after meeting with Varga on Wednesday, Ivo Stam rejected the plan.", "meet");
        Assert.Equal("Ivo Stam", EventFixture.Agent(m));
        Assert.Contains(m.Arguments, a => a.Entity.Text == "Varga");
        Assert.Equal("2023-11-01", m.Time?.Value);
    }

    [Fact]
    public void Tour_lists_become_ordered_stops_with_first_and_last_markers()
    {
        var ms = EventFixture.Extract("Talks in Vik ended a tour that took her to Oslo, Bergen in the north and Tromsø. Lena Varga was tired.", Names, Days);
        var tour = ms.Single(m => m.Arguments.Any(a => a.Role == "stop"));
        Assert.Equal(["Oslo", "Bergen", "Tromsø"], tour.Arguments.Where(a => a.Role == "stop").Select(a => a.Entity.Text));
        Assert.Equal("Vik", tour.Arguments.Single(a => a.Role == "last-stop").Entity.Text);
    }

    [Fact]
    public void Departed_a_for_b_gives_origin_and_destination()
    {
        var m = Single("Varga departed Oslo for Bergen on Tuesday.", "travel");
        Assert.Equal("Oslo", m.Arguments.Single(a => a.Role == "origin").Entity.Text);
        Assert.Equal("Bergen", m.Arguments.Single(a => a.Role == "destination").Entity.Text);
    }

    [Fact]
    public void Extraction_is_deterministic_and_ordered()
    {
        const string text = "Lena Varga met Ole Brandt in Oslo on Tuesday. Sudovia imposed a blackout in Vik on Sunday night.";
        var a = EventFixture.Extract(text, Names, Days);
        var b = EventFixture.Extract(text, Names, Days);
        Assert.Equal(a.Select(m => (m.Type, m.Trigger)), b.Select(m => (m.Type, m.Trigger)));
        Assert.True(a.Select(m => m.Trigger.Start).SequenceEqual(a.Select(m => m.Trigger.Start).Order()));
    }

    [Theory]
    [InlineData("met", "meet")]
    [InlineData("withdrew", "withdraw")]
    [InlineData("visited", "visit")]
    [InlineData("hitting", "hit")]
    [InlineData("imposed", "impose")]
    [InlineData("spoke", "speak")]
    [InlineData("talks", "talk")]
    [InlineData("carried", "carry")]
    public void Lemmatizer_handles_irregular_and_regular_forms(string word, string lemma)
    {
        Assert.Contains(lemma, Lemmatizer.Candidates(word));
    }

    [Fact]
    public void Taxonomy_has_every_required_family_and_documented_codes()
    {
        var ids = EventTaxonomy.Default.Types.Select(t => t.Id).ToHashSet();
        foreach (var id in new[] { "meet", "visit", "travel", "statement", "accusation", "appeal", "agreement", "rejection", "attack", "protest", "withdrawal", "aid", "restriction", "release", "deployment", "negotiation", "call", "casualty" })
        {
            Assert.Contains(id, ids);
        }

        Assert.All(EventTaxonomy.Default.Types, t => Assert.False(string.IsNullOrEmpty(t.Cameo)));
        Assert.True(EventTaxonomy.Default.AreCompatible("meet", "negotiation"));
        Assert.False(EventTaxonomy.Default.AreCompatible("meet", "attack"));
    }
}
