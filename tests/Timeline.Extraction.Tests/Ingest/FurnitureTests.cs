using Timeline.Core;
using Timeline.TestSupport;

namespace Timeline.Extraction.Tests;

public sealed class FurnitureTests
{
    // A page in the shape web copy arrives in: prompts, a label, headline, standfirst, dateline, a caption
    // printed twice (bare and with its credit), a section heading, and sign-up lines at the end.
    private const string Page = """
        Get breaking alerts with notifications from The Morning Ledger

        You can turn notifications off in your settings.

        Opinion

        Floods leave thousands stranded as rivers rise – what comes next?

        The river burst its banks overnight and the army was called in, writes Jane Okafor. Rescue teams are stretched

        Tuesday 14 March 2023 08:05 GMT
        Comments
        Soldiers carry sandbags in Dhaka
        Soldiers carry sandbags in Dhaka (AFP via Getty Images)

        Rescue boats reached the flooded villages south of Dhaka on Monday, officials said, after two days of heavy rain.

        The Search For Shelter After The Water Came
        Aid agencies asked for more boats and clean water as the waters kept rising in the east of the country.

        Keep Reading

        Join our commenting forum

        Sign up to our free newsletter for the latest headlines
        """;

    private static Article Read(string text, bool headline = true)
    {
        using var c = new TempCorpus();
        var path = c.Write("page.txt", text);
        return Assert.IsType<IngestItem.Read>(Assert.Single(new CorpusReader(new IngestOptions()).Read([path]))).Article;
    }

    [Fact]
    public void Web_furniture_is_removed_from_the_body_but_offsets_stay_in_the_original()
    {
        var a = Read(Page);
        Assert.Equal(a.Text.Length, a.Body.Length);
        foreach (var gone in new[] { "notifications", "Opinion", "Comments", "AFP", "Soldiers carry", "Keep Reading", "commenting", "newsletter", "08:05", "Search For Shelter", "Floods leave" })
            Assert.DoesNotContain(gone, a.Body, StringComparison.Ordinal);
        foreach (var kept in new[] { "Rescue boats reached", "Aid agencies asked", "writes Jane Okafor" })
            Assert.Contains(kept, a.Body, StringComparison.Ordinal);
        foreach (var span in a.SkippedLines)
        {
            Assert.True(string.IsNullOrWhiteSpace(span.Of(a.Body)));
            Assert.False(string.IsNullOrWhiteSpace(span.Of(a.Text)));
        }

        Assert.Equal(11, a.SkippedLines.Length);
    }

    [Fact]
    public void Metadata_comes_from_the_page_text()
    {
        var a = Read(Page);
        Assert.Equal("Floods leave thousands stranded as rivers rise – what comes next?", a.Title);
        Assert.Equal("The Morning Ledger", a.Source);
        Assert.Equal("Jane Okafor", a.Author);
        Assert.Equal(new DateOnly(2023, 3, 14), a.Published);
        Assert.Equal(PublishedBasis.Dateline, a.PublishedBasis);
        Assert.Equal("08:05 GMT", a.PublishedTime);
    }

    [Theory]
    [InlineData("Harbour Media Group", "Harbour Media Group")]
    [InlineData("For more Example News stories sign up at our site", "Example News")]
    [InlineData("\u00A9 2023 Valley Gazette", "Valley Gazette")]
    public void Outlet_lines_name_the_outlet(string line, string outlet)
    {
        var a = Read($"Storm closes port for a second day\n{line}\nThe port of Hull stayed shut on Wednesday as gales battered the east coast, the harbour master said.\n");
        Assert.Equal(outlet, a.Source);
        Assert.DoesNotContain(line[..5], a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void By_lines_give_the_author()
    {
        var a = Read("Storm closes port\nBy Tom Hale and Ria Sen\nThe port of Hull stayed shut on Wednesday as gales battered the east coast, the harbour master said.\n");
        Assert.Equal("Tom Hale", a.Author);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_not_a_headline()
    {
        var a = Read("The port of Hull stayed shut on Wednesday as gales battered the coast.\nShips waited offshore.\n");
        Assert.Null(a.Title);
        Assert.Empty(a.SkippedLines);
        Assert.Equal(a.Text, a.Body);
    }

    [Fact]
    public void Wire_copy_keeps_its_wrapped_lines()
    {
        var text = "    The central bank raised its key rate by half a point on\nTuesday, the second rise this year, officials in the capital\nsaid.\n    Markets had expected the move.\n Reuter\n";
        var a = Read(text);
        Assert.Contains("officials in the capital", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reuter", a.Body, StringComparison.Ordinal);
    }
}

public sealed class SeedCorpusAcceptanceTests
{
    private static List<IngestItem> ReadSeeds() =>
        [.. new CorpusReader(new IngestOptions()).Read([SharedData.Require("corpus/seeds")])];

    [Fact]
    public void All_five_seed_articles_are_read()
    {
        var items = ReadSeeds();
        Assert.Equal(5, items.OfType<IngestItem.Read>().Count());
        Assert.Empty(items.OfType<IngestItem.Skipped>());
    }

    [Fact]
    public void Furniture_is_removed_and_nothing_of_it_is_left_in_the_text()
    {
        var articles = ReadSeeds().OfType<IngestItem.Read>().Select(r => r.Article).ToList();
        var furniture = new[] { "notifications", "Comments", "commenting forum", "Keep Reading", "create an account", "Thank you for registering", "refresh", "(Reuters)", "Getty Images", "Media Group", "thought-provoking" };
        foreach (var a in articles)
        {
            foreach (var f in furniture) Assert.DoesNotContain(f, a.Body, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?m)^\s*Analysis\s*$", a.Body);
        }

        Assert.True(articles.Sum(a => a.SkippedLines.Length) >= 15);
    }

    [Fact]
    public void The_independent_dateline_and_outlets_are_found()
    {
        var articles = ReadSeeds().OfType<IngestItem.Read>().Select(r => r.Article).ToList();
        var independent = Assert.Single(articles, a => a.PublishedBasis == PublishedBasis.Dateline);
        Assert.Equal(new DateOnly(2023, 11, 6), independent.Published);
        Assert.Equal("The Independent", independent.Source);
        Assert.Equal("Chris Stevenson", independent.Author);
        Assert.Contains(articles, a => a.Source == "CNN");
        Assert.Contains(articles, a => a.Source == "ICARO Media Group");
    }
}
