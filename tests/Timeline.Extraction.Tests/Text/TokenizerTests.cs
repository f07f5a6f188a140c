
namespace Timeline.Extraction.Tests;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Israel's assault", "Israel|'s|assault")]
    [InlineData("Israel\u2019s assault", "Israel|\u2019s|assault")]
    [InlineData("the U.S. said", "the|U.S.|said")]
    [InlineData("Mr. Blinken left.", "Mr.|Blinken|left|.")]
    [InlineData("Al-Ansari told CNN", "Al-Ansari|told|CNN")]
    [InlineData("1,400 people at 17:21 EST", "1,400|people|at|17:21|EST")]
    [InlineData("don't go", "do|n't|go")]
    [InlineData("George W. Bush spoke", "George|W.|Bush|spoke")]
    [InlineData("\u201CWe know,\u201D he said.", "\u201C|We|know|,|\u201D|he|said|.")]
    [InlineData("wait... then", "wait|...|then")]
    [InlineData("Erdoğan met", "Erdoğan|met")]
    [InlineData("No. 10 Downing Street", "No.|10|Downing|Street")]
    [InlineData("the answer was no.", "the|answer|was|no|.")]
    public void Splits_like_the_treebank(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
        foreach (var t in tokens) Assert.Equal(t.Text, text[t.Start..t.End]);
    }
}
