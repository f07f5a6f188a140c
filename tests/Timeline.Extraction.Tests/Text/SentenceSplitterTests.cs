
namespace Timeline.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Span.Of(text))];

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var s = Split("Mr. Smith met Dr. Jones in the U.S. capital on Nov. 6. George W. Bush was not there. It rained.");
        Assert.Equal(["Mr. Smith met Dr. Jones in the U.S. capital on Nov. 6.", "George W. Bush was not there.", "It rained."], s);
    }

    [Fact]
    public void St_after_an_article_or_preposition_opens_a_saints_name_and_after_a_name_may_end_a_street()
    {
        Assert.Equal(["The St. Louis company earned more in St. Petersburg."], Split("The St. Louis company earned more in St. Petersburg."));
        Assert.Equal(["Shots were fired on Vermont St.", "Police came."], Split("Shots were fired on Vermont St. Police came."));
        Assert.Equal(["In St. Louis and St. Paul the firm grew."], Split("In St. Louis and St. Paul the firm grew."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence()
    {
        var s = Split("He said: \u201CWe will talk.\u201D Then he left! Did she stay? \u201CNo,\u201D she said.");
        Assert.Equal(["He said: \u201CWe will talk.\u201D", "Then he left!", "Did she stay?", "\u201CNo,\u201D she said."], s);
    }

    [Fact]
    public void Dashes_do_not_split_and_lower_case_continuations_do_not_split()
    {
        var s = Split("Hamas \u2013 the group that runs Gaza \u2013 denied it. The talks, e.g. on aid, went on.");
        Assert.Equal(2, s.Length);
    }

    [Fact]
    public void Lines_are_paragraphs_in_web_text()
    {
        var text = "A headline without a full stop\nThe first paragraph is long enough to look like web text that keeps each paragraph on one line of the file.\nThe second one.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(3, sentences.Length);
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Hard_wrapped_wire_copy_joins_lines_into_paragraphs()
    {
        var text = "    The central bank raised its key rate by half a point on\nTuesday, the second rise this year, officials in the capital\nsaid.\n    Markets had expected the move, dealers said.\n";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(2, sentences.Length);
        Assert.StartsWith("The central bank", sentences[0].Span.Of(text), StringComparison.Ordinal);
        Assert.EndsWith("said.", sentences[0].Span.Of(text), StringComparison.Ordinal);
        Assert.Equal(1, sentences[1].Paragraph);
    }

    [Fact]
    public void Sentence_offsets_point_into_the_text()
    {
        var text = "  One.  Two?\n\nThree!";
        foreach (var s in SentenceSplitter.Split(text))
        {
            Assert.Equal(s.Tokens[0].Start, s.Span.Start);
            Assert.Equal(s.Tokens[^1].End, s.Span.End);
        }
    }
}
