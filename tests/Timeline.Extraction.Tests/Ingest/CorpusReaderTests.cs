using System.Text;
using Timeline.Core;

namespace Timeline.Extraction.Tests;

public sealed class CorpusReaderTests
{
    private const string Story = "The foreign minister met his counterpart in Ankara on Monday. They discussed aid deliveries and the release of hostages.\n";

    private static List<IngestItem> Read(params string[] inputs) => [.. new CorpusReader(new IngestOptions()).Read(inputs)];

    private static List<IngestItem> Read(IngestOptions options, params string[] inputs) => [.. new CorpusReader(options).Read(inputs)];

    private static Article Single(List<IngestItem> items) => Assert.IsType<IngestItem.Read>(Assert.Single(items)).Article;

    [Fact]
    public void Reads_utf8_with_and_without_bom_and_utf16_with_bom()
    {
        using var c = new TempCorpus();
        var plain = c.Write("a.txt", "Erdoğan spoke in Ankara today about the war and the talks.\n");
        var bom = c.WriteBytes("b.txt", [.. new byte[] { 0xEF, 0xBB, 0xBF }, .. Encoding.UTF8.GetBytes("Erdoğan spoke in Izmir today about trade.\n")]);
        var utf16 = c.WriteBytes("c.txt", [.. new byte[] { 0xFF, 0xFE }, .. Encoding.Unicode.GetBytes("Erdoğan spoke in Bursa today about jobs.\n")]);
        var items = Read(plain, bom, utf16);
        Assert.All(items, i => Assert.Contains("Erdoğan", Assert.IsType<IngestItem.Read>(i).Article.Text, StringComparison.Ordinal));
        Assert.All(items, i => Assert.Empty(((IngestItem.Read)i).Article.Warnings));
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning()
    {
        using var c = new TempCorpus();
        var path = c.WriteBytes("latin.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners in Paris protested on Tuesday against new taxes.\n"));
        var article = Single(Read(path));
        Assert.Contains("Caf\u00e9", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Warnings, w => w.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty file")]
    [InlineData("blank.txt", new byte[] { 32, 10, 32, 10 }, "only white space")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13 }, "binary")]
    public void Bad_files_are_skipped_with_a_reason_and_the_rest_goes_through(string name, byte[] bytes, string reason)
    {
        using var c = new TempCorpus();
        var bad = c.WriteBytes(name, bytes);
        var good = c.Write("good.txt", Story);
        var items = Read(bad, good);
        var skipped = Assert.IsType<IngestItem.Skipped>(items[0]);
        Assert.Equal(bad, skipped.File);
        Assert.Contains(reason, skipped.Reason, StringComparison.Ordinal);
        Assert.IsType<IngestItem.Read>(items[1]);
    }

