using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>Phase 5 (issue 3): rates, ranges, day ranges, and periods written with their year before or after.</summary>
public sealed class RuleTimeTaggerCompoundTests
{
    private const string Dct = "1987-03-10";

    [Theory]
    [InlineData("The country imports millions of tonnes of grain a year.", "a year", "P1Y")]
    [InlineData("He earned more than 1m dlrs a year.", "a year", "P1Y")]
    [InlineData("The plant makes 400 cars a day.", "a day", "P1D")]
    public void An_amount_before_a_unit_makes_a_rate(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Set, value);

    [Theory]
    [InlineData("Output rose 5 pct in a year.", "a year", "P1Y")]
    [InlineData("He has lived there a year.", "a year", "P1Y")]
    [InlineData("It would take three to five years to finish.", "three to five years", "P3Y")]
    [InlineData("Shipments resume within two to three weeks.", "two to three weeks", "P2W")]
    [InlineData("It extended the term from 5 to 10 years.", "10 years", "P10Y")]
    [InlineData("The deal needs 35 working days to close.", "35 working days", "P35D")]
    [InlineData("It will take 12-18 months.", "12-18 months", "P12M")]
    [InlineData("Police arrested 12 people a week after the riot.", "a week", "P1W")]
    public void Durations_and_ranges(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Duration, value);

    [Theory]
    [InlineData("Output in the second-half 1987 will rise.", "the second-half 1987", "1987-H2")]
    [InlineData("The firm's 1987 third quarter results were weak.", "1987 third quarter", "1987-Q3")]
    [InlineData("Fourth quarter 1986 profit rose.", "Fourth quarter 1986", "1986-Q4")]
    [InlineData("In the first quarter 2000 employees were hired.", "the first quarter", "1987-Q1")]
    [InlineData("I met him the other day.", "the other day", "PAST_REF")]
    [InlineData("Rates will stay low for the medium term.", "the medium term", "FUTURE_REF")]
    public void Periods_with_their_year_and_vague_references(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("The festival runs from 10-20 February.", "10", "1987-02-10")]
    [InlineData("The festival runs from 10-20 February.", "20 February", "1987-02-20")]
    [InlineData("It will be held on 16 or 17 March.", "16", "1987-03-16")]
    [InlineData("Talks resumed in May.", "May", "1986-05")]
    [InlineData("Talks resumed in Sept.", "Sept.", "1986-09")]
    public void Day_ranges_and_sentence_final_months(string text, string span, string value) =>
        TimeProbe.Check(text, Dct, span, TimexType.Date, value);

    // Annual results come out in January and February: "the year" of a plain past clause is the one just ended.
    [Theory]
    [InlineData("Its profit rise for the year included a one-off gain.", "2005-02-10", "the year", "2004")]
    [InlineData("For the full year, the company posted a loss.", "2005-01-20", "the full year", "2004")]
    [InlineData("The year has started well.", "2005-02-10", "The year", "2005")]
    [InlineData("Its profit rise for the year included a one-off gain.", "2005-06-10", "the year", "2005")]
    [InlineData("Later in the year, he said, the firm would expand.", "2005-02-10", "Later in the year", "2005")]
    [InlineData("He said the year would be difficult.", "2005-02-10", "the year", "2005")]
    public void The_year_of_annual_results(string text, string dct, string span, string value) =>
        TimeProbe.Check(text, dct, span, TimexType.Date, value);
}
