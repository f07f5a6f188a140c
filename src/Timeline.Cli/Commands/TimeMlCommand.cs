using System.CommandLine;
using System.Text;
using Timeline.Extraction;

namespace Timeline.Cli;

/// <summary><c>timeline timeml</c>: tag TempEval-3 input files (or gold .tml with tags stripped) with TIMEX3.</summary>
internal static class TimeMlCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input-dir") { Description = "Folder of *.TE3input or *.tml files." };
        var output = new Argument<string>("output-dir") { Description = "Folder for the tagged files (named without .TE3input)." };
        var command = new Command("timeml", "Tag TimeML files with TIMEX3 expressions, leaving every other character unchanged.");
        command.Arguments.Add(input);
        command.Arguments.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var inDir = parse.GetValue(input)!;
            var outDir = parse.GetValue(output)!;
            if (!Directory.Exists(inDir))
            {
                await context.Error.WriteLineAsync($"error: {inDir}: no such folder").ConfigureAwait(false);
                return TimelineCli.Usage;
            }

            Directory.CreateDirectory(outDir);
            var tagger = new RuleTimeTagger();
            var files = Directory.GetFiles(inDir).OrderBy(f => f, StringComparer.Ordinal).ToList();
            int done = 0, skipped = 0, expressions = 0;
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                TimeMlDocument doc;
                try
                {
                    doc = TimeMlReader.Read(file);
                }
                catch (TimeMlFormatException ex)
                {
                    await context.Error.WriteLineAsync("skipped " + ex.Message).ConfigureAwait(false);
                    skipped++;
                    continue;
                }

                var times = tagger.TagText(doc.Text, doc.CreationDate);
                expressions += times.Length;
                var name = Path.GetFileName(file);
                if (name.EndsWith(".TE3input", StringComparison.Ordinal)) name = name[..^".TE3input".Length];
                var content = TimeMlWriter.Write(doc, times);
                await File.WriteAllTextAsync(Path.Combine(outDir, name), content, new UTF8Encoding(doc.Bom), ct).ConfigureAwait(false);
                done++;
            }

            await context.Out.WriteLineAsync($"tagged {done} files, {expressions} expressions, skipped {skipped}").ConfigureAwait(false);
            return skipped > 0 ? TimelineCli.Partial : TimelineCli.Ok;
        });
        return command;
    }
}
