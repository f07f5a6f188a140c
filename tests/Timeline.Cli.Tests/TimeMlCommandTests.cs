using System.Text;

namespace Timeline.Cli.Tests;

public sealed class TimeMlCommandTests : IDisposable
{
    private const string Input = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2024-01-02" temporalFunction="false" functionInDocument="CREATION_TIME">20240102</TIMEX3></DCT>
        <TEXT>
        Shops reopened on Sunday night after the holiday, and prices rose 3% last month.
        </TEXT>
        </TimeML>
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "timeml-cli-" + Guid.NewGuid().ToString("N"));

    public TimeMlCommandTests() => Directory.CreateDirectory(Path.Combine(_root, "in"));

    public void Dispose() => Directory.Delete(_root, true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = await TimelineCli.RunAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Timeml_tags_files_and_leaves_the_text_byte_identical()
    {
        var inDir = Path.Combine(_root, "in");
        await File.WriteAllTextAsync(Path.Combine(inDir, "DOC1.tml.TE3input"), Input, new UTF8Encoding(false), TestContext.Current.CancellationToken);
        var (code, _, err) = await Run("timeml", inDir, Path.Combine(_root, "out"));
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var output = await File.ReadAllTextAsync(Path.Combine(_root, "out", "DOC1.tml"), TestContext.Current.CancellationToken);
        Assert.Contains(">Sunday night</TIMEX3>", output, StringComparison.Ordinal);
        Assert.Contains("value=\"2023-12-31TNI\"", output, StringComparison.Ordinal);
        Assert.Contains("value=\"2023-12\"", output, StringComparison.Ordinal);
        var stripped = Strip(output);
        Assert.Equal(Encoding.UTF8.GetBytes(Input), Encoding.UTF8.GetBytes(stripped));
    }

    [Fact]
    public async Task Timeml_skips_files_that_are_not_timeml_with_exit_code_1()
    {
        var inDir = Path.Combine(_root, "in");
        await File.WriteAllTextAsync(Path.Combine(inDir, "good.tml.TE3input"), Input, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(inDir, "notes.txt"), "just a note on Monday\n", TestContext.Current.CancellationToken);
        var (code, output, err) = await Run("timeml", inDir, Path.Combine(_root, "out"));
        Assert.Equal(1, code);
        Assert.Contains("tagged 1 files", output, StringComparison.Ordinal);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("notes.txt", line, StringComparison.Ordinal);
        Assert.Contains("not TimeML", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeml_eval_prints_the_metrics_table()
    {
        var gold = Path.Combine(_root, "gold");
        var sys = Path.Combine(_root, "sys");
        Directory.CreateDirectory(gold);
        Directory.CreateDirectory(sys);
        var goldText = Input.Replace("last month", "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-12\">last month</TIMEX3>", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(gold, "DOC1.tml"), goldText, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_root, "in", "DOC1.tml.TE3input"), Input, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await Run("timeml", Path.Combine(_root, "in"), sys)).Code);
        var (code, output, _) = await Run("timeml-eval", gold, sys);
        Assert.Equal(0, code);
        Assert.Contains("gold TIMEX3 1, system TIMEX3 2", output, StringComparison.Ordinal);
        Assert.Contains("| relaxed span | 0.500 | 1.000 | 0.667 |", output, StringComparison.Ordinal);
        Assert.Contains("| value | 0.500 | 1.000 | 0.667 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_input_folder_is_a_usage_error()
    {
        var (code, _, err) = await Run("timeml", Path.Combine(_root, "nope"), Path.Combine(_root, "out"));
        Assert.Equal(2, code);
        Assert.Contains("no such folder", err, StringComparison.Ordinal);
    }

    private static string Strip(string s)
    {
        var open = s.IndexOf("<TEXT>", StringComparison.Ordinal);
        var sb = new StringBuilder(s[..open]);
        for (var i = open; i < s.Length;)
        {
            if (string.CompareOrdinal(s, i, "<TIMEX3 ", 0, 8) == 0) i = s.IndexOf('>', i) + 1;
            else if (string.CompareOrdinal(s, i, "</TIMEX3>", 0, 9) == 0) i += 9;
            else sb.Append(s[i++]);
        }

        return sb.ToString();
    }
}
