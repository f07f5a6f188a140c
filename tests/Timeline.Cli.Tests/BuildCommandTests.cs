using System.Text;
using Timeline.TestSupport;

namespace Timeline.Cli.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task Demo_corpus_builds_a_valid_timeline_matching_the_golden_file()
    {
        var outDir = CliRunner.TempDir();
        var (code, stdout, stderr) = await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", outDir, "--quiet");
        Assert.True(code == 0, stderr);
        Assert.Contains("Read 5 articles", stdout, StringComparison.Ordinal);
        var json = await File.ReadAllTextAsync(Path.Combine(outDir, "timeline.json"));
        Assert.Empty(JsonSchemaValidator.FromRepo("graph-schema/timeline.schema.json").Validate(json));
        Assert.Contains("CREATE CONSTRAINT", await File.ReadAllTextAsync(Path.Combine(outDir, "timeline.cypher")), StringComparison.Ordinal);
        Golden.Verify(json.Replace(CliRunner.DemoCorpus, "{demo}", StringComparison.Ordinal), "demo-timeline");
    }

    [Fact]
    public async Task Two_runs_give_byte_identical_output()
    {
        var a = CliRunner.TempDir();
        var b = CliRunner.TempDir();
        Assert.Equal(0, (await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", a, "--quiet", "--parallel", "1")).Code);
        Assert.Equal(0, (await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", b, "--quiet", "--parallel", "4")).Code);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(a, "timeline.json")), await File.ReadAllBytesAsync(Path.Combine(b, "timeline.json")));
    }

    [Fact]
    public async Task Bad_inputs_are_reported_one_line_each_and_give_exit_code_1()
    {
        var dir = CliRunner.TempDir();
        await File.WriteAllTextAsync(Path.Combine(dir, "good.txt"), "The minister met the envoy in Cairo on Monday to discuss aid for Gaza.\n");
        await File.WriteAllBytesAsync(Path.Combine(dir, "binary.txt"), [0, 1, 2, 3, 0, 0, 7]);
        await File.WriteAllTextAsync(Path.Combine(dir, "empty.md"), string.Empty);
        await File.WriteAllTextAsync(Path.Combine(dir, "feed.jsonl"), "{\"text\":\"Rain hit Lima.\"}\n{oops\n");
        var outDir = CliRunner.TempDir();
        var (code, stdout, stderr) = await CliRunner.Run("build", dir, "--out", outDir);
        Assert.Equal(1, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Count(l => l.StartsWith("skipped: ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("binary.txt: binary", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("empty.md: empty file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("feed.jsonl:2: malformed JSON line", StringComparison.Ordinal));
        Assert.Contains("Read 2 articles", stdout, StringComparison.Ordinal);
        Assert.Contains("Skipped 3 inputs", stdout, StringComparison.Ordinal);
        var json = await File.ReadAllTextAsync(Path.Combine(outDir, "timeline.json"));
        Assert.Empty(JsonSchemaValidator.FromRepo("graph-schema/timeline.schema.json").Validate(json));
        Assert.Contains("\"skipped\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published", "6/11/2023")]
    [InlineData("--max-file-size", "lots")]
    [InlineData("--parallel", "0")]
    [InlineData("--no-such-option", "x")]
    public async Task Usage_errors_give_exit_code_2(string option, string value)
    {
        var (code, _, stderr) = await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", CliRunner.TempDir(), option, value);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_default_applies_to_undated_articles()
    {
        var dir = CliRunner.TempDir();
        await File.WriteAllTextAsync(Path.Combine(dir, "a.txt"), "Talks between the two sides resumed in Doha after a pause of a week.\n", new UTF8Encoding(false));
        var outDir = CliRunner.TempDir();
        Assert.Equal(0, (await CliRunner.Run("build", dir, "--out", outDir, "--published", "2024-02-29", "-q")).Code);
        var json = await File.ReadAllTextAsync(Path.Combine(outDir, "timeline.json"));
        Assert.Contains("\"published\": \"2024-02-29\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_available_on_every_command()
    {
        foreach (var command in new[] { "build", "stats", "export", "query", "load", "timeml", "timeml-eval" })
        {
            var (code, stdout, _) = await CliRunner.Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        }
    }
}

public sealed class SchemaValidatorTests
{
    [Fact]
    public void The_validator_rejects_documents_that_break_the_contract()
    {
        var v = JsonSchemaValidator.FromRepo("graph-schema/timeline.schema.json");
        Assert.Empty(v.Validate("""{"schema":"timeline/1","articles":[],"entities":[],"events":[],"itineraries":[],"timeline":[]}"""));
        Assert.NotEmpty(v.Validate("""{"schema":"timeline/2","articles":[],"entities":[],"events":[],"itineraries":[],"timeline":[]}"""));
        Assert.NotEmpty(v.Validate("""{"schema":"timeline/1","articles":[],"entities":[{"id":"person/x","name":"X","type":"Human","aliases":[],"roles":[],"geo":null,"mentions":1,"articles":[]}],"events":[],"itineraries":[],"timeline":[]}"""));
        Assert.NotEmpty(v.Validate("""{"schema":"timeline/1","articles":[{"id":"article/0123456789abcdef","file":"f","title":null,"source":null,"author":null,"published":"2023-13-01","publishedBasis":"metadata","skippedLines":0}],"entities":[],"events":[],"itineraries":[],"timeline":[]}"""));
        Assert.NotEmpty(v.Validate("""{"schema":"timeline/1","articles":[],"entities":[],"events":[],"itineraries":[],"timeline":[],"extra":1}"""));
    }
}

public sealed class StatsCommandTests
{
    [Fact]
    public async Task Stats_counts_a_built_timeline()
    {
        var outDir = CliRunner.TempDir();
        Assert.Equal(0, (await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", outDir, "-q")).Code);
        var (code, stdout, _) = await CliRunner.Run("stats", Path.Combine(outDir, "timeline.json"));
        Assert.Equal(0, code);
        Assert.Contains("Articles           5", stdout, StringComparison.Ordinal);
        Assert.Contains("Global Wire 2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_on_a_malformed_file_names_the_file_and_the_reason()
    {
        var path = Path.Combine(CliRunner.TempDir(), "bad.json");
        await File.WriteAllTextAsync(path, "{\"schema\": \"timeline/1\", \"articles\": [");
        var (code, _, stderr) = await CliRunner.Run("stats", path);
        Assert.Equal(1, code);
        Assert.StartsWith($"error: {path}: not valid timeline JSON", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}
