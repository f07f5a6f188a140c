using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>Rules that need more than one predicate: clause splits, adjunct nouns, conjoined predicates, pronoun preference.</summary>
public sealed class DiscourseRuleTests
{
    private static readonly (string, EntityType)[] Names =
    [
        ("Lena Varga", EntityType.Person), ("Varga", EntityType.Person), ("Ole Brandt", EntityType.Person), ("Brandt", EntityType.Person),
        ("Ivo Stam", EntityType.Person), ("Stam", EntityType.Person), ("Oslo", EntityType.Place), ("Bergen", EntityType.Place),
        ("Vik", EntityType.Place), ("Nordland", EntityType.Country), ("Sudovia", EntityType.Country),
        ("Kestrel Front", EntityType.Organization),
    ];

    private static readonly (string, string, DateOnly, DateOnly, Granularity)[] Days =
    [
        EventFixture.Day("Friday", 11, 3), EventFixture.Day("Saturday", 11, 4), EventFixture.Day("Sunday", 11, 5),
        EventFixture.Day("7 October", 10, 7),
    ];

    private static List<EventMention> Of(string text, string type) => [.. EventFixture.Extract(text, Names, Days).Where(m => m.Type == type)];

    [Fact]
    public void A_conjoined_clause_with_its_own_subject_keeps_its_own_arguments()
    {
        const string text = "Nordland recalled its envoy from Sudovia on Saturday, and President Ivo Stam did not meet Varga.";
        var recall = Assert.Single(Of(text, "withdrawal"));
        Assert.DoesNotContain("Ivo Stam", EventFixture.Others(recall));
        var meet = Assert.Single(Of(text, "meet"));
        Assert.Equal(Factuality.Negated, meet.Factuality);
        Assert.Equal("Ivo Stam", EventFixture.Agent(meet));
        // The date is in the other clause: the denial is not dated by it.
        Assert.Null(meet.Time);
    }

    [Fact]
    public void A_list_of_subjects_is_not_split_into_clauses()
    {
        var m = Assert.Single(Of("Nordland, Sudovia, and Oslo agreed a ceasefire on Sunday.", "agreement"));
        Assert.Equal("Nordland", EventFixture.Agent(m));
    }

    [Fact]
    public void A_capitalised_title_with_of_does_not_hide_the_subject()
    {
        var m = Assert.Single(Of("Secretary of State Lena Varga met Ole Brandt in Oslo on Saturday.", "meet"));
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
    }

    [Fact]
    public void Being_somewhere_for_a_meeting_in_the_past_is_a_meeting_that_happened_with_the_subject()
    {
        var m = Assert.Single(Of("Lena Varga flew home. On Saturday she was in Oslo for a meeting with Ole Brandt.", "meet"));
        Assert.Equal(Factuality.Happened, m.Factuality);
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
        Assert.Equal("Oslo", m.Place?.Text);
    }

    [Fact]
    public void Being_somewhere_for_a_meeting_now_is_a_plan()
    {
        var m = Assert.Single(Of("Lena Varga, now in Oslo for a meeting of foreign ministers, spoke briefly.", "meet"));
        Assert.Equal(Factuality.Planned, m.Factuality);
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
    }

    [Fact]
    public void Talks_in_an_adjunct_take_the_main_subject()
    {
        var m = Assert.Single(Of("Lena Varga ended her tour on Sunday after talks in Bergen with Ole Brandt.", "meet"));
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
        Assert.Contains("Ole Brandt", EventFixture.Others(m));
    }

    [Fact]
    public void A_summit_in_a_prepositional_phrase_is_presupposed_not_reported()
    {
        const string text = "At a summit in Oslo on Saturday with Varga, the talks were tense, according to an official.";
        var m = Of(text, "meet").Single(x => text[x.Trigger.Start..x.Trigger.End] == "summit");
        Assert.Equal(Factuality.Happened, m.Factuality);
    }

    [Fact]
    public void A_predicate_conjoined_to_a_visit_happened_at_the_visit_place()
    {
        var m = Assert.Single(Of("Lena Varga made a visit to Bergen on Sunday and met Ole Brandt.", "meet"));
        Assert.Equal("Bergen", m.Place?.Text);
    }

    [Fact]
    public void A_meeting_that_is_the_purpose_of_a_trip_is_at_its_destination()
    {
        var m = Assert.Single(Of("Lena Varga will travel to Bergen for a meeting of foreign ministers.", "meet"));
        Assert.Equal("Bergen", m.Place?.Text);
        Assert.Equal(Factuality.Planned, m.Factuality);
    }

    [Fact]
    public void A_predicate_after_before_does_not_inherit_the_visit_place()
    {
        var m = Assert.Single(Of("Lena Varga made a visit to Bergen on Sunday before she met Ole Brandt.", "meet"));
        Assert.Null(m.Place);
    }

