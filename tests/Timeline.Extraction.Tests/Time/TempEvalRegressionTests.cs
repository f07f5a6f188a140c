namespace Timeline.Extraction.Tests;

/// <summary>
/// Runs the tagger over the TempEval-3 training halves in ../shared (skipped when absent) and holds the scores
/// reached as regression floors. The rules were developed on one half and measured on the other (see
/// docs/reports/time-tagger.md); these floors are for catching regressions, not the held-out claim.
/// </summary>
public sealed class TempEvalRegressionTests
{
    internal static string? SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    internal static TimeMlScores Evaluate(string folder, out int roundTripFailures)
    {
        var tagger = new RuleTimeTagger();
        var total = TimeMlScores.Empty;
        roundTripFailures = 0;
        foreach (var file in Directory.GetFiles(folder, "*.tml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var gold = TimeMlReader.Read(file);
            var times = tagger.TagText(gold.Text, gold.CreationDate);
            var written = TimeMlWriter.Write(gold, times);
            var system = TimeMlReader.Parse(written, Path.GetFileName(file));
            if (!string.Equals(system.Text, gold.Text, StringComparison.Ordinal)) roundTripFailures++;
            total += TimeMlEvaluator.Score(gold, system);
        }

        return total;
    }

    [Theory]
    [InlineData("timebank", 0.945, 0.905, 0.828)]
    [InlineData("aquaint", 0.94, 0.85, 0.77)]
    public void Scores_stay_above_the_reached_floors(string half, double relaxed, double strict, double value)
    {
        var data = SharedData();
        if (data is null || !Directory.Exists(Path.Combine(data, "tempeval3", "train", half))) Assert.Skip("../shared/data/tempeval3 not present");
        var s = Evaluate(Path.Combine(data!, "tempeval3", "train", half), out var roundTripFailures);
        Assert.Equal(0, roundTripFailures);
        Assert.True(s.Relaxed.F1 >= relaxed, $"relaxed F1 {s.Relaxed.F1:0.000}");
        Assert.True(s.Strict.F1 >= strict, $"strict F1 {s.Strict.F1:0.000}");
        Assert.True(s.Value.F1 >= value, $"value F1 {s.Value.F1:0.000}");
    }
}
