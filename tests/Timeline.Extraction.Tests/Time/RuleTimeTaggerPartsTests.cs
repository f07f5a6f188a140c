using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Phase 7 (issue 3): parts of a named year or decade, year-on-year comparisons of a named month, days written in
/// words, an unspecified future day, and rates and coordinated seasons.
/// </summary>
public sealed class RuleTimeTaggerPartsTests
{
    // A Sunday in mid-March.
    private const string Dct = "1987-03-15";

    [Theory]
    [InlineData("Sales rose in the last quarter of 2004.", "the last quarter of 2004", "2004-Q4")]
    [InlineData("Output fell in the final quarter of last year.", "the final quarter of last year", "1986-Q4")]
    [InlineData("The third quarter of this year looks strong.", "The third quarter of this year", "1987-Q3")]
    [InlineData("Prices fell in the first month of the year.", "the first month of the year", "1987-01")]
    [InlineData("Stocks peaked in the last month of 1985.", "the last month of 1985", "1985-12")]
    [InlineData("Output will rise through the first two quarters of 1990.", "the first two quarters of 1990", "1990-H1")]
    [InlineData("Orders slowed in the last two quarters of 1986.", "the last two quarters of 1986", "1986-H2")]
    [InlineData("The law takes effect on the first day of 1988.", "the first day of 1988", "1988-01-01")]
    [InlineData("Trading closed on the last day of 1986.", "the last day of 1986", "1986-12-31")]
    [InlineData("Profit fell in the second half of next year.", "the second half of next year", "1988-H2")]
    [InlineData("Growth slowed in the fourth quarter of fiscal 1986.", "the fourth quarter of fiscal 1986", "1986-Q4")]
    public void A_part_of_a_named_year_is_one_date(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("The trend of the last half of the '80s continued.", "the last half of the '80s", "198", "END")]
    [InlineData("In the first half of the 1990s it grew.", "the first half of the 1990s", "199", "START")]
    [InlineData("The first half of the decade was calm.", "The first half of the decade", "198", "START")]
    [InlineData("The ministry aims to finish by the end of the decade.", "the end of the decade", "198", "END")]
    public void A_part_of_a_decade_is_the_decade_with_a_mod(string text, string span, string value, string mod) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value, mod);

    [Theory]
    [InlineData("Sales slumped in the first half of the 1986/87 season.", "1986/87")]
    [InlineData("Exports rose in the final quarter of 1986/87.", "1986/87")]
    public void A_split_year_stays_whole(string text, string span) =>
        Assert.Equal("1986", TimeProbe.Find(text, Dct, span).Value);

    [Fact]
    public void A_quarter_of_something_that_is_not_a_year_is_left_to_the_quarter_rules()
    {
        var found = TimeProbe.All("The team led in the second quarter of the game.", Dct);
        Assert.DoesNotContain(found, t => t.Text.Contains("of the game", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The January index compared with a year earlier rose 3 pct.", "a year earlier", "1986-01")]
    [InlineData("Costs increased in January compared with a year earlier.", "a year earlier", "1986-01")]
    [InlineData("Exports in February were above year-ago levels.", "year-ago", "1986-02")]
    [InlineData("Exports rose in February. They were up 5 pct from a year earlier.", "a year earlier", "1986-02")]
    [InlineData("Jobless totalled 1.82 mln in January, up from 1.61 mln in December and 1.65 mln a year earlier.", "a year earlier", "1986-01")]
    [InlineData("Palm oil sales rose in January. Imports were 44 mln lbs compared with 51 mln in December and 85 mln a year earlier.", "a year earlier", "1986-01")]
    public void A_year_on_year_comparison_is_of_the_month_named(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Exports rose in January. Fourth quarter exports fell from a year earlier.", "a year earlier", "1985-Q4")]
    [InlineData("Sales rose in January. Its annual turnover fell from a year earlier.", "a year earlier", "1986")]
    [InlineData("Prices rose 0.4 pct on the month and 12 pct on a year earlier.", "a year earlier", "1986")]
    [InlineData("The firm rose in January. Three sentences later. Profit fell from a year earlier.", "a year earlier", "1986")]
    [InlineData("In January the company said fourth-quarter profit rose 8 pct from a year earlier.", "a year earlier", "1985-Q4")]
    [InlineData("The firm, which in January reported a loss, said profit for 1986 rose from a year earlier.", "a year earlier", "1985")]
    public void Without_a_month_of_its_own_a_comparison_keeps_the_year(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, Dct, span).Value);

    [Fact]
    public void Earlier_than_expected_is_an_amount_of_time()
    {
        var t = TimeProbe.Find("The deal will end in 2006, five years earlier than expected.", Dct, "five years");
        Assert.Equal((TimexType.Duration, "P5Y"), (t.Type, t.Value));
    }

    [Theory]
    [InlineData("The meeting will be held on April one.", "April one", "1987-04-01")]
    [InlineData("Talks resumed on March five and ended.", "March five", "1987-03-05")]
    [InlineData("The offer runs from March one, 1988, to the end of the month.", "March one, 1988", "1988-03-01")]
    [InlineData("The date was extended to April six from April three.", "April six", "1987-04-06")]
    [InlineData("The date was extended to April six from April three.", "April three", "1987-04-03")]
    [InlineData("Prices rose until September twenty-one.", "September twenty-one", "1986-09-21")]
    [InlineData("He arrived on May Six, subject to approval.", "May Six", "1986-05-06")]
    public void A_day_written_in_words_after_a_month_is_that_day(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("By March two companies had quit.", "March")]
    [InlineData("By May one in five companies had cut jobs.", "May")]
    [InlineData("By June two and a half million people had fled.", "June")]
    [InlineData("He said on May one analyst quit.", null)]
    public void A_number_that_counts_something_is_not_a_day(string text, string? span)
    {
        var found = TimeProbe.All(text, Dct);
        Assert.Equal(span is null ? [] : [span], found.Select(t => t.Text));
    }

    [Theory]
    [InlineData("Islam will one day be the second largest religion.", "one day")]
    [InlineData("One day it will be extended to other sources.", "One day")]
    [InlineData("\"One day you will tell your children,\" he said.", "One day")]
    [InlineData("He hopes someday to return.", "someday")]
    [InlineData("Investors might some day find themselves victims.", "some day")]
    public void An_unspecified_future_day_is_future_ref(string text, string span) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, "FUTURE_REF");

    [Theory]
    [InlineData("The strike lasted one day.", "one day")]
    [InlineData("One day of talks ended without a deal.", "One day")]
    [InlineData("One day, he walked into the bank.", "One day")]
    [InlineData("One day will be set aside for talks on the budget.", "One day")]
    [InlineData("One day's delay will cost the airline millions.", "One day")]
    public void One_day_that_is_not_ahead_stays_a_duration(string text, string span) =>
        TimeProbe.Check(text, Dct, span, TimexType.Duration, "P1D");

    [Fact]
    public void Some_day_care_is_not_a_date()
    {
        Assert.Empty(TimeProbe.All("Some day care centres are closing.", Dct));
        Assert.Empty(TimeProbe.All("Some day trips will be cancelled.", Dct));
        Assert.DoesNotContain(TimeProbe.All("The band will release Someday, its new single, in April.", Dct), t => t.Text == "Someday");
    }

    [Theory]
    [InlineData("It was the 5th quarter of growth.")]
    [InlineData("Profit rose for the 13th quarter running.")]
    public void A_count_of_quarters_is_not_a_quarter(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Fact]
    public void The_year_inside_a_part_of_a_year_is_the_story_year() =>
        TimeProbe.Check("In 1985, output rose in the first quarter of the year.", Dct, "the first quarter of the year", TimexType.Date, "1985-Q1");

    [Theory]
    [InlineData("The company pays 1.5 billion dlrs annually.", "annually", "P1Y")]
    [InlineData("They release singles at the rate of one a week.", "a week", "P1W")]
    [InlineData("It launches six to eight satellites a year.", "a year", "P1Y")]
    [InlineData("Iron output is planned to grow at eight pct a year.", "a year", "P1Y")]
    [InlineData("We play online for an hour or two a day.", "a day", "P1D")]
    public void Rates_are_sets(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Set, value);

    [Theory]
    [InlineData("There used to be one special moment during a year in rugby.", "a year")]
    [InlineData("It was one of the best results of a year of change.", "a year")]
    public void A_determiner_one_does_not_make_a_rate(string text, string span) =>
        Assert.NotEqual(TimexType.Set, TimeProbe.Find(text, Dct, span).Type);

    [Theory]
    [InlineData("It will happen in late summer or fall.", "fall", "1987-FA")]
    [InlineData("Work stopped in summer or fall.", "fall", "1986-FA")]
    [InlineData("Work stops in winter and spring.", "spring", "1987-SP")]
    public void A_season_coordinated_with_a_season_is_a_season(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Fact]
    public void A_verb_after_or_is_not_a_season()
    {
        Assert.Empty(TimeProbe.All("Prices fall or rise with demand.", Dct));
        Assert.DoesNotContain(TimeProbe.All("Prices rise in summer and fall sharply after the holidays.", Dct), t => t.Text == "fall");
    }
}