    [Fact]
    public void Files_over_the_size_limit_are_skipped()
    {
        using var c = new TempCorpus();
        var big = c.Write("big.txt", string.Concat(Enumerable.Repeat(Story, 100)));
        var skipped = Assert.IsType<IngestItem.Skipped>(Assert.Single(Read(new IngestOptions { MaxFileSize = 1000 }, big)));
        Assert.Contains("over the size limit", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_unsupported_inputs_are_skipped()
    {
        using var c = new TempCorpus();
        var pdf = c.Write("paper.pdf", "%PDF-1.4");
        var items = Read(Path.Combine(c.Root, "nope.txt"), pdf);
        Assert.Contains("no such file", Assert.IsType<IngestItem.Skipped>(items[0]).Reason, StringComparison.Ordinal);
        Assert.Contains("unsupported file type", Assert.IsType<IngestItem.Skipped>(items[1]).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_read_recursively_in_path_order_and_other_files_are_ignored()
    {
        using var c = new TempCorpus();
        c.Write("b/two.txt", "Second story about rain in Leeds on Friday and the floods that followed it.\n");
        c.Write("a/one.md", "First story about snow in Oslo on Thursday and the roads that closed.\n");
        c.Write("README.md", "# About this folder");
        c.Write("a/notes.csv", "x,y");
        var items = Read(c.Root);
        var read = items.OfType<IngestItem.Read>().Select(r => Path.GetFileName(r.Article.File)).ToList();
        Assert.Equal(["one.md", "two.txt"], read);
        Assert.Equal(2, items.OfType<IngestItem.Ignored>().Count());
        Assert.Empty(items.OfType<IngestItem.Skipped>());
    }

    [Fact]
    public void Jsonl_keeps_good_lines_and_reports_bad_line_numbers()
    {
        using var c = new TempCorpus();
        var path = c.Write("feed.jsonl",
            "{\"id\":\"a1\",\"title\":\"Talks in Ankara\",\"text\":\"" + Story.Trim() + "\",\"source\":\"Daily Wire Service\",\"published\":\"2023-11-06\",\"author\":\"Ann Lee\"}\n" +
            "{\"id\":\"a2\", \"text\": broken\n" +
            "\n" +
            "{\"id\":\"a3\",\"title\":\"No text here\"}\n" +
            "[1,2]\n" +
            "{\"text\":\"Protesters gathered outside the embassy in Amman on Friday evening.\"}\n");
        var items = Read(path);
        var read = items.OfType<IngestItem.Read>().Select(r => r.Article).ToList();
        Assert.Equal(2, read.Count);
        Assert.Equal("Talks in Ankara", read[0].Title);
        Assert.Equal("Daily Wire Service", read[0].Source);
        Assert.Equal("Ann Lee", read[0].Author);
        Assert.Equal(new DateOnly(2023, 11, 6), read[0].Published);
        Assert.Equal(PublishedBasis.Metadata, read[0].PublishedBasis);
        var skipped = items.OfType<IngestItem.Skipped>().ToList();
        Assert.Equal(3, skipped.Count);
        Assert.Equal(path + ":2", skipped[0].File);
        Assert.Contains("malformed JSON line", skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("no \"text\"", skipped[1].Reason, StringComparison.Ordinal);
        Assert.Contains("not an article record", skipped[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reads_an_object_or_an_array_and_reports_malformed_files()
    {
        using var c = new TempCorpus();
        var one = c.Write("one.json", "{\"text\":\"" + Story.Trim() + "\"}");
        var many = c.Write("many.json", "[{\"text\":\"Rain fell on Lisbon for a week.\"},{\"text\":\"Snow closed roads in Oslo.\"}]");
        var bad = c.Write("bad.json", "{\"text\": \"unterminated");
        var items = Read(one, many, bad);
        Assert.Equal(3, items.OfType<IngestItem.Read>().Count());
        var skipped = Assert.Single(items.OfType<IngestItem.Skipped>());
        Assert.Equal(bad, skipped.File);
        Assert.StartsWith("malformed JSON", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_keeps_the_article_and_drops_chrome()
    {
        using var c = new TempCorpus();
        var path = c.Write("page.html", """
            <html><head><title>Site | Talks</title><meta property="og:site_name" content="The Daily Example">
            <meta name="author" content="Sam Writer"><meta property="article:published_time" content="2023-11-06T10:00:00Z">
            <script>var tracking = 1;</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Ministers meet in Ankara</h1>
            <p>The two ministers met in Ankara on Monday.</p><!-- ad slot -->
            <p>They talked about <b>aid</b> for Gaza.</p>
            <aside>Most read: something else</aside></article>
            <footer>Copyright The Daily Example</footer></body></html>
            """);
        var a = Single(Read(path));
        Assert.Equal("Ministers meet in Ankara", a.Title);
        Assert.Equal("The Daily Example", a.Source);
        Assert.Equal("Sam Writer", a.Author);
        Assert.Equal(new DateOnly(2023, 11, 6), a.Published);
        Assert.Equal("The two ministers met in Ankara on Monday.\nThey talked about aid for Gaza.", a.Text);
    }

    [Fact]
    public void Reuters_sgml_gives_dated_articles_and_skips_records_without_body()
    {
        using var c = new TempCorpus();
        var path = c.Write("reut.sgm", """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" NEWID="7">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TEXT>&#2;
            <TITLE>COCOA TALKS END</TITLE>
            <DATELINE>    LONDON, Feb 26 - </DATELINE><BODY>Cocoa producers ended talks in London without
            agreement on &lt;buffer stock&gt; rules, delegates said.
            &\tGhana walked out of the talks.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="8">
            <DATE>27-FEB-1987 09:00:00.00</DATE>
            <TEXT TYPE="BRIEF">&#2;<TITLE>SHORT ITEM</TITLE>&#3;</TEXT>
            </REUTERS>
            """);
        var items = Read(path);
        var a = Assert.IsType<IngestItem.Read>(items[0]).Article;
        Assert.Equal(path + "#7", a.File);
        Assert.Equal("COCOA TALKS END", a.Title);
        Assert.Equal("Reuters", a.Source);
        Assert.Equal(new DateOnly(1987, 2, 26), a.Published);
        Assert.Contains("<buffer stock>", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0003', a.Text);
        // The collection's mangled paragraph tabs ("&\t") are not text.
        Assert.Contains("\nGhana walked out", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&\\t", a.Text, StringComparison.Ordinal);
        Assert.Equal(path + "#8", Assert.IsType<IngestItem.Skipped>(items[1]).File);
    }

    [Fact]
    public void Sidecar_metadata_and_default_publication_date_apply()
    {
        using var c = new TempCorpus();
        var withMeta = c.Write("story.txt", Story);
        c.Write("story.meta.json", "{\"source\":\"Example Wire\",\"published\":\"2023-11-05\",\"title\":\"Ankara talks\"}");
        var plain = c.Write("other.txt", "A different story about floods in Dhaka and the aid that arrived by boat.\n");
        var items = Read(new IngestOptions { DefaultPublished = new DateOnly(2024, 1, 2) }, withMeta, plain);
        var a = ((IngestItem.Read)items[0]).Article;
        Assert.Equal(("Example Wire", "Ankara talks", new DateOnly(2023, 11, 5)), (a.Source, a.Title, a.Published!.Value));
        var b = ((IngestItem.Read)items[1]).Article;
        Assert.Equal((new DateOnly(2024, 1, 2), PublishedBasis.Metadata), (b.Published!.Value, b.PublishedBasis));
    }

    [Fact]
    public void Identical_normalised_text_is_read_once()
    {
        using var c = new TempCorpus();
        var first = c.Write("a.txt", Story);
        var second = c.Write("b.txt", "  " + Story.Replace(" ", "  ", StringComparison.Ordinal).ToUpperInvariant() + "\n\n");
        var items = Read(first, second);
        Assert.IsType<IngestItem.Read>(items[0]);
        var dup = Assert.IsType<IngestItem.Duplicate>(items[1]);
        Assert.Equal(first, dup.DuplicateOf);
    }

    [Fact]
    public void Article_ids_are_stable_and_content_derived()
    {
        using var c = new TempCorpus();
        var a = Single(Read(c.Write("x.txt", Story)));
        using var d = new TempCorpus();
        var b = Single(Read(d.Write("y/z.txt", Story)));
        Assert.Equal(a.Id, b.Id);
        Assert.Matches("^article/[0-9a-f]{16}$", a.Id);
    }
}
