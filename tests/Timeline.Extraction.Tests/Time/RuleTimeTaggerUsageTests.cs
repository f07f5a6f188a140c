using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Phase 7 (issue 3), second part: what the words around an expression say. "over" as "more than" or "across", rates
/// with "per" and "N times", "at the moment", 24-hour clock times, wire forms ("end-February"), deadlines and present
/// plans that put a date ahead, and names, titles and awards that hold a time word.
/// </summary>
public sealed class RuleTimeTaggerUsageTests
{
    // A Tuesday in mid-March.
    private const string Dct = "2005-03-15";

    [Theory]
    [InlineData("He served for over five years.", "over five years", "P5Y")]
    [InlineData("The tour will last over a week.", "over a week", "P1W")]
    [InlineData("The match was delayed over an hour by rain.", "over an hour", "PT1H")]
    [InlineData("She finished over a minute behind the winner.", "over a minute", "PT1M")]
    [InlineData("I play games over 20 hours a week.", "over 20 hours", "PT20H")]
    [InlineData("I've been waiting over six years for this.", "over six years", "P6Y")]
    public void Over_after_a_word_of_length_is_more_than(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Duration, value, "MORE_THAN");

    [Theory]
    [InlineData("It was paid out over five years.", "five years", "P5Y")]
    [InlineData("The debt will be repaid over 17 years.", "17 years", "P17Y")]
    [InlineData("Doom 3 was developed over four years.", "four years", "P4Y")]
    [InlineData("Over five years, output doubled.", "five years", "P5Y")]
    [InlineData("Over two years it fell behind its rivals.", "two years", "P2Y")]
    public void Over_elsewhere_is_across_and_stays_outside(string text, string span, string value)
    {
        var t = TimeProbe.Find(text, Dct, span);
        Assert.Equal((TimexType.Duration, value, (string?)null), (t.Type, t.Value, t.Mod));
    }

    [Theory]
    [InlineData("It pays six mln per month.", "per month", "P1M", null)]
    [InlineData("India produces about 793,000 barrels of oil per day.", "per day", "P1D", null)]
    [InlineData("The option vests at the rate of 20 pct per year.", "per year", "P1Y", null)]
    [InlineData("Output will grow four times a year.", "four times a year", "P1Y", "4X")]
    [InlineData("He trains 10 times a week.", "10 times a week", "P1W", "10X")]
    [InlineData("It happens twice a year.", "twice a year", "P1Y", "2X")]
    [InlineData("He trains four times per week.", "four times per week", "P1W", "4X")]
    public void Rates_are_sets_with_their_frequency(string text, string span, string value, string? freq)
    {
        var t = TimeProbe.Find(text, Dct, span);
        Assert.Equal((TimexType.Set, value, freq), (t.Type, t.Value, t.Freq));
    }

    [Theory]
    [InlineData("The team is per se the best.")]
    [InlineData("Turnout per day of voting was low.")]
    public void Per_without_an_amount_is_not_a_rate(string text) =>
        Assert.DoesNotContain(TimeProbe.All(text, Dct), t => t.Type == TimexType.Set);

