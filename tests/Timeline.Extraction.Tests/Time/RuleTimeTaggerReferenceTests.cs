using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>Rules added in phase 3 (issue 3): year inference, story-time references, coordination, fractions, clock times with zones.</summary>
public sealed class RuleTimeTaggerReferenceTests
{
    // Tense picks the year unless the other reading is less than half as far away.
    [Theory]
    [InlineData("The insurer said its fiscal year ended March 31 with a small loss.", "2001-11-02", "March 31", "2001-03-31")]
    [InlineData("The founder stepped down in March for health reasons.", "2001-11-02", "March", "2001-03")]
    [InlineData("Shareholders who tendered their stock can withdraw it until Nov. 20, the bank said.", "2001-11-02", "Nov. 20", "2001-11-20")]
    [InlineData("The sale, announced last week, is expected to close in January.", "2001-11-02", "January", "2002-01")]
    [InlineData("The suspect was last seen on Oct. 23 near the harbour.", "2002-05-06", "Oct. 23", "2001-10-23")]
    [InlineData("In the fiscal year ended Jan. 31, the chain reported sales of $59 million.", "2001-10-31", "Jan. 31", "2001-01-31")]
    [InlineData("Prices have climbed steadily since February, traders say.", "2001-10-31", "February", "2001-02")]
    public void Year_inference_follows_tense_unless_the_other_reading_is_much_closer(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("She moved to Lisbon in June 2004 and opened a bakery there.", "2010-02-01", "June 2004", "2004-06")]
    [InlineData("The strike began in May 1996 to protest the cuts.", "2010-02-01", "May 1996", "1996-05")]
    public void A_year_before_and_or_to_still_completes_the_month(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("The pilot was shot down last Oct. 23 over the border.", "2002-05-06", "last Oct. 23", "2001-10-23")]
    [InlineData("The treaty lapses next March 1 unless renewed.", "2002-05-06", "next March 1", "2003-03-01")]
    public void Last_or_next_month_and_day_is_a_day(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    // "that year" and "the following month" refer back to the last month or year the story named.
    [Theory]
    [InlineData("The singer left Havana in June 2004 and returned later that year to record an album.", "2010-02-01", "later that year", "2004")]
    [InlineData("In 1997 the plant was sold. That year the workforce halved.", "2010-02-01", "That year", "1997")]
    [InlineData("The firm hired a new chief in March. The following month, it put itself up for sale.", "2001-10-27", "The following month", "2001-04")]
    [InlineData("The dam failed in August 1985. The previous month, engineers had warned of cracks.", "2001-10-27", "The previous month", "1985-07")]
    public void That_year_and_the_following_month_refer_to_the_last_named_period(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    // "N years later/earlier" count from a past year named in the same or the previous sentence, else from publication.
    [Theory]
    [InlineData("In 1984 he starred in a film. Two years later he played a soldier.", "Two years later", "1986")]
    [InlineData("Profit in 1986 rose to 5 mln dlrs from 4 mln dlrs a year earlier.", "a year earlier", "1985")]
    [InlineData("The war ended in 1945. A year earlier, the city fell.", "A year earlier", "1944")]
    [InlineData("Founded in 1950, the firm grew. It hired staff. Sales rose 5 pct from a year earlier.", "a year earlier", "2004")]
    [InlineData("Sales in 2005 rose 5 pct from a year earlier.", "a year earlier", "2004")]
    [InlineData("The firm, founded in 1950, said profit rose 5 pct from a year earlier.", "a year earlier", "2004")]
    public void Years_later_or_earlier_count_from_the_story_year_nearby(string text, string span, string value) =>
        TimeProbe.Check(text, "2005-03-15", span, TimexType.Date, value);

    [Fact]
    public void The_previous_weekday_counts_back_from_the_story_day() =>
        TimeProbe.Check("Shares closed at 410 on Friday, down 3% from the previous Friday.", "2001-10-29", "the previous Friday", TimexType.Date, "2001-10-19");

    // Coordinated day numbers.
    [Theory]
    [InlineData("Leaders will meet in Oslo on April 24 and 25 to sign the accord.", "2001-02-10", "25", "2001-04-25")]
    [InlineData("The festival runs from July 3 to 6 in the old town.", "2001-06-01", "6", "2001-07-06")]
    [InlineData("Voting took place on May 3 or 4 depending on the region.", "2001-06-01", "4", "2001-05-04")]
    public void The_second_of_two_coordinated_days_is_a_date(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Turnout rose on May 3 and 4 percent more voters came.")]
    [InlineData("The census counted on June 5 to 7 people per household.")]
    public void Coordinated_numbers_that_count_something_are_not_dates(string text)
    {
        var found = TimeProbe.Tagger.TagText(text, new DateOnly(2001, 6, 1));
        Assert.DoesNotContain(found, t => t.Text is "4" or "7");
    }

    // Fractions, decades and compound adjectives.
    [Theory]
    [InlineData("The refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M")]
    [InlineData("The envoy spent 5 1/2 hours in the capital.", "5 1/2 hours", "PT5H30M")]
    [InlineData("The hearing lasted an hour and a half before the recess.", "an hour and a half", "PT1H30M")]
    [InlineData("The rescue took two and a half days in the storm.", "two and a half days", "P2DT12H")]
    [InlineData("Unemployment is at its lowest level in two decades.", "two decades", "P20Y")]
    [InlineData("The negotiators emerged from a third day-long meeting.", "day-long", "P1D")]
    [InlineData("The decades-long feud between the clans ended.", "decades-long", "PXDE")]
    public void Durations_in_fractions_decades_and_compounds(string text, string span, string value) =>
        TimeProbe.Check(text, "2001-06-01", span, TimexType.Duration, value);

    // Clock times keep the zone and day after the abbreviation's period.
    [Theory]
    [InlineData("The offer expires at 5 p.m. EST Nov. 9, the bidder said.", "2001-11-02", "5 p.m. EST Nov. 9", "2001-11-09T17:00")]
    [InlineData("Negotiators have until 9 a.m. EST Tuesday to reply.", "2001-11-08", "9 a.m. EST Tuesday", "2001-11-13T09:00")]
    public void Clock_times_keep_zone_and_day(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Time, value);

    // Vague references.
    [Theory]
    [InlineData("Russia has often made the same claim in the past.", "the past", "PAST_REF")]
    [InlineData("The current system has served the country for decades.", "current", "PRESENT_REF")]
    [InlineData("Holders may buy shares at half the then current market price.", "then current", "PAST_REF")]
    public void Vague_references(string text, string span, string value) => TimeProbe.Check(text, "2001-06-01", span, TimexType.Date, value);

    [Theory]
    [InlineData("The country ran a current account surplus last year.")]
    [InlineData("The swimmers were swept away by the current.")]
    public void Current_as_a_noun_or_in_current_account_is_not_tagged(string text) =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText(text, new DateOnly(2001, 6, 1)), t => t.Text.Contains("current", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void The_latest_period_of_an_earnings_report_is_the_last_quarter() =>
        TimeProbe.Check("The bank reported third-quarter profit of $5 million. Revenue in the latest period rose 8%.", "2001-10-26", "the latest period", TimexType.Date, "2001-Q3");

    [Theory]
    [InlineData("The retailer reported revenue of $76 million for the year ended March 31.", "the year", TimexType.Duration, "P1Y")]
    [InlineData("For the year, pet food volume was flat, the company said.", "the year", TimexType.Date, "2001")]
    public void The_year_ended_is_a_period_and_for_the_year_is_this_year(string text, string span, TimexType type, string value) =>
        TimeProbe.Check(text, "2001-11-02", span, type, value);

    [Fact]
    public void Would_marks_a_future_clause() =>
        TimeProbe.Check("The minister said she would travel to Paris on Thursday for talks.", "2001-11-05", "Thursday", TimexType.Date, "2001-11-08");

    [Theory]
    [InlineData("The airline will fly to Bombay on Monday and Tuesday nights from March.", "Monday", "XXXX-WXX-1TNI")]
    [InlineData("The airline will fly to Bombay on Monday and Tuesday nights from March.", "Tuesday nights", "XXXX-WXX-2TNI")]
    public void Weekdays_with_plural_parts_of_day_are_weekly_sets(string text, string span, string value) =>
        TimeProbe.Check(text, "2001-11-05", span, TimexType.Set, value);

    [Theory]
    [InlineData("The allies rejected the last-minute peace proposal.")]
    [InlineData("The minister said on ABC's \"This Week\" that talks would go on.")]
    public void Compounds_and_programme_titles_are_not_expressions(string text) =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText(text, new DateOnly(2001, 6, 1)), t => t.Text.Contains("minute", StringComparison.Ordinal) || t.Text.Contains("Week", StringComparison.Ordinal));

    [Theory]
    [InlineData("The bank expects losses in the near term but growth later.", "the near term", "FUTURE_REF")]
    [InlineData("Membership fell through the nineties and recovered later.", "the nineties", "199")]
    [InlineData("The band was famous in the early eighties in Europe.", "the early eighties", "198")]
    public void Term_and_spelled_decades(string text, string span, string value) => TimeProbe.Check(text, "2001-06-01", span, TimexType.Date, value);

    [Fact]
    public void Hyphenated_short_term_is_not_an_expression() =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText("The firm repaid its short-term debt.", new DateOnly(2001, 6, 1)), t => t.Text.Contains("term", StringComparison.Ordinal));
}