    [Fact]
    public void A_report_is_not_dated_by_a_date_beyond_another_event()
    {
        var m = Assert.Single(Of("In Oslo, Nordland said Sudovia carried out the 7 October attack on Vik.", "statement"));
        Assert.Null(m.Time);
        var attack = Assert.Single(Of("Nordland said Sudovia carried out the 7 October attack on Vik.", "attack"));
        Assert.Equal("2023-10-07", attack.Time?.Value);
    }

    [Fact]
    public void A_report_keeps_a_date_from_a_fronted_clause()
    {
        var m = Assert.Single(Of("As Varga left Oslo for Bergen on Sunday, she said the talks had helped.", "statement"));
        Assert.Equal("2023-11-05", m.Time?.Value);
    }

    [Fact]
    public void A_when_clause_after_a_date_is_dated_by_it()
    {
        var m = Assert.Single(Of("The trip began in Nordland on Friday, when Varga met Ole Brandt in Oslo.", "meet"));
        Assert.Equal("2023-11-03", m.Time?.Value);
    }

    [Fact]
    public void A_pronoun_in_a_later_clause_prefers_the_subject_to_the_object()
    {
        var m = EventFixture.Extract("Lena Varga met Ole Brandt in Oslo on Sunday, the last meeting of a tour that took her to Bergen and Vik.", Names, Days)
            .Single(x => x.Type == "visit" && x.Arguments.Any(a => a.Role == "stop"));
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
    }

    [Fact]
    public void A_country_qualifying_an_appositive_title_is_not_the_subject()
    {
        var ms = EventFixture.Extract("The Nordland foreign minister, Lena Varga, has ended her tour. She will now travel to Oslo for a meeting.", Names, Days);
        Assert.Equal("Lena Varga", EventFixture.Agent(ms.Single(m => m.Type == "travel")));
    }

    [Theory]
    [InlineData("Varga said the talks had helped.", false)]
    [InlineData("Varga said on Saturday that the talks had helped.", true)]
    [InlineData("In Bergen, Varga said the talks had helped.", true)]
    [InlineData("Varga warned Sudovia against any escalation.", true)]
    [InlineData("Varga made a statement about the talks.", true)]
    public void A_verb_that_only_attributes_words_is_an_event_only_when_dated_or_placed(string text, bool statement)
    {
        Assert.Equal(statement, Of(text, "statement").Count == 1);
    }

    [Fact]
    public void A_report_after_what_was_said_is_not_dated_or_placed_by_it()
    {
        Assert.Empty(Of("Nordland reopened the border in Vik on Saturday, a government spokesman said.", "statement"));
        var m = Assert.Single(Of("Lena Varga, the foreign minister, said on Saturday that the border would reopen.", "statement"));
        Assert.Equal("Lena Varga", EventFixture.Agent(m));
        Assert.Equal("2023-11-04", m.Time?.Value);
    }

    [Fact]
    public void A_pledge_is_not_dated_by_the_past_it_mentions()
    {
        var m = Assert.Single(Of("Varga pledged Nordland will never again close the border as it did on Saturday.", "statement"));
        Assert.Null(m.Time);
    }

    [Theory]
    [InlineData("Thousands of workers went on strike in Vik.", "protest")]
    [InlineData("A strike by 4,000 dock workers in Vik closed the port.", "protest")]
    [InlineData("Nordland launched an air strike on Vik.", "attack")]
    public void Labour_strikes_are_protests_and_air_strikes_are_attacks(string text, string type)
    {
        var ms = EventFixture.Extract(text, Names, Days);
        Assert.Contains(ms, m => m.Type == type);
        Assert.DoesNotContain(ms, m => m.Type == (type == "protest" ? "attack" : "protest"));
    }

    [Theory]
    [InlineData("Oil demand in Nordland rose sharply last year.", "appeal")]
    [InlineData("The market in Oslo closed higher.", "restriction")]
    [InlineData("Shares of Kestrel closed at 12 crowns in Oslo.", "restriction")]
    public void Market_language_is_not_an_event(string text, string type)
    {
        Assert.Empty(Of(text, type));
    }

    [Fact]
    public void A_month_name_inside_a_date_is_not_a_march()
    {
        (string, string, DateOnly, DateOnly, Granularity)[] times = [EventFixture.Day("March 13", 3, 13)];
        var ms = EventFixture.Extract("Oslo, March 13 - Nordland said on March 13 that exports rose.", Names, times);
        Assert.DoesNotContain(ms, m => m.Type == "protest");
    }

    [Fact]
    public void Later_members_of_a_list_of_places_share_its_preposition()
    {
        var m = Assert.Single(Of("During talks in Oslo, Nordland and Sudovia, Varga urged restraint.", "appeal"));
        Assert.Equal("Varga", EventFixture.Agent(m));
        Assert.DoesNotContain("Nordland", EventFixture.Others(m));
    }

    [Fact]
    public void A_fronted_place_is_not_a_list_with_the_subject()
    {
        var m = Assert.Single(Of("In Bergen, Varga warned Sudovia against any escalation.", "statement"));
        Assert.Equal("Varga", EventFixture.Agent(m));
        Assert.Equal("Bergen", m.Place?.Text);
    }

