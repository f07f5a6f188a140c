namespace Timeline.Extraction.Tests;

/// <summary>Phase 5 (issue 3): which way an undated month or day lies, months written as bare words, titles that are not days.</summary>
public sealed class RuleTimeTaggerDirectionTests
{
    // A month far behind and a month just ahead: the verb that governs the date decides, not the distance.
    [Theory]
    [InlineData("In January, the board brought in a new chief executive.", "January", "2001-01")]
    [InlineData("The old mayor was killed in December.", "December", "2000-12")]
    [InlineData("Police arrested him on Dec. 2 at the border.", "Dec. 2", "2000-12-02")]
    [InlineData("The union said its strike in January could spread.", "January", "2002-01")]
    [InlineData("The vote, to be held in January, was announced on Monday.", "January", "2002-01")]
    [InlineData("A final decision is reached in December.", "December", "2001-12")]
    [InlineData("The ruling is issued in January.", "January", "2002-01")]
    [InlineData("In March, stocks will rally, brokers say.", "March", "2002-03")]
    public void The_verb_that_governs_the_date_decides_its_direction(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "2001-11-08", span).Value);

    // 2005-03-15 is a Tuesday.
    [Theory]
    [InlineData("The council should raise its price in January.", "January", "2006-01")]
    [InlineData("The company will hire 40 new staff in February.", "February", "2006-02")]
    [InlineData("Prices will fall, as they did in February.", "February", "2005-02")]
    [InlineData("The band is to play a small club in Leeds on Saturday.", "Saturday", "2005-03-19")]
    [InlineData("He should have warned them on Friday.", "Friday", "2005-03-11")]
    [InlineData("The results will be announced on Thursday.", "Thursday", "2005-03-17")]
    public void A_modal_of_the_same_clause_puts_the_date_ahead(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "2005-03-15", span).Value);

    [Theory]
    // Delivery and quoted months lie ahead (phase 6, RuleTimeTaggerTradeTests).
    [InlineData("Cocoa for delivery in Sept was steady.", "Sept", "1987-09")]
    [InlineData("Traders quoted Aug/Sept at 1,810 stg.", "Aug", "1987-08")]
    [InlineData("Cocoa traded at 753 dlrs for Aug and was steady.", "Aug", "1987-08")]
    [InlineData("Its March output rose 5 pct.", "March", "1987-03")]
    [InlineData("The May deficit was below forecasts.", "May", "1986-05")]
    public void Bare_month_words_after_a_preposition_or_determiner(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "1987-03-10", span).Value);

    [Theory]
    [InlineData("The May government fell within a year.", "May")]
    [InlineData("The March on Washington drew crowds.", "March")]
    [InlineData("Viewers voted for Dec in a poll.", "Dec")]
    [InlineData("He spoke to Dec in Leeds.", "Dec")]
    [InlineData("The March against the war drew crowds.", "March")]
    public void Names_and_nouns_are_not_months(string text, string word) =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText(text, new DateOnly(1987, 3, 10)), t => t.Text.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("He told BBC Radio 4's Today programme that he would stay.", "Today")]
    [InlineData("The Mail on Sunday reported that he had resigned.", "Sunday")]
    [InlineData("The Sunday Times said the minister had resigned.", "Sunday")]
    [InlineData("He told USA Today that the talks had failed.", "Today")]
    [InlineData("The Good Friday Agreement was signed in 1998.", "Friday")]
    public void Titles_are_not_days(string text, string word) =>
        Assert.DoesNotContain(TimeProbe.Tagger.TagText(text, new DateOnly(2005, 3, 15)), t => t.Text.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Today, talks resumed in Geneva.", "Today", "2005-03-15")]
    [InlineData("TALKS RESUME TODAY IN GENEVA", "TODAY", "2005-03-15")]
    [InlineData("He will leave at 4 a.m. EDT Thursday.", "4 a.m. EDT Thursday", "2005-03-17T04:00")]
    [InlineData("The Sunday Times said he resigned on Sunday.", "Sunday", "2005-03-13")]
    [InlineData("He told CNN Sunday that the war was over.", "Sunday", "2005-03-13")]
    public void Day_words_outside_titles_are_days(string text, string span, string value) =>
        Assert.Equal(value, TimeProbe.Find(text, "2005-03-15", span).Value);
}
