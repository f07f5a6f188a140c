namespace Timeline.Extraction.Tests;

/// <summary>Rules added in phase 4 (issue 3): deadlines and untensed weekdays, hedged spans, holidays, "the week of".</summary>
public sealed class RuleTimeTaggerDeadlineTests
{
    // 2001-11-08 is a Thursday.
    [Theory]
    [InlineData("Officials postponed until Tuesday any decision on the permit.", "Tuesday", "2001-11-13")]
    [InlineData("The agency has given the owners until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2001-11-13T09:00")]
    [InlineData("The team could be ready to leave as soon as Monday, the minister said.", "Monday", "2001-11-12")]
    [InlineData("Until Tuesday, the police had not named a suspect.", "Tuesday", "2001-11-06")]
    [InlineData("The two leaders meet separately Saturday with the envoy.", "Saturday", "2001-11-10")]
    [InlineData("Saturday's closing level, 412, is the benchmark.", "Saturday", "2001-11-03")]
    [InlineData("The vote is postponed until Tuesday, officials said.", "Tuesday", "2001-11-13")]
    [InlineData("The offer runs until Tuesday, when it expires.", "Tuesday", "2001-11-13")]
    [InlineData("He stayed in Rome until Monday.", "Monday", "2001-11-05")]
    [InlineData("The shelter was open until Wednesday.", "Wednesday", "2001-11-07")]
    [InlineData("The ministers met on Tuesday in Rome.", "Tuesday", "2001-11-06")]
    public void Deadlines_lie_ahead_and_untensed_weekdays_take_the_nearer_day(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "2001-11-08", span).Value);

    [Theory]
    [InlineData("The plant will be closed over the next year or so, a spokesman said.", "the next year or so", "2002", "APPROX")]
    [InlineData("The firm will not be profitable until 1994 or later.", "1994 or later", "1994", "ON_OR_AFTER")]
    [InlineData("It is confident about cash flow for 1990 and beyond.", "1990 and beyond", "1990", "ON_OR_AFTER")]
    [InlineData("The pilot probably died within weeks or months of the crash.", "weeks or months", "PXW", "APPROX")]
    public void Hedges_and_open_ends_belong_to_the_expression(string text, string span, string value, string mod)
    {
        var t = TimeProbe.Find(text, "2001-11-08", span);
        Assert.Equal((value, mod), (t.Value, t.Mod));
    }

    [Theory]
    [InlineData("Buyers prefer 1994 or later models.", "1994")]
    [InlineData("Troops stayed in 1990 and beyond the border.", "1990")]
    [InlineData("The plant closed in 2002 or before the merger.", "2002")]
    [InlineData("The trial may last a month or two hundred days.", "a month")]
    public void A_following_noun_phrase_is_not_an_open_end(string text, string span) =>
        Assert.Contains(TimeProbe.Tagger.TagText(text, new DateOnly(2001, 11, 8)), t => t.Text == span);

    [Theory]
    [InlineData("Pilgrims gathered as Easter week began.", "2000-04-17", "Easter week", "2000-W16")]
    [InlineData("Crowds filled the square on Easter Sunday.", "2000-05-02", "Easter Sunday", "2000-04-23")]
    [InlineData("The family will gather at Thanksgiving.", "2001-11-08", "Thanksgiving", "2001-11-22")]
    [InlineData("The hearing may be held the week of March 6, a lawyer said.", "2000-02-24", "the week of March 6", "2000-W10")]
    [InlineData("The day before last Tuesday's hearing, the uncle flew to Miami.", "2000-02-24", "The day before last Tuesday", "2000-02-21")]
    [InlineData("Stores reopened the day after Christmas.", "2001-01-05", "the day after Christmas", "2000-12-26")]
    [InlineData("Voters go to the polls on Election Day.", "1998-10-26", "Election Day", "1998-11-03")]
    [InlineData("Traffic was heavy over Labor Day.", "2001-09-08", "Labor Day", "2001-09-03")]
    [InlineData("Parades were held on Memorial Day.", "2001-06-10", "Memorial Day", "2001-05-28")]
    [InlineData("Children will go door to door on Halloween.", "2001-10-20", "Halloween", "2001-10-31")]
    [InlineData("Sales rose on Boxing Day.", "2002-01-05", "Boxing Day", "2001-12-26")]
    [InlineData("Florists expect a rush before Valentine’s Day.", "2001-02-08", "Valentine’s Day", "2001-02-14")]
    [InlineData("Churches were full on Good Friday.", "2000-04-24", "Good Friday", "2000-04-21")]
    public void Holidays_and_the_week_of_a_day(string text, string dct, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, dct, span).Value);

    [Theory]
    [InlineData("It was a good Friday for the markets.", "good Friday")]
    [InlineData("Turnout on election day was low.", "election day")]
    [InlineData("The labor day rate went up.", "labor day")]
    public void Lower_case_words_are_not_holidays(string text, string words) =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText(text, new DateOnly(2001, 11, 8)), t => t.Text.Contains(words, StringComparison.Ordinal));
}
