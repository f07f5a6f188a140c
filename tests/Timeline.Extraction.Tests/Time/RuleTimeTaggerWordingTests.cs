using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>
/// Phase 8 (issue 3): wordings that unseen news used and the rules did not know. The New Year, runs of years
/// ("1987-92"), "the prior year", possessive months ("March's"), a clock time on a dated day, a kind of day after
/// "each", the present age ("today's youth"), titles ending in "the Future", and a month's level as a reference.
/// </summary>
public sealed class RuleTimeTaggerWordingTests
{
    // A Tuesday in mid-March.
    private const string Dct = "2005-03-15";

    [Theory]
    [InlineData("Strikes over Christmas and the New Year hit output.", "New Year", "2005-01-01")]
    [InlineData("Sales slowed over New Year.", "New Year", "2005-01-01")]
    [InlineData("In his New Year message he praised the aid effort.", "New Year", "2005-01-01")]
    [InlineData("The damages will be assessed in the New Year.", "New Year", "2006-01-01")]
    [InlineData("On New Year's Day he resigned.", "New Year's Day", "2005-01-01")]
    [InlineData("The party ends on New Year's Eve.", "New Year's Eve", "2004-12-31")]
    [InlineData("Over New Year, sales slumped.", "New Year", "2005-01-01")]
    [InlineData("New year's Day was quiet.", "New year's Day", "2005-01-01")]
    public void The_New_Year_is_the_first_of_January(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Chinese New Year falls in February.")]
    [InlineData("Crowds marked the Lunar New Year in Hanoi.")]
    [InlineData("Happy New Year to all our readers.")]
    [InlineData("He wished everyone a happy New Year.")]
    [InlineData("The lunar New Year holiday starts in March.")]
    public void Another_calendars_new_year_or_a_greeting_is_not_the_first_of_January(string text) =>
        Assert.DoesNotContain(TimeProbe.All(text, Dct), t => t.Text.Contains("Year", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("The figures cover the 1987-92 period.", "1987-92", "P6Y", "1987-01-01", "1992-12-31")]
    [InlineData("He hosted the show in 1956-87.", "1956-87", "P32Y", "1956-01-01", "1987-12-31")]
    [InlineData("The bank lent heavily over 1990-1995.", "1990-1995", "P6Y", "1990-01-01", "1995-12-31")]
    [InlineData("The budget for 2007-13 was agreed.", "2007-13", "P7Y", "2007-01-01", "2013-12-31")]
    public void A_run_of_years_is_one_stretch_with_both_ends(string text, string span, string value, string earliest, string latest)
    {
        var t = TimeProbe.Find(text, Dct, span);
        Assert.Equal((TimexType.Duration, value), (t.Type, t.Value));
        TimeProbe.CheckInterval(t, earliest, latest);
    }

    [Theory]
    [InlineData("The 1984-85 season was poor.", "1984-85", "1984")]
    [InlineData("Prices fell in the 2003/04 season.", "2003/04", "2003")]
    public void A_split_season_is_not_a_run(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("The data for 1998-02 were revised.")]
    [InlineData("The score was 1990-85 in the final.")]
    public void A_month_or_a_score_is_not_a_run(string text) =>
        Assert.DoesNotContain(TimeProbe.All(text, Dct), t => t.Type == TimexType.Duration);

    [Theory]
    [InlineData("Profit was 4 mln dlrs against 3 mln dlrs in the prior year.", "the prior year", "2004")]
    [InlineData("Results for the prior quarter were restated.", "the prior quarter", "2004-Q4")]
    [InlineData("Sales rose 5 pct from the prior week.", "the prior week", "2005-W10")]
    public void Prior_is_previous(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Fact]
    public void Prior_to_is_not_a_period() =>
        Assert.Empty(TimeProbe.All("The bank acted prior to the merger.", Dct));

    [Theory]
    [InlineData("Output will fall to 2.4 mln from March's 3.2 mln.", "March", "2005-03")]
    [InlineData("It will be put to shareholders at May's annual general meeting.", "May", "2005-05")]
    [InlineData("Exports were higher than May's total.", "May", "2005-05")]
    [InlineData("At May's annual meeting, shareholders approved the plan.", "May", "2005-05")]
    public void An_ambiguous_month_owning_a_figure_or_a_dated_thing_is_a_month(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Labour attacked Theresa May's budget.")]
    [InlineData("The report came from May's office.")]
    [InlineData("Critics rejected May's plan.")]
    [InlineData("The letter was sent to March's lawyers.")]
    [InlineData("Tory rebels added to May's 10 billion pound problem.")]
    [InlineData("Support from May's 317 MPs is crumbling.")]
    public void A_possessive_name_is_not_a_month(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Theory]
    [InlineData("The deadline passed at midnight on 31 December.", "midnight on 31 December", "2004-12-31T24:00")]
    [InlineData("The office reopens at 9 a.m. on 3 April.", "9 a.m. on 3 April", "2005-04-03T09:00")]
    [InlineData("Between midnight on 31 December and midnight on 1 January, 133m texts were sent.", "midnight on 1 January", "2005-01-01T24:00")]
    [InlineData("The vote closes at midnight on Friday.", "midnight on Friday", "2005-03-18T24:00")]
    public void A_clock_time_on_a_dated_day_is_one_time(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Time, value);

    [Theory]
    [InlineData("Prices swing on each expiration Friday.", "each expiration Friday", "XXXX-WXX-5", "EACH")]
    [InlineData("Crowds gather every market Monday.", "every market Monday", "XXXX-WXX-1", "EVERY")]
    public void A_kind_of_day_after_each_or_every_is_a_set(string text, string span, string value, string quant)
    {
        var t = TimeProbe.Find(text, Dct, span);
        Assert.Equal((TimexType.Set, value, quant), (t.Type, t.Value, t.Quant));
    }

    [Theory]
    [InlineData("The league fined each player Monday.", "Monday", "2005-03-14")]
    [InlineData("Police questioned every suspect Friday.", "Friday", "2005-03-11")]
    public void Each_thing_then_a_weekday_is_a_day(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("In today's world, paternity is easy to prove.")]
    [InlineData("The case means a lot to today's youth.")]
    [InlineData("They are the chips in many of today's personal computers.")]
    [InlineData("Today's young people vote less.")]
    public void Todays_as_the_present_age_is_not_the_day(string text) =>
        Assert.Empty(TimeProbe.All(text, Dct));

    [Theory]
    [InlineData("Today's meeting was cancelled.", "Today")]
    [InlineData("Today's protest by people in the capital was peaceful.", "Today")]
    [InlineData("The story ran in today's editions.", "today")]
    [InlineData("Leaders gathered for today's climate talks.", "today")]
    [InlineData("Fans await today's world championship final.", "today")]
    [InlineData("Today's children's charity concert was sold out.", "Today")]
    public void Todays_before_a_thing_of_the_day_is_the_day(string text, string span) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, "2005-03-15");

    [Theory]
    [InlineData("He watched Back to the Future.")]
    [InlineData("The expert works at the Institute for the Future.")]
    [InlineData("Sections include Cinema of the Future and Cinema of the World.")]
    public void A_title_ending_in_the_Future_is_not_future(string text) =>
        Assert.DoesNotContain(TimeProbe.All(text, Dct), t => t.Value == "FUTURE_REF");

    [Theory]
    [InlineData("In the future, cars will drive themselves.")]
    [InlineData("He looked to the future with hope.")]
    [InlineData("The club will invest in the future.")]
    public void The_future_in_running_text_stays_future(string text) =>
        Assert.Contains(TimeProbe.All(text, Dct), t => t.Value == "FUTURE_REF");

    [Theory]
    [InlineData("The aim is to return prices to January levels.", "January", "2005-01")]
    [InlineData("Output is to rise above December levels.", "December", "2004-12")]
    [InlineData("Prices will return to January levels.", "January", "2005-01")]
    [InlineData("The aim is to sign the deal in January.", "January", "2006-01")]
    public void A_months_level_is_a_reference_not_a_plan(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Smith was named to face Wales on Saturday.", "Saturday", "2005-03-19")]
    [InlineData("Jones has been picked to start against Italy on Sunday.", "Sunday", "2005-03-20")]
    [InlineData("She was selected to lead the delegation on Monday.", "Monday", "2005-03-21")]
    [InlineData("He flew to Amman to meet the king on Sunday.", "Sunday", "2005-03-13")]
    [InlineData("Smith, who was named to lead the team in February, resigned.", "February", "2005-02")]
    [InlineData("He was appointed to the board on Monday.", "Monday", "2005-03-14")]
    [InlineData("Smith was named to the squad on Sunday.", "Sunday", "2005-03-13")]
    [InlineData("The court ordered Smith to pay damages on Monday.", "Monday", "2005-03-14")]
    public void An_infinitive_after_a_selection_leans_ahead(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    // Written on Tuesday 31 March 1987, the day before the second quarter starts.
    [Theory]
    [InlineData("Growth in the second quarter could ease back to two pct.", "the second quarter", "1987-Q2")]
    [InlineData("Output rose 3 pct in the second quarter.", "the second quarter", "1986-Q2")]
    [InlineData("The economy grew 3.7 pct in the third quarter, up from 3.3 pct in the second quarter.", "the second quarter", "1986-Q2")]
    [InlineData("Sales will rise in the third quarter.", "the third quarter", "1987-Q3")]
    [InlineData("Sales rose in the third quarter.", "the third quarter", "1986-Q3")]
    [InlineData("Last year, the firm lost 243,000 dlrs in the second quarter.", "the second quarter", "1986-Q2")]
    [InlineData("In 1985, it reported a third quarter loss of two mln dlrs.", "third quarter", "1985-Q3")]
    [InlineData("For all of 1986, output rose 0.7 pct from 1985, with rises in the first quarter.", "the first quarter", "1986-Q1")]
    [InlineData("Output rose 0.7 pct from 1985, with rises in the first quarter.", "the first quarter", "1987-Q1")]
    [InlineData("In 1985, the company lost money, but it will return to profit in the third quarter.", "the third quarter", "1987-Q3")]
    [InlineData("Sales rose in 1985, and rose again in the first quarter.", "the first quarter", "1987-Q1")]
    [InlineData("Third quarter net profit was 5.2 mln dlrs vs 4.1 mln.", "Third quarter", "1986-Q3")]
    public void A_quarter_without_a_year_takes_the_one_the_clause_means(string text, string span, string value) =>
        TimeProbe.Check(text, "1987-03-31", span, TimexType.Date, value);

    [Theory]
    [InlineData("He said the firm could soon be sold.", "soon", "FUTURE_REF")]
    [InlineData("Williams could be fit for Saturday's match.", "Saturday", "2005-03-19")]
    [InlineData("There could be no deal before Friday.", "Friday", "2005-03-18")]
    [InlineData("Quotas could come into force during the summer.", "the summer", "2005-SU")]
    [InlineData("The central bank could not stop the dollar falling on Monday.", "Monday", "2005-03-14")]
    [InlineData("The spokesman could give no reason for the peak on Monday.", "Monday", "2005-03-14")]
    [InlineData("He could have won on Saturday.", "Saturday", "2005-03-12")]
    [InlineData("Witnesses could hear gunfire on Sunday.", "Sunday", "2005-03-13")]
    [InlineData("Troops could be seen on the streets on Sunday.", "Sunday", "2005-03-13")]
    public void Could_looks_ahead_unless_it_is_past_ability(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, Dct, span).Value);

    // Written on Monday 23 March 1987, late in the first quarter.
    [Theory]
    [InlineData("Banks will declare the loans non-performing at the end of the quarter.", "the end of the quarter", "1987-Q1")]
    [InlineData("The write-off will reduce net earnings for the quarter.", "the quarter", "1987-Q1")]
    [InlineData("Profit rose 12 pct in the quarter.", "the quarter", "1986-Q4")]
    [InlineData("Analysts expected the firm to earn 35 cents a share for the quarter.", "the quarter", "1986-Q4")]
    [InlineData("Analysts expect earnings of 35 cents for the quarter.", "the quarter", "1986-Q4")]
    [InlineData("The company will report results for the quarter on Tuesday.", "the quarter", "1986-Q4")]
    public void The_quarter_is_the_last_complete_one_unless_the_clause_looks_ahead(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "1987-03-23", span).Value);

    [Theory]
    [InlineData("Campaigning intensified ahead of Sunday's vote.", "Sunday", "2005-03-20")]
    [InlineData("Dealers squared positions ahead of Wednesday's meeting of finance ministers.", "Wednesday", "2005-03-16")]
    [InlineData("Issues remained unresolved in the run-up to Thursday's deadline.", "Thursday", "2005-03-17")]
    [InlineData("Parties campaigned ahead of the October election.", "October", "2005-10")]
    [InlineData("The pound closed well ahead of Friday's final 71.8.", "Friday", "2005-03-11")]
    [InlineData("Sales were 2 pct ahead of Monday's level.", "Monday", "2005-03-14")]
    [InlineData("Growth topped what economists had forecast ahead of Friday's announcement.", "Friday", "2005-03-11")]
    public void What_a_report_is_ahead_of_lies_ahead(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, Dct, span).Value);

    [Theory]
    [InlineData("Sales of Christmas trees fell.")]
    [InlineData("The virus poses as an electronic Christmas card.")]
    [InlineData("He scored in first-half injury time.")]
    [InlineData("Prices may rise in future contracts.")]
    public void Things_named_after_a_time_are_not_expressions(string text) =>
        Assert.DoesNotContain(TimeProbe.All(text, Dct), t => t.Type == TimexType.Date);

    [Theory]
    [InlineData("Customers will in future be charged.", "future", TimexType.Date, "FUTURE_REF")]
    [InlineData("Rules will change in future, he said.", "future", TimexType.Date, "FUTURE_REF")]
    [InlineData("The loan pays 8 pct per annum.", "per annum", TimexType.Set, "P1Y")]
    [InlineData("It became the Christmas number one.", "Christmas", TimexType.Date, "2004-12-25")]
    public void British_and_wire_wordings(string text, string span, TimexType type, string value) =>
        TimeProbe.Check(text, Dct, span, type, value);

    // Written on Saturday 15 March 1986.
    [Theory]
    [InlineData("Output in January-June 1985 rose 5 pct.", "January-June 1985", "1985-H1")]
    [InlineData("Sales in the July-December half fell.", "the July-December half", "1985-H2")]
    [InlineData("Exports will rise in the July-December period.", "the July-December period", "1986-H2")]
    [InlineData("Sales in January-March 1985 rose.", "January-March 1985", "1985-Q1")]
    public void A_month_range_of_a_half_or_a_quarter_is_one_period(string text, string span, string value) =>
        TimeProbe.Check(text, "1986-03-15", span, TimexType.Date, value);

    [Fact]
    public void A_month_range_ending_on_a_day_is_not_a_period() =>
        Assert.Contains(TimeProbe.All("The talks ran January-June 5.", "1986-03-15"), t => t.Text == "June 5");
}
