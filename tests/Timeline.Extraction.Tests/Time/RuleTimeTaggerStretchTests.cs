using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Phase 10 (issue 3): stretches named by their place in a longer period ("the first week of April", "the June
/// quarter", "end December"), day ranges written with a hyphen ("April 27-29"), "future years", "the fall" in prices
/// and a midnight already past.
/// </summary>
public sealed class RuleTimeTaggerStretchTests
{
    // A Thursday.
    private const string Dct = "1987-04-02";

    [Theory]
    // 1 April 1987 was a Wednesday: its first seven days lie mostly in ISO week 14.
    [InlineData("Proxy materials will be filed by the first week of April.", "the first week of April", "1987-W14")]
    [InlineData("She came in the second week of January 1987.", "the second week of January 1987", "1987-W02")]
    [InlineData("The last week of December 1986 saw record sales.", "The last week of December 1986", "1986-W52")]
    public void A_week_of_a_month_is_the_iso_week_of_that_stretch(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Output rose 5 pct in the March quarter.", "the March quarter", "1987-Q1")]
    [InlineData("Debt fell in the December quarter, the department said.", "the December quarter", "1986-Q4")]
    public void A_quarter_named_by_its_last_month_is_that_quarter(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Fact]
    public void A_slash_range_before_quarter_is_left_to_the_range() =>
        Assert.DoesNotContain(TimeProbe.All("Output will grow in the January/March quarter.", Dct), t => t.Text == "March quarter");

    [Theory]
    [InlineData("The meeting will be held on April 27-29 in Osaka.", "29", "1987-04-29")]
    [InlineData("Leaders meet at the June 8-10 summit in Venice.", "10", "1987-06-10")]
    public void A_hyphenated_second_day_is_a_date_of_its_own(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Fact]
    public void A_hyphenated_count_after_a_day_is_not_a_day() =>
        Assert.DoesNotContain(TimeProbe.All("Yields rose on May 3-4 pct levels.", Dct), t => t.Text == "4");

    [Theory]
    [InlineData("Stocks will be sold at end December.", "end December", "1987-12")]
    [InlineData("The plant will close by end of 1990.", "end of 1990", "1990")]
    public void End_without_an_article_after_a_preposition_marks_the_end(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value, "END");

    [Fact]
    public void Future_years_are_the_future() =>
        TimeProbe.Check("The firm sees growth in future years.", Dct, "future years", TimexType.Date, "FUTURE_REF");

    [Theory]
    [InlineData("Losses were brought on by the fall in prices for those fuels.")]
    [InlineData("Reserves dropped after the fall in oil revenue.")]
    public void A_fall_in_something_is_a_drop_not_autumn(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Theory]
    // Past: the midnight that opened the publication day; ahead: the one that closes it.
    [InlineData("The strike began at midnight.", "1987-04-01T24:00")]
    [InlineData("The offer expires at midnight.", "1987-04-02T24:00")]
    public void A_bare_midnight_follows_the_tense(string text, string value) =>
        TimeProbe.Check(text, Dct, "midnight", TimexType.Time, value);

    [Theory]
    // A year back from the quarter the sentence reports, not from the last complete quarter before publication.
    [InlineData("Net profit for the first quarter ended January 31 rose to 5 mln dlrs from 3 mln in the year-ago quarter.", "the year-ago quarter", "1986-Q1")]
    [InlineData("Third quarter net fell to 206 mln dlrs from 238 mln a year earlier.", "a year earlier", "1985-Q3")]
    public void A_year_ago_in_an_earnings_sentence_is_the_named_quarter_a_year_back(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-03", span, TimexType.Date, value);

    [Fact]
    public void A_quarter_named_as_an_aside_a_year_back_is_not_the_one_compared() =>
        TimeProbe.Check("NBC was not part of GE in the first quarter of 1986. Engine profit was higher than a year ago.", "1987-04-08", "a year ago",
            TimexType.Date, "1986-Q1");

    [Theory]
    // A period "ended" on a day at most a month ahead is named by its coming end; further ahead it is the past one.
    [InlineData("The company expects earnings in the third quarter ended March 31 to rise.", "March 31", "1987-03-31")]
    [InlineData("Profit for the year ended June 30 rose.", "June 30", "1986-06-30")]
    public void A_day_after_ended_is_past_unless_it_is_weeks_away(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-24", span, TimexType.Date, value);

    [Theory]
    [InlineData("Rates rose as a difficult month-end approached.", "1987-03-26", "month-end", "1987-03")]
    // Early in a month, a past clause means the month just ended.
    [InlineData("Banks were squeezed at the month-end.", "1987-04-03", "the month-end", "1987-03")]
    public void The_month_end_is_the_end_of_this_month_or_the_last(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value, "END");

    [Theory]
    [InlineData("Talks resumed early in January.", "early in January", "2005-01", "START")]
    [InlineData("The firm will report late in the year.", "late in the year", "2005", "END")]
    public void Early_or_late_in_a_period_holds_the_modifier(string text, string span, string value, string mod) =>
        TimeProbe.Check(text, "2005-03-15", span, TimexType.Date, value, mod);

    [Fact]
    public void A_month_of_the_same_year_is_in_the_year_the_story_named() =>
        TimeProbe.Check("He joined in 1998. In August of the same year he quit.", "2004-12-10", "August of the same year", TimexType.Date, "1998-08");

    [Fact]
    public void A_year_earlier_profit_is_the_named_quarter_a_year_back() =>
        TimeProbe.Check("It expects a first quarter loss, compared with a year-earlier profit of one ct.", "1987-03-10", "year-earlier", TimexType.Date, "1986-Q1");

    [Fact]
    public void The_latest_period_of_an_earnings_story_is_the_quarter_it_named() =>
        TimeProbe.Check("Ralston reported lower fourth-quarter earnings. The St. Louis company earned less. Sales in the latest period rose.", "1989-11-02",
            "the latest period", TimexType.Date, "1989-Q4");

    [Theory]
    [InlineData("Currency was above the 422 mln in February a year ago.", "February a year ago", "1986-02")]
    [InlineData("Stocks were 122.7 mln lbs in February a year earlier.", "February a year earlier", "1986-02")]
    [InlineData("Output is likely to be 1.8 mln tonnes in calendar 1987.", "calendar 1987", "1987")]
    [InlineData("Sales rose in the third week in April.", "the third week in April", "1987-W16")]
    [InlineData("The March increase in energy costs was small.", "March", "1987-03")]
    public void Compounds_of_a_month_or_year(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-04-08", span, TimexType.Date, value);

    [Theory]
    // A month joined to one just named follows it, unless that would put a past clause in the future.
    [InlineData("Shipments in June and September are due.", "September", "1987-09")]
    [InlineData("Unemployment equalled the level set in January and December.", "December", "1986-12")]
    // The first month of a pair takes the year written after the second.
    [InlineData("Between February and October of 1986, output fell.", "February", "1986-02")]
    [InlineData("Between February and October of 1986, output fell.", "October of 1986", "1986-10")]
    public void Months_in_pairs(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-12", span, TimexType.Date, value);

    [Theory]
    // An obligation or a plan looks ahead.
    [InlineData("Stocks have to be removed by the end of September.", "the end of September", "1987-09")]
    [InlineData("The document is hoped to be presented in October.", "October", "1987-10")]
    public void Obligations_and_plans_look_ahead(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "1987-03-12", span).Value);

    [Theory]
    // On Thursday 2 April 1987 "this Sunday" is the 5th; "next weekend" the one after.
    [InlineData("Two shows debut this Sunday, and another next weekend.", "next weekend", "1987-W15-WE")]
    // A possessive day takes the tense of its own clause, not of one further on.
    [InlineData("Friday's employment figures will be closely watched.", "Friday", "1987-04-03")]
    [InlineData("The move follows Tuesday's declaration by Ford, which holds a large stake in the firm, that it is prepared to bid.", "Tuesday", "1987-03-31")]
    public void Weekends_and_possessive_days(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    // A fiscal quarter with its end day is labelled by the year it ends in, as TimeBank does.
    [InlineData("Heinz said net rose in the third quarter ended January 31.", "the third quarter", "1987-Q3")]
    [InlineData("Net rose 20 pct in the third quarter ended January 31 from 21.8 mln a year earlier.", "a year earlier", "1986-Q3")]
    // Wire headlines and tables.
    [InlineData("COMPAQ SEES 1ST QTR NET UP", "1ST QTR", "1987-Q1")]
    [InlineData("1985 4th qtr oper net excludes 6 mln dlrs.", "1985 4th qtr", "1985-Q4")]
    [InlineData("GE earned 537 mln dlrs in the first quarter, up from 1.18 dlrs per share for the same quarter a year ago.", "the same quarter a year ago", "1986-Q1")]
    public void Fiscal_and_headline_quarters(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-11", span, TimexType.Date, value);

    [Fact]
    public void Some_years_is_a_vague_duration() =>
        TimeProbe.Check("He has worked there for some years.", Dct, "some years", TimexType.Duration, "PXY");

    [Fact]
    public void In_some_quarters_means_among_some_people() =>
        Assert.Empty(TimeProbe.All("Analysts were concerned in some quarters.", Dct));

    [Fact]
    public void The_quarter_a_sentence_reports_is_its_first_not_the_one_it_compares_with() =>
        TimeProbe.Check("Real product rose 0.9 pct in the fourth quarter after zero growth in the third quarter and a 1.3 pct fall a year earlier.",
            "1987-03-18", "a year earlier", TimexType.Date, "1985-Q4");

    [Theory]
    // "ended" after a period noun may name a coming end; after anything else it is the past.
    [InlineData("The strike ended April 2.", "1987-03-24", "April 2", "1986-04-02")]
    // A quarter of a plan is its next occurrence; an earnings clause means the one just ended.
    [InlineData("The bank, which posted a loss last year, will close 20 branches in the fourth quarter.", "2005-02-10", "the fourth quarter", "2005-Q4")]
    [InlineData("Sony plans to launch the console in the second quarter.", "2005-08-20", "the second quarter", "2006-Q2")]
    [InlineData("VARITY EXPECTS 4TH QTR, FULL-YEAR LOSS", "1987-03-10", "4TH QTR", "1986-Q4")]
    // A quarter still far ahead is not the one a year-ago comparison reckons from.
    [InlineData("First quarter net rose 10 pct. The company expects fourth quarter profit to rise. Sales rose 5 pct from a year ago.", "1987-04-20", "a year ago", "1986-Q1")]
    [InlineData("Net rose in the first quarter from the same period a year ago.", "1987-04-20", "the same period a year ago", "1986-Q1")]
    [InlineData("Exports in February 1986 rose from February a year earlier.", "1987-04-08", "February a year earlier", "1985-02")]
    [InlineData("Zale felt little cheer with December sales down 0.7% on the same month last year.", "2005-01-20", "the same month last year", "2003-12")]
    [InlineData("Output rose 2.5 pct from March.", "2005-05-20", "March", "2005-03")]
    [InlineData("Classes resume in the fall in most states.", "2005-03-15", "the fall", "2005-FA")]
    [InlineData("The plan will come into force in the new year.", "2005-09-15", "the new year", "2006")]
    [InlineData("The deficit will fall in the coming financial year.", "2005-03-15", "the coming financial year", "2006")]
    // "a year ago" in one clause does not make another clause past.
    [InlineData("It would earn seven cts in the first quarter against three cts a year ago, and eight cts in the second quarter.", "1987-03-31", "the second quarter", "1987-Q2")]
    [InlineData("It would earn seven cts in the first quarter compared to three cts, and eight cts in the second quarter.", "1987-03-31", "the second quarter", "1987-Q2")]
    public void Review_cases(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Oil fell for a third week in March.", "W")]
    [InlineData("The pound fell 1.2 pct after a warning from May over Brexit talks.", "2005-05")]
    [InlineData("He died in 1945. In the same year that men landed on the moon, he wrote.", "1945")]
    [InlineData("The dollar stood at 1.30 at 2430 GMT.", "T24")]
    public void Review_cases_that_must_not_be_read(string text, string part) =>
        Assert.DoesNotContain(TimeProbe.All(text, "2005-03-15").Skip(text.Contains("1945", StringComparison.Ordinal) ? 1 : 0), t => t.Value.Contains(part, StringComparison.Ordinal));

    [Fact]
    public void Three_units_join_into_one_duration() =>
        TimeProbe.Check("The race took 2 hours 5 minutes 30 seconds.", Dct, "2 hours 5 minutes 30 seconds", TimexType.Duration, "PT2H5M30S");
}
