namespace Timeline.Core.Tests;

public sealed class IdsTests
{
    [Theory]
    [InlineData("Antony Blinken", "antony-blinken")]
    [InlineData("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [InlineData("Mohammed Shia al-Sudani", "mohammed-shia-al-sudani")]
    [InlineData("O'Brien & Sons, Ltd.", "obrien-sons-ltd")]
    [InlineData("Kraków", "krakow")]
    [InlineData("  ", "x")]
    public void Slugs_are_lower_case_ascii_with_hyphens(string text, string slug) => Assert.Equal(slug, Ids.Slug(text));

    [Theory]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("Türkiye", "Turkiye")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Israel\u2019s", "Israel's")]
    [InlineData("plain", "plain")]
    public void Fold_removes_diacritics(string text, string folded) => Assert.Equal(folded, Ids.Fold(text));

    [Fact]
    public void Entity_ids_carry_their_type()
    {
        Assert.Equal("person/antony-blinken", Ids.Entity(EntityType.Person, "Antony Blinken"));
        Assert.Equal("country/turkey", Ids.Entity(EntityType.Country, "Turkey"));
        Assert.Equal("place/ankara", Ids.Entity(EntityType.Place, "Ankara"));
    }

    [Fact]
    public void Article_ids_depend_only_on_normalised_text()
    {
        var a = Ids.Article(Ids.NormaliseForIdentity("The  Minister\nmet Erdoğan. "));
        var b = Ids.Article(Ids.NormaliseForIdentity("the minister met erdogan."));
        var c = Ids.Article(Ids.NormaliseForIdentity("the minister met erdogan!"));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Matches("^article/[0-9a-f]{16}$", a);
    }
}

public sealed class TextSpanTests
{
    [Fact]
    public void Spans_overlap_and_contain()
    {
        var s = new TextSpan(5, 10);
        Assert.True(s.Overlaps(new TextSpan(9, 12)));
        Assert.False(s.Overlaps(new TextSpan(10, 12)));
        Assert.True(s.Contains(new TextSpan(5, 10)));
        Assert.False(s.Contains(new TextSpan(4, 6)));
        Assert.Equal("56789", s.Of("0123456789abc"));
        Assert.Equal(5, s.Length);
    }

    [Fact]
    public void SentenceAt_finds_the_sentence_holding_an_offset()
    {
        var article = new Article { Id = "article/0", File = "f", Text = "One. Two.", Body = "One. Two." };
        var analysed = new AnalysedArticle(article, [
            new Sentence(0, 0, new TextSpan(0, 4), []),
            new Sentence(1, 0, new TextSpan(5, 9), []),
        ]);
        Assert.Equal(1, analysed.SentenceAt(6)!.Index);
        Assert.Equal(0, analysed.SentenceAt(0)!.Index);
        Assert.Null(analysed.SentenceAt(4));
        Assert.Null(analysed.SentenceAt(20));
    }
}
