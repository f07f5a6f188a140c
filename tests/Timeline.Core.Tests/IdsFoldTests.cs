namespace Timeline.Core.Tests;

public sealed class IdsFoldTests
{
    [Theory]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("Khān Yūnis", "Khan Yunis")]
    [InlineData("Rafaḩ", "Rafah")]
    [InlineData("Şanlıurfa", "Sanliurfa")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("São Paulo", "Sao Paulo")]
    [InlineData("Ṣanʿāʾ", "Sana")]
    [InlineData("Zürich", "Zurich")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void Folds_diacritics_even_with_invariant_globalization(string text, string expected)
    {
        Assert.Equal(expected, Ids.Fold(text));
    }

    [Fact]
    public void Slug_of_a_name_with_diacritics_matches_its_ascii_spelling()
    {
        Assert.Equal(Ids.Slug("Recep Tayyip Erdogan"), Ids.Slug("Recep Tayyip Erdoğan"));
        Assert.Equal("person/recep-tayyip-erdogan", Ids.Entity(EntityType.Person, "Recep Tayyip Erdoğan"));
    }
}
