using System.CommandLine;
using System.Globalization;
using Timeline.Extraction;

namespace Timeline.Cli;

/// <summary><c>timeline timeml-eval</c>: TempEval-3 scores of system TIMEX3 against gold.</summary>
internal static class TimeMlEvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold-dir") { Description = "Folder of gold .tml files." };
        var system = new Argument<string>("system-dir") { Description = "Folder of system .tml files with the same names." };
        var command = new Command("timeml-eval", "Score TIMEX3 as TempEval-3 did: strict and relaxed span P/R/F1, value F1, type F1.");
        command.Arguments.Add(gold);
        command.Arguments.Add(system);
        command.SetAction(async (parse, ct) =>
        {
            var goldDir = parse.GetValue(gold)!;
            var sysDir = parse.GetValue(system)!;
            if (!Directory.Exists(goldDir))
            {
                await context.Error.WriteLineAsync($"error: {goldDir}: no such folder").ConfigureAwait(false);
                return TimelineCli.Usage;
            }

            if (!Directory.Exists(sysDir))
            {
                await context.Error.WriteLineAsync($"error: {sysDir}: no such folder").ConfigureAwait(false);
                return TimelineCli.Usage;
            }

            var total = TimeMlScores.Empty;
            var skipped = 0;
            foreach (var file in Directory.GetFiles(goldDir).OrderBy(f => f, StringComparer.Ordinal))
            {
                ct.ThrowIfCancellationRequested();
                var name = Path.GetFileName(file);
                var sysFile = Path.Combine(sysDir, name);
                if (!File.Exists(sysFile) && name.EndsWith(".TE3input", StringComparison.Ordinal)) sysFile = Path.Combine(sysDir, name[..^".TE3input".Length]);
                try
                {
                    var g = TimeMlReader.Read(file);
                    if (!File.Exists(sysFile)) throw new TimeMlFormatException($"{name}: no system file in {sysDir}");
                    total += TimeMlEvaluator.Score(g, TimeMlReader.Read(sysFile));
                }
                catch (TimeMlFormatException ex)
                {
                    await context.Error.WriteLineAsync("skipped " + ex.Message).ConfigureAwait(false);
                    skipped++;
                }
            }

            await context.Out.WriteLineAsync(Table(total)).ConfigureAwait(false);
            return skipped > 0 ? TimelineCli.Partial : TimelineCli.Ok;
        });
        return command;
    }

    internal static string Table(TimeMlScores s)
    {
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"documents {s.Documents}, gold TIMEX3 {s.Gold}, system TIMEX3 {s.System}",
            "| measure | P | R | F1 |",
            "| --- | --- | --- | --- |",
            $"| strict span | {F(s.Strict.Precision)} | {F(s.Strict.Recall)} | {F(s.Strict.F1)} |",
            $"| relaxed span | {F(s.Relaxed.Precision)} | {F(s.Relaxed.Recall)} | {F(s.Relaxed.F1)} |",
            $"| value | {F(s.Value.Precision)} | {F(s.Value.Recall)} | {F(s.Value.F1)} |",
            $"| type | {F(s.Type.Precision)} | {F(s.Type.Recall)} | {F(s.Type.F1)} |",
        };
        return string.Join(Environment.NewLine, lines);
    }
}
