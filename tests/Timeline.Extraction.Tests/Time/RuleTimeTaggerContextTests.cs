using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Phase 9 (issue 3): expressions whose reading depends on the words around them. A year word after a day ("14 March
/// next year"), an ambiguous month after "from", a clock glued to its zone ("2100GMT"), "during the year" in
/// annual reporting, and a week, month or quarter "ended" on a named day, "the same month last year", a passive with an adverb inside ("to be officially opened"), a year after a pair of days, "the year" after a story about last year, quarters after forecast and report verbs, "this Friday" later in the week, and the British "the year to March".
/// </summary>
public sealed class RuleTimeTaggerContextTests
{
    // A Tuesday in mid-March.
    private const string Dct = "2005-03-15";

    [Theory]
    [InlineData("The awards will be presented on 14 March next year.", "14 March next year", "2006-03-14")]
    [InlineData("The plant opened on March 14 last year.", "March 14 last year", "2004-03-14")]
    [InlineData("The shop closed on 2 May this year.", "2 May this year", "2005-05-02")]
    [InlineData("Talks began on October 3 last year.", "October 3 last year", "2004-10-03")]
    public void A_year_word_after_a_date_belongs_to_it(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Orders fell 3.1 pct in April from March.", "2005-05-20", "2005-03")]
    [InlineData("Prices were unchanged from March at 99,000 dlrs.", "2005-05-20", "2005-03")]
    [InlineData("Sales rose in June from May, the agency said.", "2005-07-20", "2005-05")]
    public void An_ambiguous_month_after_from_is_a_month_beside_another_month_or_a_figure(string text, string dct, string value) =>
        Assert.Contains(TimeProbe.All(text, dct), t => t.Type == TimexType.Date && t.Value == value);

    [Theory]
    [InlineData("The marchers set off from March on Sunday.")]
    [InlineData("Corbyn demanded answers from May over the October deadline.")]
    [InlineData("The letter from May said Britain would leave in June.")]
    [InlineData("The train from March at 0800 arrived late.")]
    public void A_town_or_a_person_after_from_is_not_a_month(string text) =>
        Assert.DoesNotContain(TimeProbe.All(text, Dct), t => t.Text is "March" or "May");

    [Theory]
    [InlineData("The dollar stood at $1.29 at 2100GMT.", "2100GMT", "2005-03-15T21:00")]
    public void A_clock_glued_to_its_zone_is_a_time(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Time, value);

    [Theory]
    [InlineData("The dollar was quoted at 2459GMT.")]
    [InlineData("The 1987GMT data was wrong.")]
    public void A_word_that_only_looks_like_a_clock_and_zone_is_not_a_time(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Theory]
    // Annual reports come out early in the year: a past clause then means the year just ended.
    [InlineData("Total debt declined during the year by 251 mln dlrs.", Dct, "2004")]
    [InlineData("Nickel prices rose 43% during the year.", "2005-02-01", "2004")]
    // Later in the year, or in a clause that looks ahead, it is the current year.
    [InlineData("Total debt declined during the year by 251 mln dlrs.", "2005-07-10", "2005")]
    [InlineData("The service will be extended to all regions during the year.", Dct, "2005")]
    public void During_the_year_is_the_year_in_question(string text, string dct, string value) =>
        TimeProbe.Check(text, dct, "the year", TimexType.Date, value);

    [Fact]
    public void During_the_year_ended_on_a_day_is_a_twelve_month_stretch() =>
        TimeProbe.Check("Profit rose 5 pct during the year ended March 31.", Dct, "the year", TimexType.Duration, "P1Y");

    [Theory]
    // 8 June 1987 was a Monday: the week that ends then is mostly in ISO week 23.
    [InlineData("M-1 rose in the week ended June 8, the Fed said.", "the week", "1987-W23")]
    [InlineData("Sales fell in the month ended September 30.", "the month", "1987-09")]
    [InlineData("Profit rose in the quarter ended July 31.", "the quarter", "1987-Q2")]
    [InlineData("Exports in the month ended March 31 rose.", "the month", "1987-03")]
    [InlineData("Sales for the quarter ending in March 1987 rose.", "the quarter", "1987-Q1")]
    public void A_period_ended_on_a_day_is_the_period_before_that_day(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-11-20", span, TimexType.Date, value);

    [Theory]
    [InlineData("Exports in February rose 5 pct from the same month last year.", "the same month last year", "1986-02")]
    // The comparison base ("in January 1986") is not the month the story is about.
    [InlineData("Exports fell in January to 362,000 tonnes from 489,000 in January 1986, against 80,000 in the same month last year.", "the same month last year", "1986-01")]
    [InlineData("Sales were 2% up on the same time last year.", "the same time last year", "1986-03-20")]
    [InlineData("Output was down from the same week a year ago.", "the same week a year ago", "1986-W12")]
    public void The_same_period_last_year_is_the_storys_period_a_year_back(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-20", span, TimexType.Date, value);

    [Fact]
    public void The_same_month_without_a_named_month_leaves_last_year_alone() =>
        TimeProbe.Check("Sales rose from the same month last year.", "1987-03-20", "last year", TimexType.Date, "1986");

    [Theory]
    [InlineData("The tower is due to be officially opened on 31 December.", "2005-12-31")]
    [InlineData("The tower was officially opened on 31 December.", "2004-12-31")]
    public void An_adverb_inside_a_passive_keeps_its_tense(string text, string value) =>
        TimeProbe.Check(text, Dct, "31 December", TimexType.Date, value);

    [Theory]
    [InlineData("Shipments in the period February 1 to 26 last year fell.", "February 1", "2004-02-01", "26 last year", "2004-02-26")]
    [InlineData("Talks were held from March 5 to 7, 1986.", "March 5", "1986-03-05", "7, 1986", "1986-03-07")]
    [InlineData("Prices on March 5 and 6, 1999 rose.", "March 5", "1999-03-05", "6, 1999", "1999-03-06")]
    public void A_year_after_a_pair_of_days_dates_both(string text, string firstSpan, string firstValue, string secondSpan, string secondValue)
    {
        TimeProbe.Check(text, Dct, firstSpan, TimexType.Date, firstValue);
        TimeProbe.Check(text, Dct, secondSpan, TimexType.Date, secondValue);
    }

    [Theory]
    [InlineData("Its portfolio earned 3 bln dlrs in 1986. The holdings had a return of 13.5 pct in the year.", "1986")]
    [InlineData("Sales rose in 1986. For the year, the company reported a loss of 10 mln dlrs.", "1986")]
    // Present or future clauses keep the current year, as does a story that has not just named last year.
    [InlineData("Output fell in 1986. The economy has a weakening bent in the year.", "1987")]
    [InlineData("Output fell in 1986. Exports will recover in the year, it said.", "1987")]
    [InlineData("The holdings had a return of 13.5 pct in the year.", "1987")]
    public void The_year_in_a_past_clause_is_the_year_the_story_just_named(string text, string value) =>
        TimeProbe.Check(text, "1987-06-19", "the year", TimexType.Date, value);

    [Theory]
    // Forecast verbs look ahead: the next second quarter, not last year's.
    [InlineData("He expects a slowdown in the second quarter.", "the second quarter", "1987-Q2")]
    [InlineData("Analysts predict a rebound in the third quarter.", "the third quarter", "1987-Q3")]
    [InlineData("The company said it expects to file soon.", "soon", "FUTURE_REF")]
    // Results come out after the quarter: one just ended is the quarter reported, an older one gives way to the next.
    [InlineData("It expects to report a loss for the fourth quarter.", "the fourth quarter", "1986-Q4")]
    [InlineData("It expects to report a second-quarter profit.", "second-quarter", "1987-Q2")]
    public void Forecasts_look_ahead_and_reports_look_at_the_quarter_just_ended(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-10", span, TimexType.Date, value);

    [Theory]
    // 5 March 1987 was a Thursday.
    [InlineData("The meeting this Friday was cancelled.", "this Friday", "1987-03-06")]
    [InlineData("Iraq's future after this Sunday's elections was discussed.", "this Sunday", "1987-03-08")]
    [InlineData("Shares fell this Monday.", "this Monday", "1987-03-02")]
    [InlineData("Talks resume this Monday.", "this Monday", "1987-03-09")]
    public void This_weekday_later_in_the_week_is_still_to_come(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-05", span, TimexType.Date, value);

    [Theory]
    // The British "to" ends a stretch as "ended" does.
    [InlineData("Profit rose 5% in the year to March 2005.", "the year", TimexType.Duration, "P1Y")]
    [InlineData("Mall sales in the week to 25 December were 4.3% higher.", "the week", TimexType.Date, "2004-W52")]
    // Not before a year or "date", nor inside "the first half of the year to …".
    [InlineData("He compared the year to 1990.", "the year", TimexType.Date, "2005")]
    [InlineData("Sales for the year to date rose.", "the year", TimexType.Date, "2005")]
    [InlineData("Deficits grew in the first half of the year to March.", "the first half of the year", TimexType.Date, "2005-H1")]
    public void A_stretch_to_a_day_ends_on_that_day(string text, string span, TimexType type, string value) =>
        TimeProbe.Check(text, Dct, span, type, value);

    [Fact]
    public void A_year_before_a_twelve_month_stretch_is_not_the_month_a_year_back() =>
        TimeProbe.Check("EMI said music sales for the year to March will fall 8% from the year before.", Dct, "the year before", TimexType.Date, "2004");

    [Theory]
    // Results are forecast after a quarter ends: in January the fourth quarter of an earnings clause is last year's.
    [InlineData("Analysts expect fourth-quarter earnings of 50 cents a share.", "2005-01-25", "fourth-quarter", "2004-Q4")]
    [InlineData("Economists predict fourth-quarter GDP grew 3.5 pct.", "2005-01-25", "fourth-quarter", "2004-Q4")]
    // A plan for the fourth quarter made in January is this year's; a quarter long over is its next occurrence.
    [InlineData("The plant will open in the fourth quarter.", "2005-01-25", "the fourth quarter", "2005-Q4")]
    [InlineData("Analysts predict a loss in the first quarter.", "2005-10-28", "the first quarter", "2006-Q1")]
    [InlineData("The retailer will post a loss in the third quarter, it warned.", "2005-01-12", "the third quarter", "2005-Q3")]
    [InlineData("After weak first-quarter results, the firm expects growth to resume in the fourth quarter.", "2005-04-25", "the fourth quarter", "2005-Q4")]
    public void A_quarter_in_a_clause_that_looks_ahead_is_the_one_just_ended_only_for_results(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Theory]
    // The same ISO week number one ISO year back, not 52 weeks back (2004 has a week 53, 2003 does not).
    [InlineData("Sales rose 4 pct from the same week last year.", "2004-12-30", "2003-W52")]
    [InlineData("Sales rose 4 pct from the same week last year.", "2005-01-07", "2004-W01")]
    // A day named two sentences back is not the story's week; "this week" in the sentence is.
    [InlineData("The store opened on March 3, 1999. Sales this week were up 4 pct on the same week last year.", "2005-06-16", "2004-W24")]
    public void The_same_week_last_year_is_that_week_number_a_year_back(string text, string dct, string value) =>
        TimeProbe.Check(text, dct, "the same week last year", TimexType.Date, value);

    [Fact]
    public void A_founding_month_is_not_the_month_the_story_compares() =>
        Assert.DoesNotContain(TimeProbe.All("The chain, founded in June 1990, said sales rose 4 pct from the same month last year.", "2005-06-16"),
            t => t.Value == "1989-06");

    [Fact]
    public void The_same_month_a_year_before_is_one_date() =>
        TimeProbe.Check("Exports in March rose from the same month a year before.", "2005-04-12", "the same month a year before", TimexType.Date, "2004-03");

    [Theory]
    [InlineData("In 2002, twelve journalists were killed during the year.", "2002")]
    [InlineData("Exports in 2003 climbed 12 pct, and imports increased during the year.", "2003")]
    public void The_year_after_a_year_named_in_the_sentence_is_that_year(string text, string value) =>
        TimeProbe.Check(text, "2005-02-10", "the year", TimexType.Date, value);

    [Fact]
    public void A_forecast_in_a_relative_clause_does_not_set_the_tense_of_the_main_clause() =>
        TimeProbe.Check("The central bank, which expects growth of 3 pct, cut rates on Tuesday.", "2005-06-16", "Tuesday", TimexType.Date, "2005-06-14");

    [Fact]
    public void A_year_after_a_pair_of_days_is_the_story_year() =>
        TimeProbe.Check("Talks on March 5 and 6, 1999 failed. Two years later they resumed.", "2005-06-10", "Two years later", TimexType.Date, "2001");
}