    [Theory]
    [InlineData("He said at the moment there were no plans.", "the moment")]
    [InlineData("For the moment, it is rare.", "the moment")]
    [InlineData("There are no shipments at the moment.", "the moment")]
    [InlineData("Rates will stay where they are for the time being.", "the time being")]
    public void At_the_moment_is_now(string text, string span) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, "PRESENT_REF");

    [Theory]
    [InlineData("At this moment we have no plans.", "this moment")]
    [InlineData("At present there are five members.", "present")]
    [InlineData("Supplies are ample at present, he said.", "present")]
    public void At_present_is_now(string text, string span) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, "PRESENT_REF");

    [Theory]
    [InlineData("He was present at the meeting.")]
    [InlineData("At present levels, it is cheap.")]
    [InlineData("At this moment in history we stand.")]
    public void Present_as_an_adjective_is_not_now(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Fact]
    public void Is_to_present_is_still_a_plan() =>
        TimeProbe.Check("The minister is to present the plan on Monday.", Dct, "Monday", TimexType.Date, "2005-03-21");

    [Theory]
    [InlineData("It was received at 8.37 A.M. on Thursday.", "8.37 A.M. on Thursday", "2005-03-10T08:37")]
    [InlineData("It closed at 10.30pm.", "10.30pm", "2005-03-15T22:30")]
    public void A_clock_time_with_a_dot_before_am_or_pm_is_a_time(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Time, value);

    [Fact]
    public void A_decimal_before_amid_is_not_a_time() =>
        Assert.Empty(TimeProbe.All("Shares rose 8.37 amid hopes.", Dct));

    [Theory]
    [InlineData("At the moment the bomb exploded he ran.")]
    [InlineData("At the moment of impact he ran.")]
    [InlineData("He paused for a moment.")]
    [InlineData("He was killed at the moment when the bomb exploded.")]
    [InlineData("At the moment he was shot, the crowd fell silent.")]
    [InlineData("Investors are waiting for the moment it becomes cheap.")]
    public void A_moment_of_an_event_is_not_now(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Theory]
    [InlineData("The report was received at 0620 hrs.", "0620 hrs", "2005-03-15T06:20")]
    [InlineData("It started at about 1400 Gulf time.", "1400 Gulf time", "2005-03-15T14:00")]
    [InlineData("The deadline shall be 1330 hrs.", "1330 hrs", "2005-03-15T13:30")]
    public void A_four_digit_clock_time_is_a_time(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Time, value);

    [Theory]
    [InlineData("The meeting was set at 1900 hours.", "1900 hours", "2005-03-15T19:00")]
    [InlineData("Trading ended after 1530 hrs.", "1530 hrs", "2005-03-15T15:30")]
    public void A_four_digit_clock_time_after_a_word_that_introduces_it_is_a_time(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Time, value);

    [Theory]
    [InlineData("The plant ran for 1400 hours.", "1400 hours", "PT1400H")]
    [InlineData("The pilot had logged 2200 hours of flight time.", "2200 hours", "PT2200H")]
    public void An_amount_of_hours_is_a_duration(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Duration, value);

    [Theory]
    [InlineData("He won the 2004 Olympic time trial.", "2004")]
    [InlineData("Output rose in 1987 and 1986 quarters.", "1986")]
    public void A_year_before_a_time_word_stays_a_year(string text, string year) =>
        TimeProbe.Check(text, Dct, year, TimexType.Date, year);

    [Theory]
    [InlineData("The original 1998 Half-Life was a hit.", "1998")]
    [InlineData("It aims to meet the 2000 Millennium goals.", "2000")]
    [InlineData("In 1999 months of talks collapsed.", "1999")]
    public void A_year_before_a_capitalised_unit_word_stays_a_year(string text, string year) =>
        TimeProbe.Check(text, Dct, year, TimexType.Date, year);

    [Theory]
    [InlineData("Reserves rose in end-February.", "end-February", "2005-02")]
    [InlineData("Debt stood at 5 bln dlrs at end-1986.", "end-1986", "1986")]
    public void A_wire_end_of_a_period_is_that_period_with_end(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value, "END");

    [Fact]
    public void March_with_a_year_after_a_comma_is_a_month() =>
        TimeProbe.Check("The pact runs through March, 1989.", Dct, "March, 1989", TimexType.Date, "1989-03");

    [Theory]
    [InlineData("The vote was postponed until 3 February.", "3 February", "2005-02-03")]
    [InlineData("The event is taking place on 16 January.", "16 January", "2006-01-16")]
    [InlineData("They are meeting on Wednesday to discuss it.", "Wednesday", "2005-01-26")]
    public void A_deadline_or_a_present_plan_lies_ahead(string text, string span, string value) =>
        TimeProbe.Check(text, "2005-01-20", span, TimexType.Date, value);

    [Theory]
    [InlineData("The hearing, adjourned until 3 March, ended last week with a conviction.", "3 March", "2005-03-03")]
    [InlineData("The ban was extended until March 1, when it expired.", "March 1", "2005-03-01")]
    [InlineData("Police are investigating a shooting on Sunday in which two men died.", "Sunday", "2005-03-13")]
    [InlineData("The newspaper is reporting on 14 March that the deal collapsed.", "14 March", "2005-03-14")]
    public void A_near_past_date_is_not_pushed_ahead_by_a_deadline_or_progressive(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Shares are falling in January, traders said.", "January", "2005-01")]
    [InlineData("He stayed until 3 February.", "3 February", "2005-02-03")]
    public void Without_a_plan_or_deadline_the_date_stays_back(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Prices are higher than this time last year.", "this time last year", "2004-03-15")]
    [InlineData("This time next year we will know.", "This time next year", "2006-03-15")]
    public void This_time_last_year_is_the_day_a_year_off(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Profit rose in 2003 from the year before.", "the year before", "2002")]
    [InlineData("Pretax profit rose to 120 mln from 81 mln the year earlier.", "the year earlier", "2004")]
    [InlineData("December's total was 237,000 tonnes, down from 518,000 tonnes the year before.", "the year before", "2003-12")]
    public void The_year_before_is_a_year_back_from_the_period_discussed(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Fact]
    public void The_year_before_a_noun_is_not_a_comparison() =>
        Assert.Contains(TimeProbe.All("The year before the war was calm.", Dct), t => t.Text == "The year");

    [Theory]
    [InlineData("China Daily reported the deal.", "Daily")]
    [InlineData("It was reviewed by Screen Daily on Friday.", "Daily")]
    [InlineData("Jamie Noon scored twice.", "Noon")]
    [InlineData("Cinema of the Future opens soon.", "the Future")]
    [InlineData("He was named player of the year.", "the year")]
    [InlineData("'Blog' was picked as word of the year.", "the year")]
    [InlineData("The album was our pick of the week.", "the week")]
    public void A_time_word_in_a_name_title_or_award_is_not_an_expression(string text, string word) =>
        Assert.DoesNotContain(TimeProbe.All(text, Dct), t => t.Text == word);

    [Theory]
    [InlineData("They met at Noon on Friday.", "Noon on Friday")]
    [InlineData("The paper is sold daily.", "daily")]
    [InlineData("He was named player of the year in 2004.", "2004")]
    [InlineData("He scored his first goal of the year on Saturday.", "the year")]
    [InlineData("It was the best record of the year.", "the year")]
    public void The_same_words_outside_a_name_are_expressions(string text, string span) =>
        Assert.Contains(TimeProbe.All(text, Dct), t => t.Text == span);
}
