using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>Phase 6 (issue 3): months that a trade is quoted for, slash-joined months, split years, present plans and ambiguous month names.</summary>
public sealed class RuleTimeTaggerTradeTests
{
    // A Thursday late in February: every month from March on lies ahead, January lies behind.
    private const string Dct = "1987-02-26";

    [Theory]
    [InlineData("Dealers sold sugar for March shipment at 210 dlrs a tonne.", "March", "1987-03")]
    [InlineData("Traders booked wheat for May delivery.", "May", "1987-05")]
    [InlineData("The December futures closed lower yesterday.", "December", "1987-12")]
    [InlineData("Exporters sold palm oil at 340 dlrs for Aug, traders said.", "Aug", "1987-08")]
    [InlineData("Rubber fetched 620 dlrs for May, the agent said.", "May", "1987-05")]
    [InlineData("Nearby positions firmed, with June/July going at 1,850 dlrs.", "June", "1987-06")]
    [InlineData("Nearby positions firmed, with June/July going at 1,850 dlrs.", "July", "1987-07")]
    [InlineData("Butter traded actively. March/April sold at 4,300 dlrs.", "March", "1987-03")]
    [InlineData("Oct/Dec cocoa went at 1,900 dlrs.", "Dec", "1987-12")]
    [InlineData("Brokers quoted Nov/Jan at 96 cents.", "Jan", "1988-01")]
    [InlineData("Mills bought cotton for delivery in July.", "July", "1987-07")]
    public void A_month_a_trade_is_quoted_for_lies_ahead(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Coffee shipments in January totalled 1.2 mln bags.", "January", "1987-01")]
    [InlineData("Exports in Dec/Jan rose by a tenth.", "Dec", "1986-12")]
    [InlineData("Exports in Dec/Jan rose by a tenth.", "Jan", "1987-01")]
    [InlineData("Output in Sept/Oct rose sharply.", "Oct", "1986-10")]
    public void Statistics_and_slash_runs_keep_the_sentence_direction_in_order(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    // Written on 1987-04-15.
    [Theory]
    [InlineData("March exports totalled 5 mln dlrs.", "March", "1987-03")]
    [InlineData("The bank's survey for March showed a rise.", "March", "1987-03")]
    [InlineData("Profit in the fiscal year ended March rose.", "March", "1987-03")]
    [InlineData("Sales in the year to March fell.", "March", "1987-03")]
    [InlineData("Output rose between February and March.", "March", "1987-03")]
    [InlineData("Figures for May will be out soon.", "May", "1987-05")]
    public void Neighbours_show_an_ambiguous_name_to_be_a_month(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "1987-04-15", span).Value);

    [Theory]
    [InlineData("Delegates voted for May as their leader.")]
    [InlineData("Theresa May trade talks stalled.")]
    [InlineData("Brian May guitar sales rose.")]
    [InlineData("Protesters will march and rally.")]
    [InlineData("Theresa May spoke to reporters.")]
    [InlineData("The protesters joined the March for jobs.")]
    public void Names_and_words_are_not_months(string text)
    {
        var found = TimeProbe.All(text, Dct);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("Sales against the 1986/87 crop reached 6 mln bags.", "1986/87", "1986", "1986-01-01", "1987-12-31")]
    [InlineData("The deficit for fiscal 1985/86 was revised.", "fiscal 1985/86", "1985", "1985-01-01", "1986-12-31")]
    [InlineData("The 1999/2000 season opens soon.", "1999/2000", "1999", "1999-01-01", "2000-12-31")]
    [InlineData("Duties for Fiscal year 1987/88 are fixed.", "Fiscal year 1987/88", "1987", "1987-01-01", "1988-12-31")]
    [InlineData("Payments stop until the 2006-2007 fiscal year.", "2006-2007", "2006", "2006-01-01", "2007-12-31")]
    [InlineData("The 2006-07 season starts in August.", "2006-07", "2006", "2006-01-01", "2007-12-31")]
    public void A_split_year_spans_both_years(string text, string span, string value, string earliest, string latest)
    {
        var t = TimeProbe.Find(text, Dct, span);
        Assert.Equal((TimexType.Date, value), (t.Type, t.Value));
        TimeProbe.CheckInterval(t, earliest, latest);
    }

    [Fact]
    public void Years_that_do_not_follow_each_other_are_not_one_split_year()
    {
        Assert.Equal("1986", TimeProbe.Find("The ratio was 1986/92 in the study.", Dct, "1986").Value);
        // A hyphenated run is a stretch of years (RuleTimeTaggerWordingTests), not a split year.
        var run = TimeProbe.Find("Prices rose in 1980-82.", Dct, "1980-82");
        Assert.Equal((TimexType.Duration, "P3Y"), (run.Type, run.Value));
    }

    // Written on Tuesday 2005-03-15: a present plan puts the date ahead however far, a past one does not.
    [Theory]
    [InlineData("The next hearing in the case is expected on 6 January.", "6 January", "2006-01-06")]
    [InlineData("The hearing was expected on 6 January.", "6 January", "2005-01-06")]
    [InlineData("The premier is tipped to ask the Queen on Monday to call a vote.", "Monday", "2005-03-21")]
    [InlineData("The claim is made in a film to be shown on Sunday.", "Sunday", "2005-03-20")]
    [InlineData("He was thought to be dead on Monday.", "Monday", "2005-03-14")]
    [InlineData("The bank is unlikely to cut rates on Thursday.", "Thursday", "2005-03-17")]
    [InlineData("Refiners are likely to run down stocks by the second quarter.", "the second quarter", "2005-Q2")]
    public void A_present_plan_puts_the_date_ahead(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "2005-03-15", span).Value);

