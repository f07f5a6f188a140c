namespace Timeline.Cli.Tests;

public sealed class StatsSampleTests
{
    [Fact]
    public async Task A_seeded_sample_prints_the_same_events_with_their_source_sentences()
    {
        var dir = CliRunner.TempDir();
        var (built, _, _) = await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", dir, "--quiet");
        Assert.Equal(0, built);
        var json = Path.Combine(dir, "timeline.json");

        var (code, first, _) = await CliRunner.Run("stats", json, "--sample", "4", "--seed", "7");
        var (_, second, _) = await CliRunner.Run("stats", json, "--sample", "4", "--seed", "7");
        var (_, other, _) = await CliRunner.Run("stats", json, "--sample", "4", "--seed", "8");

        Assert.Equal(0, code);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        var lines = first.Split('\n');
        Assert.Equal(4, lines.Count(l => l.StartsWith("  [", StringComparison.Ordinal)));
        Assert.Equal(4, lines.Count(l => l.StartsWith("      \u201C", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_negative_sample_is_a_usage_error()
    {
        var dir = CliRunner.TempDir();
        await CliRunner.Run("build", CliRunner.DemoCorpus, "--out", dir, "--quiet");
        var (code, _, error) = await CliRunner.Run("stats", Path.Combine(dir, "timeline.json"), "--sample", "-1");
        Assert.Equal(2, code);
        Assert.Contains("--sample", error, StringComparison.Ordinal);
    }
}