    [Fact]
    public void A_name_after_a_fronted_time_is_the_subject_of_a_new_clause()
    {
        var m = Assert.Single(Of("Nordland has urged calm for weeks, and on Sunday Ivo Stam met envoys in Oslo.", "meet"));
        Assert.Equal("Ivo Stam", EventFixture.Agent(m));
    }

    [Fact]
    public void The_possessor_of_a_release_is_who_is_released()
    {
        var m = Assert.Single(Of("Nordland said talks stalled over their release by Kestrel Front in Vik.", "release"));
        Assert.Equal("Kestrel Front", EventFixture.Agent(m));
        Assert.Empty(Of("Scents have reportedly been released in casinos in Vik.", "release"));
    }

    [Fact]
    public void A_casualty_report_needs_a_figure()
    {
        Assert.Empty(Of("Varga voiced concern for civilian casualties in Vik.", "casualty"));
        Assert.Single(Of("The death toll in Vik rose to 40 on Saturday.", "casualty"));
    }

    [Fact]
    public void A_possessor_is_not_the_place_of_the_event()
    {
        var m = Assert.Single(Of("Varga urged restraint in Nordland's offensive on Vik.", "attack"));
        Assert.Equal("Nordland", EventFixture.Agent(m));
        Assert.NotEqual("Nordland", m.Place?.Text);
    }

    [Fact]
    public void A_date_before_another_predicate_is_not_the_date_of_an_event_in_its_complement()
    {
        var m = Assert.Single(Of("On Saturday, Varga admitted that Nordland's offensive had failed.", "attack"));
        Assert.Null(m.Time);
    }

    [Theory]
    [InlineData("Nordland said February exports to Sudovia rose sharply.", false)]
    [InlineData("Varga, who visited Oslo last year, said the talks had helped.", false)]
    [InlineData("Varga said on Saturday the talks had helped.", true)]
    [InlineData("Varga said Saturday the talks had helped.", true)]
    public void A_report_is_dated_only_by_a_day_attached_to_it(string text, bool statement)
    {
        (string, string, DateOnly, DateOnly, Granularity)[] times =
        [
            EventFixture.Day("Saturday", 11, 4),
            ("February", "2023-02", new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28), Granularity.Month),
            ("last year", "2022", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), Granularity.Year),
        ];
        Assert.Equal(statement, EventFixture.Extract(text, Names, times).Any(m => m.Type == "statement"));
    }

    [Fact]
    public void The_name_before_a_gerund_after_with_is_its_agent()
    {
        var m = Assert.Single(Of("Sudovia opened talks with Kestrel lenders, with Nordland pressing for a quick deal in Oslo.", "appeal"));
        Assert.Equal("Nordland", EventFixture.Agent(m));
    }

    [Theory]
    [InlineData("Ivo Stam pleaded guilty in Oslo to fraud.", "appeal")]
    [InlineData("Varga declined to comment in Oslo on the talks.", "rejection")]
    public void Legal_and_press_formulas_are_not_events(string text, string type)
    {
        Assert.Empty(Of(text, type));
    }

    [Fact]
    public void A_person_attacking_a_record_is_criticising_and_an_army_attacking_a_town_is_attacking()
    {
        Assert.Single(Of("Varga attacked the government's record on housing.", "accusation"));
        Assert.Empty(Of("Varga attacked the government's record on housing.", "attack"));
        Assert.Single(Of("Nordland attacked Vik on Saturday.", "attack"));
        Assert.Single(Of("Ivo Stam attacked Vik with rifles.", "attack"));
    }

    [Fact]
    public void A_relative_clause_takes_its_subject_from_the_noun_it_follows()
    {
        var hamas = Assert.Single(Of("Kestrel Front \u2013 the group that carried out the raid on Vik \u2013 denied it.", "attack"));
        Assert.Equal("Kestrel Front", EventFixture.Agent(hamas));
        Assert.DoesNotContain(Of("Varga has forgotten that the rebels who attacked Vik failed.", "attack"), m => EventFixture.Agent(m) == "Varga");
    }

    [Fact]
    public void A_date_modifying_another_event_noun_is_that_events_date()
    {
        (string, string, DateOnly, DateOnly, Granularity)[] times = [("1945", "1945", new DateOnly(1945, 1, 1), new DateOnly(1945, 12, 31), Granularity.Year)];
        var appeal = EventFixture.Extract("Nordland called for a visit to Vik for the 1945 liberation ceremony.", Names, times).Single(m => m.Type == "appeal");
        Assert.Null(appeal.Time);
    }

    [Fact]
    public void A_compound_modifier_does_not_hide_the_by_phrase_agent()
    {
        var m = Assert.Single(Of("Nordland withdrew its envoy, a move welcomed by the Oslo-based Kestrel Front.", "statement"));
        Assert.Equal("Kestrel Front", EventFixture.Agent(m));
    }
}
