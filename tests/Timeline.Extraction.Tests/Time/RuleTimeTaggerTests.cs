using Timeline.Core;

namespace Timeline.Extraction.Tests;

public sealed class RuleTimeTaggerTests
{
    // Seed expectations (publication Monday 2023-11-06), in our own sentences.
    [Theory]
    [InlineData("Rescue crews worked through Sunday night to clear the road.", "Sunday night", TimexType.Time, "2023-11-05TNI")]
    [InlineData("The two ministers spoke by phone on Saturday morning.", "Saturday morning", TimexType.Time, "2023-11-04TMO")]
    [InlineData("The border crossing has been shut since 7 October, officials said.", "7 October", TimexType.Date, "2023-10-07")]
    [InlineData("The envoy first raised the plan a month ago.", "a month ago", TimexType.Date, "2023-10")]
    [InlineData("More aid convoys could move in the days ahead.", "the days ahead", TimexType.Date, "FUTURE_REF")]
    public void Seed_expressions_normalise_against_the_publication_date(string text, string span, TimexType type, string value) =>
        TimeProbe.Check(text, "2023-11-06", span, type, value);

    // Explicit dates in all orders, abbreviations, ISO and unambiguous numeric forms.
    [Theory]
    [InlineData("The vote was held on 06 November 2023 in the capital.", "2023-11-10", "06 November 2023", "2023-11-06")]
    [InlineData("The company reported results on Nov. 6.", "2023-11-10", "Nov. 6", "2023-11-06")]
    [InlineData("The ceasefire began on October 7 and ended soon after.", "2023-11-10", "October 7", "2023-10-07")]
    [InlineData("Shares were listed on March 3, 1998, in New York.", "2001-05-01", "March 3, 1998", "1998-03-03")]
    [InlineData("The filing is dated 2023-11-06 in the register.", "2024-02-01", "2023-11-06", "2023-11-06")]
    [InlineData("The form was signed on 11/26/2023 by the clerk.", "2024-02-01", "11/26/2023", "2023-11-26")]
    [InlineData("The form was signed on 26/11/2023 by the clerk.", "2024-02-01", "26/11/2023", "2023-11-26")]
    [InlineData("The treaty took effect in July 1997 after long talks.", "1998-01-01", "July 1997", "1997-07")]
    [InlineData("Elections were held on the 7th of December last time.", "2024-01-02", "7th of December", "2023-12-07")]
    [InlineData("The plant closed on Dec. 20 after a fire.", "2024-01-03", "Dec. 20", "2023-12-20")]
    [InlineData("The contract will expire on Jan. 15, the company said.", "2023-12-20", "Jan. 15", "2024-01-15")]
    [InlineData("Talks resumed in January with new proposals.", "2023-11-06", "January", "2023-01")]
    [InlineData("Prices fell sharply in September and then recovered.", "2024-01-10", "September", "2023-09")]
    public void Explicit_dates(string text, string dct, string span, string value) => TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Fact]
    public void Ambiguous_numeric_dates_are_not_guessed() =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText("The form was signed on 04/05/2023 by the clerk.", new DateOnly(2024, 2, 1)), t => t.Text.Contains('/', StringComparison.Ordinal));

    // Weekdays: past sentences look back (on or before), future sentences look ahead; across month and year ends.
    [Theory]
    [InlineData("The minister arrived on Friday for talks.", "2023-11-06", "Friday", "2023-11-03")]
    [InlineData("The minister will arrive on Friday for talks.", "2023-11-06", "Friday", "2023-11-10")]
    [InlineData("The committee met on Thursday to review the bill.", "2024-01-02", "Thursday", "2023-12-28")]
    [InlineData("The committee will meet on Monday to review the bill.", "2023-12-29", "Monday", "2024-01-01")]
    [InlineData("Protesters gathered last Tuesday outside parliament.", "2023-03-01", "last Tuesday", "2023-02-28")]
    [InlineData("The company said on Monday, Oct. 26, that profits fell.", "1998-10-28", "Monday, Oct. 26", "1998-10-26")]
    public void Weekdays_follow_tense(string text, string dct, string span, string value) => TimeProbe.Check(text, dct, span, TimexType.Date, value);

    [Theory]
    [InlineData("Shelling continued late on Wednesday evening, residents said.", "2024-01-01", "Wednesday evening", "2023-12-27TEV")]
    [InlineData("The storm hit the coast yesterday afternoon.", "2024-03-01", "yesterday afternoon", "2024-02-29TAF")]
    [InlineData("Fighting resumed last night near the border.", "2024-01-01", "last night", "2023-12-31TNI")]
    [InlineData("The markets were calm this morning.", "2024-01-01", "this morning", "2024-01-01TMO")]
    [InlineData("The first flight landed at 17:21 EST at the airport.", "2023-11-06", "17:21 EST", "2023-11-06T17:21")]
    [InlineData("The bomb exploded at 10:35 a.m. in the market.", "2023-11-06", "10:35 a.m.", "2023-11-06T10:35")]
    [InlineData("Trading was halted at 1930 GMT on the exchange.", "2023-11-06", "1930 GMT", "2023-11-06T19:30")]
    [InlineData("Polls will close at 9 p.m. Tuesday across the state.", "2023-11-06", "9 p.m. Tuesday", "2023-11-07T21:00")]
    public void Parts_of_day_and_clock_times_are_times(string text, string dct, string span, string value) => TimeProbe.Check(text, dct, span, TimexType.Time, value);

    // Relative expressions.
    [Theory]
    [InlineData("Two ships were seized last week in the strait.", "2024-01-03", "last week", TimexType.Date, "2023-W52")]
    [InlineData("Inflation slowed last month, the data showed.", "2024-01-15", "last month", TimexType.Date, "2023-12")]
    [InlineData("Sales rose last year despite the strike.", "2024-01-15", "last year", TimexType.Date, "2023")]
    [InlineData("The law will take effect next year.", "2023-12-31", "next year", TimexType.Date, "2024")]
    [InlineData("Power was restored yesterday in most districts.", "2024-01-01", "yesterday", TimexType.Date, "2023-12-31")]
    [InlineData("The report is due tomorrow according to aides.", "2023-12-31", "tomorrow", TimexType.Date, "2024-01-01")]
    [InlineData("Two days later the convoy reached the city.", "2023-11-06", "Two days later", TimexType.Date, "2023-11-08")]
    [InlineData("The bank cut rates two weeks ago.", "2024-01-03", "two weeks ago", TimexType.Date, "2023-W51")]
    [InlineData("The exports have fallen over the past month.", "2023-11-06", "the past month", TimexType.Duration, "P1M")]
    [InlineData("Fighting has intensified in recent days across the north.", "2023-11-06", "recent days", TimexType.Date, "PAST_REF")]
    [InlineData("The rebels say they now control the town.", "2023-11-06", "now", TimexType.Date, "PRESENT_REF")]
    [InlineData("The minister recently visited the region.", "2023-11-06", "recently", TimexType.Date, "PAST_REF")]
    [InlineData("Leaders hope to agree a deal in the near future.", "2023-11-06", "the near future", TimexType.Date, "FUTURE_REF")]
    [InlineData("Talks continued over the following days without result.", "2023-11-06", "the following days", TimexType.Duration, "PXD")]
    [InlineData("Rain fell over the weekend in the hills.", "2023-11-06", "the weekend", TimexType.Date, "2023-W44-WE")]
    [InlineData("Fans queued at the weekend for tickets.", "2024-01-01", "the weekend", TimexType.Date, "2023-W52-WE")]
    [InlineData("Officials said on Monday that exports rose.", "2023-11-06", "Monday", TimexType.Date, "2023-11-06")]
    [InlineData("Prices will be reviewed later this month.", "2023-12-04", "later this month", TimexType.Date, "2023-12")]
    [InlineData("The plan was drafted earlier this year by advisers.", "2023-11-06", "earlier this year", TimexType.Date, "2023")]
    [InlineData("Crowds gathered late last week in the square.", "2024-01-03", "late last week", TimexType.Date, "2023-W52")]
    // In November the third quarter is over, so hiring expected in it is next year's.
    [InlineData("The company expects to hire more staff in the third quarter.", "2023-11-06", "the third quarter", TimexType.Date, "2024-Q3")]
    [InlineData("Third-quarter profit fell by a tenth.", "2023-11-06", "Third-quarter", TimexType.Date, "2023-Q3")]
    [InlineData("The drought of the summer hurt farmers.", "2023-11-06", "the summer", TimexType.Date, "2023-SU")]
    [InlineData("Prices doubled during the 1990s in the city.", "2023-11-06", "the 1990s", TimexType.Date, "199")]
    [InlineData("The bridge was built in 1987 by engineers.", "2023-11-06", "1987", TimexType.Date, "1987")]
    [InlineData("Fiscal 1990 results will be reported later.", "1989-11-01", "Fiscal 1990", TimexType.Date, "1990")]
    [InlineData("The war reached the one-month mark on Tuesday.", "2023-11-08", "the one-month mark", TimexType.Date, "2023-11-08")]
    [InlineData("Sales for the full year rose by a fifth.", "2023-11-06", "the full year", TimexType.Date, "2023")]
    [InlineData("Life is hard for farmers these days in the valley.", "2023-11-06", "these days", TimexType.Date, "PRESENT_REF")]
    [InlineData("Profit fell in the last half of 2022 as costs rose.", "2023-11-06", "the last half of 2022", TimexType.Date, "2022-H2")]
    [InlineData("Sales fell a year ago, the group said.", "2023-11-06", "a year ago", TimexType.Date, "2022")]
    [InlineData("Third-quarter profit rose, up from a loss a year ago.", "2023-11-06", "a year ago", TimexType.Date, "2022-Q3")]
    public void Relative_and_calendar_expressions(string text, string dct, string span, TimexType type, string value) => TimeProbe.Check(text, dct, span, type, value);

    [Fact]
    public void Modifiers_are_kept_with_the_expression()
    {
        var late = TimeProbe.Find("Crowds gathered late last week in the square.", "2024-01-03", "late last week");
        Assert.Equal("END", late.Mod);
        Assert.Equal(new DateOnly(2023, 12, 31), late.Latest);
        Assert.True(late.Earliest >= new DateOnly(2023, 12, 28));
        Assert.Equal("START", TimeProbe.Find("The plan was drafted earlier this year by advisers.", "2023-11-06", "earlier this year").Mod);
        Assert.Equal("MID", TimeProbe.Find("The deal is expected by mid-2024 at the latest.", "2023-11-06", "mid-2024").Mod);
    }

    // Durations and sets.
    [Theory]
    [InlineData("Four days of talks ended without a deal.", "Four days", TimexType.Duration, "P4D")]
    [InlineData("The siege lasted for two days in total.", "two days", TimexType.Duration, "P2D")]
    [InlineData("The conflict has simmered for decades in the valley.", "decades", TimexType.Duration, "PXDE")]
    [InlineData("He served a five-year term as mayor.", "five-year", TimexType.Duration, "P5Y")]
    [InlineData("The meeting ran for 90 minutes behind closed doors.", "90 minutes", TimexType.Duration, "PT90M")]
    [InlineData("Talks could take several weeks to conclude.", "several weeks", TimexType.Duration, "PXW")]
    [InlineData("The council meets every Sunday at the hall.", "every Sunday", TimexType.Set, "XXXX-WXX-7")]
    [InlineData("The bulletin is published weekly by the agency.", "weekly", TimexType.Set, "P1W")]
    [InlineData("Inspectors visit the site twice a month.", "twice a month", TimexType.Set, "P1M")]
    public void Durations_and_sets(string text, string span, TimexType type, string value) => TimeProbe.Check(text, "2023-11-06", span, type, value);

    [Fact]
    public void Sets_carry_quant_and_freq()
    {
        Assert.Equal("EVERY", TimeProbe.Find("The council meets every Sunday at the hall.", "2023-11-06", "every Sunday").Quant);
        Assert.Equal("2X", TimeProbe.Find("Inspectors visit the site twice a month.", "2023-11-06", "twice a month").Freq);
    }

    [Theory]
    [InlineData("He is a 45-year-old teacher from the north.")]
    [InlineData("The firm sold 1,500 cars and hired 2000 workers.")]
    [InlineData("The rebels may march on the capital.")]
    [InlineData("The former minister was then arrested.")]
    [InlineData("They watched High Noon on television.")]
    [InlineData("The Communist Party daily Granma printed the letter.")]
    [InlineData("The band played on the talk show 60 Minutes.")]
    public void Non_temporal_text_yields_nothing(string text) => Assert.Empty(TimeProbe.Tagger.TagText(text, new DateOnly(2023, 11, 6)));

    [Fact]
    public void Spans_exclude_leading_prepositions_and_fill_sentences()
    {
        var found = TimeProbe.Tagger.TagText("Nothing happened then. The attack began on Sunday night.", new DateOnly(2023, 11, 6));
        var t = Assert.Single(found);
        Assert.Equal("Sunday night", t.Text);
        Assert.Equal(1, t.Sentence);
        Assert.Equal(Granularity.PartOfDay, t.Granularity);
        Assert.Equal(new DateOnly(2023, 11, 5), t.Earliest);
    }

    [Fact]
    public void Without_a_publication_date_relative_expressions_stay_relative()
    {
        var found = TimeProbe.Tagger.TagText("The talks collapsed yesterday, a month ago they began, and on 12 May 2021 they were planned.", null);
        var y = found.Single(t => t.Text == "yesterday");
        Assert.False(y.Anchored);
        Assert.Equal("XXXX-XX-XX", y.Value);
        Assert.Null(y.Earliest);
        Assert.False(found.Single(t => t.Text == "a month ago").Anchored);
        var abs = found.Single(t => t.Text == "12 May 2021");
        Assert.True(abs.Anchored);
        Assert.Equal("2021-05-12", abs.Value);
    }

    [Fact]
    public void Month_without_year_and_no_anchor_is_underspecified() =>
        Assert.Equal("XXXX-10-07", TimeProbe.Tagger.TagText("The attack on 7 October shocked the region.", null).Single().Value);

    [Fact]
    public void Tag_uses_the_article_publication_date()
    {
        const string text = "The envoy arrived on Sunday night. Talks resume next week.";
        var article = new Article { Id = "article/x", File = "x.txt", Text = text, Body = text, Published = new DateOnly(2023, 11, 6) };
        var found = TimeProbe.Tagger.Tag(SentenceSplitter.Analyse(article));
        Assert.Equal(["2023-11-05TNI", "2023-W46"], found.Select(f => f.Value).ToArray());
        Assert.Equal([0, 1], found.Select(f => f.Sentence).ToArray());
    }

    [Fact]
    public void Output_is_deterministic()
    {
        const string text = "On Friday, two days after the vote on 3 March, officials met again for three hours.";
        var a = TimeProbe.Tagger.TagText(text, new DateOnly(2023, 3, 10));
        var b = TimeProbe.Tagger.TagText(text, new DateOnly(2023, 3, 10));
        Assert.Equal(a.AsEnumerable(), b.AsEnumerable());
    }

    [Fact]
    public void Absurd_quantities_and_anchors_do_not_throw()
    {
        var found = TimeProbe.Tagger.TagText("It began 5,000,000 weeks ago, or 99999999 years ago, or 4000000000 days later.", new DateOnly(2023, 11, 6));
        Assert.All(found, t => Assert.False(string.IsNullOrEmpty(t.Value)));
        Assert.NotEmpty(TimeProbe.Tagger.TagText("It ended on 31 December and resumes next year.", new DateOnly(9999, 12, 31)));
    }

    [Fact]
    public void Spans_are_ordered_disjoint_and_match_the_text_over_the_bbc_corpus()
    {
        var data = TempEvalRegressionTests.SharedData();
        var bbc = data is null ? null : Path.Combine(data, "news", "bbc");
        if (bbc is null || !Directory.Exists(bbc)) Assert.Skip("../shared/data/news/bbc not present");
        var total = 0;
        foreach (var file in Directory.GetFiles(bbc!, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Take(400))
        {
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(file));
            var found = TimeProbe.Tagger.TagText(text, new DateOnly(2005, 3, 1));
            var end = 0;
            foreach (var t in found)
            {
                Assert.True(t.Span.Start >= end && t.Span.End > t.Span.Start, file);
                Assert.Equal(text[t.Span.Start..t.Span.End], t.Text);
                Assert.True(t.Sentence >= 0, file);
                if (t.Earliest is { } e && t.Latest is { } l) Assert.True(e <= l, t.Text);
                end = t.Span.End;
            }

            total += found.Length;
        }

        Assert.True(total > 1000, $"only {total} expressions in 400 BBC articles");
    }

    [Theory]
    [InlineData("The envoys will meet again later this week.", "2023-11-08", "later this week", "2023-W45", "END", "2023-11-09", "2023-11-12")]
    [InlineData("Prices rose sharply earlier this month.", "2023-11-20", "earlier this month", "2023-11", "START", "2023-11-01", "2023-11-19")]
    [InlineData("The vote is expected later this year.", "2024-12-30", "later this year", "2024", "END", "2024-12-31", "2024-12-31")]
    public void Later_and_earlier_this_period_are_bounded_by_the_anchor_day(string text, string dct, string span, string value, string mod, string earliest, string latest)
    {
        var t = TimeProbe.Find(text, dct, span);
        Assert.Equal((value, mod), (t.Value, t.Mod));
        TimeProbe.CheckInterval(t, earliest, latest);
    }
}
