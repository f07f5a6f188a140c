using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Phase 10 (issue 3): fixtures written in the present simple ("England face Wales on Saturday"), durations of two
/// units ("two hours 45 minutes"), "over the next decade", lower-case "the new year", and words that only look
/// temporal: the radio programme "Today", a play called "Suddenly Last Summer", "every now and then".
/// </summary>
public sealed class RuleTimeTaggerFixtureTests
{
    // A Tuesday in mid-March.
    private const string Dct = "2005-03-15";

    [Theory]
    [InlineData("His contract expires in the summer.", "the summer", "2005-SU")]
    [InlineData("England face Wales on Saturday.", "Saturday", "2005-03-19")]
    [InlineData("Sale host Bath in the cup on Sunday.", "Sunday", "2005-03-20")]
    [InlineData("The tie, which begins in Tel Aviv on Friday, is sold out.", "Friday", "2005-03-18")]
    public void A_fixture_in_the_present_simple_lies_ahead(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    // A fixture verb after the day is often a historic present; an infinitive or a noun takes its tense elsewhere.
    [InlineData("After Saturday's draw in Paris, Ireland face France.", "Saturday", "2005-03-12")]
    [InlineData("They failed to meet on Saturday.", "Saturday", "2005-03-12")]
    [InlineData("She resigned as host on Saturday.", "Saturday", "2005-03-12")]
    public void A_fixture_verb_that_is_not_a_finite_verb_before_the_day_keeps_the_past(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Fact]
    public void A_count_of_visits_is_not_a_fixture() =>
        TimeProbe.Check("Inspectors make around 3,000 visits a year.", Dct, "a year", TimexType.Set, "P1Y");

    [Theory]
    [InlineData("He was jailed for five years and eight months.", "five years and eight months", "P5Y8M")]
    [InlineData("The final lasted two hours 45 minutes.", "two hours 45 minutes", "PT2H45M")]
    [InlineData("She won in 14 minutes 32.93 seconds.", "14 minutes 32.93 seconds", "PT14M32.93S")]
    [InlineData("He beat the record by one minute 53 secs.", "one minute 53 secs", "PT1M53S")]
    [InlineData("Aged 18 years and 185 days, he became champion.", "18 years and 185 days", "P18Y185D")]
    public void A_smaller_unit_after_a_duration_extends_it(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Duration, value);

    [Theory]
    // A second count of a larger or equal unit is another duration.
    [InlineData("Prices rose for two years and fell for three months.", "two years", "P2Y")]
    [InlineData("The trials lasted two days and three days respectively.", "two days", "P2D")]
    public void A_larger_unit_after_a_duration_does_not_join_it(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Duration, value);

    [Theory]
    [InlineData("Aid will rise over the next decade.", "the next decade", TimexType.Duration, "P10Y")]
    [InlineData("It promised $10bn a year for the coming decade.", "the coming decade", TimexType.Duration, "P10Y")]
    // "early in the next decade" is the decade on the calendar.
    [InlineData("Demand will recover early in the next decade.", "the next decade", TimexType.Date, "201")]
    public void The_next_decade_after_over_or_for_is_ten_years(string text, string span, TimexType type, string value) =>
        TimeProbe.Check(text, Dct, span, type, value);

    [Theory]
    [InlineData("The rules will be introduced in the new year.", "2004-11-20", "2005")]
    [InlineData("MPs met at their first meeting of the new year.", "2005-01-12", "2005")]
    public void The_new_year_in_lower_case_is_the_year_to_come_or_just_begun(string text, string dct, string value) =>
        TimeProbe.Check(text, dct, "the new year", TimexType.Date, value);

    [Theory]
    [InlineData("The new year celebrations were cancelled.", "2004-12-20")]
    [InlineData("The new year's honours list is out.", "2004-12-20")]
    public void A_thing_of_the_new_year_is_not_a_date(string text, string dct) =>
        Assert.DoesNotContain(TimeProbe.All(text, dct), t => t.Text.Contains("new year", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Labour will win, Mr Balls told Today.")]
    [InlineData("He told Radio 4's Today the plan was wrong.")]
    [InlineData("She won best actress for Suddenly Last Summer at the awards.")]
    [InlineData("I would dip into it every now and then.")]
    [InlineData("The King's reissue Are You Lonesome Tonight is at number 20.")]
    [InlineData("The band had a global hit with All Right Now in the charts.")]
    [InlineData("The paper People's Daily said prices rose.")]
    public void Names_and_idioms_that_look_temporal_are_not_tagged(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Theory]
    [InlineData("Today, talks resumed.", "Today", "2005-03-15")]
    [InlineData("Peace Talks Resume Today In Geneva", "Today", "2005-03-15")]
    public void Today_at_the_start_or_after_a_capitalised_word_is_still_the_day(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    // In mid-March, "last spring" is 2004's: the spring just begun is not over.
    [InlineData("The car was launched last spring.", "2005-03-15", "last spring", "2004-SP")]
    [InlineData("Last winter was cold.", "2005-03-15", "Last winter", "2004-WI")]
    [InlineData("Last summer was hot.", "2005-10-15", "Last summer", "2005-SU")]
    [InlineData("Last winter was cold.", "2005-02-10", "Last winter", "2003-WI")]
    public void Last_season_is_the_latest_one_that_is_over(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("At the minute, we are top of the league.", "the minute", "PRESENT_REF")]
    [InlineData("Campaigners expect an anticipated May general election.", "May", "2005-05")]
    [InlineData("Mobo nominations came in 2000. But in the same year she quit.", "the same year", "2000")]
    public void British_wordings_and_anticipated_events(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    // Nouns, idioms and guesses at the past are no fixtures; an event after "over" or "following" is over.
    [InlineData("Ministers face questions over Sunday's blast.", "Sunday", "2005-03-13")]
    [InlineData("A radio host on Monday apologised.", "Monday", "2005-03-14")]
    [InlineData("The athletics meet on Saturday was cancelled.", "Saturday", "2005-03-12")]
    [InlineData("A soldier opens fire on protesters on Sunday, witnesses said.", "Sunday", "2005-03-13")]
    [InlineData("Al-Qaeda is believed to be behind Sunday's bombing.", "Sunday", "2005-03-13")]
    [InlineData("I have to say the result on Saturday was a disgrace.", "Saturday", "2005-03-12")]
    [InlineData("Police said the man may be linked to Sunday's attack.", "Sunday", "2005-03-13")]
    [InlineData("Investors anticipated a cut on Friday, but none came.", "Friday", "2005-03-11")]
    // A possessive day takes a future from its own clause, however long the subject.
    [InlineData("Thursday's meeting of finance ministers from the eurozone countries will discuss the budget.", "Thursday", "2005-03-17")]
    public void What_only_looks_like_a_fixture_keeps_the_past(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    // A fixture verb right before a month fixes it ahead, however near the past one is.
    [InlineData("His contract expires in January.", "January", "2006-01")]
    [InlineData("England face Wales in January.", "January", "2006-01")]
    [InlineData("Health chiefs meet early in January.", "early in January", "2006-01")]
    public void A_fixture_month_lies_ahead_whatever_the_distance(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Fact]
    public void Next_weekend_said_on_a_Saturday_is_the_following_one() =>
        TimeProbe.Check("England play Ireland next weekend.", "2005-03-19", "next weekend", TimexType.Date, "2005-W12-WE");

    [Fact]
    public void A_title_case_headline_keeps_its_times() =>
        TimeProbe.Check("Crime Rose Last Summer, Police Say", Dct, "Last Summer", TimexType.Date, "2004-SU");
}