    [Theory]
    [InlineData("The January-March trade surplus totalled 526 mln dlrs.", "January-March", "1987-Q1")]
    [InlineData("Profit in the July-to-September quarter rose.", "the July-to-September quarter", "1986-Q3")]
    [InlineData("Profit in the July-to-September quarter will rise.", "the July-to-September quarter", "1987-Q3")]
    [InlineData("Sales in the April-June period 1986 fell.", "the April-June period 1986", "1986-Q2")]
    public void Two_months_bounding_a_quarter_are_that_quarter(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "1987-04-15", span).Value);

    [Fact]
    public void Months_that_do_not_bound_a_quarter_stay_months()
    {
        var found = TimeProbe.Tagger.TagText("The January-April period was weak.", new DateOnly(1987, 4, 15));
        Assert.Equal(["January", "April"], found.Select(f => f.Text));
    }

    [Theory]
    [InlineData("Central banks intervened to stem the fall, dealers said.")]
    [InlineData("The fall in prices hurt farmers.")]
    [InlineData("The fall compares with a decline of 2 pct.")]
    [InlineData("The referee was poor in the first half.")]
    [InlineData("The striker scored a goal and the referee gave a penalty. They were better in the second half.")]
    [InlineData("The index remained at 100.8 for May, implying growth.")]
    public void Drops_game_halves_and_index_levels_are_not_dates(string text)
    {
        var found = TimeProbe.Tagger.TagText(text, new DateOnly(2005, 3, 15));
        Assert.DoesNotContain(found, f => f.Value.EndsWith("-FA", StringComparison.Ordinal) || f.Value.Contains("-H", StringComparison.Ordinal) || f.Text == "May");
    }

    [Theory]
    [InlineData("The plant will open in the fall.", "the fall", "2005-FA")]
    [InlineData("Profit rose in the first half.", "the first half", "2005-H1")]
    [InlineData("Analysts had expected the figure to be stronger than in January.", "January", "2005-01")]
    public void Seasons_halves_and_months_outside_those_contexts_stay(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "2005-03-15", span).Value);

    // Review of phase 6: statistics, finished shipments, reference points and names keep their ordinary reading.
    [Theory]
    [InlineData("The March shipment arrived late.", "1987-04-15", "March", "1987-03")]
    [InlineData("The March delivery of jets was delayed.", "1987-04-15", "March", "1987-03")]
    [InlineData("Exports are likely to be weaker than in March.", "1987-04-15", "March", "1987-03")]
    [InlineData("He is unlikely to repeat the gains of March.", "1987-04-15", "March", "1987-03")]
    [InlineData("The letters appear to be written in March.", "1987-04-15", "March", "1987-03")]
    [InlineData("Output in June/July stood at 5 mln tonnes.", "1987-09-10", "July", "1987-07")]
    [InlineData("Prices averaged 50 dlrs for July, up from 48 for June.", "1987-09-10", "July", "1987-07")]
    [InlineData("The judge is due in court at the end of January.", "2005-03-15", "the end of January", "2006-01")]
    [InlineData("A ruling is expected early in February.", "2005-03-15", "early in February", "2006-02")]
    [InlineData("The player is due out in the summer.", "2005-03-15", "the summer", "2005-SU")]
    public void Statistics_finished_events_and_reference_points_keep_their_direction(string text, string dct, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, dct, span).Value);

    [Theory]
    [InlineData("The defeat ended May's leadership bid.")]
    [InlineData("Mrs. May election campaign faltered.")]
    [InlineData("Theresa May contract talks stalled.")]
    [InlineData("The club paid 5 mln dlrs for Jan, a Dutch striker.")]
    public void Names_stay_names_next_to_trade_and_statistics_words(string text) =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText(text, new DateOnly(2018, 9, 10)), t => t.Type == TimexType.Date);

    [Theory]
    [InlineData("Nintendo said game sales rose in the first half.", "the first half", "2005-H1")]
    [InlineData("Our goal is growth. The league of lenders faces a penalty. Sales rose in the first half.", "the first half", "2005-H1")]
    [InlineData("The plant will open in the fall in Ohio.", "the fall", "2005-FA")]
    public void Business_halves_and_autumn_stay_dates(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "2005-03-15", span).Value);

    [Fact]
    public void A_statistic_is_not_a_price_quote() =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText("The trade deficit narrowed to 1.2 billion dlrs for March.", new DateOnly(1987, 4, 15)), t => t.Value == "1988-03");

    [Fact]
    public void A_day_number_of_zero_is_not_a_date()
    {
        var found = TimeProbe.Tagger.TagText("Prices rose on Monday 00 June.", new DateOnly(2005, 3, 15));
        Assert.DoesNotContain(found, t => t.Value.EndsWith("-00", StringComparison.Ordinal));
    }
}
