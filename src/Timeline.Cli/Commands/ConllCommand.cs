using System.CommandLine;
using Timeline.Extraction;

namespace Timeline.Cli;

/// <summary><c>timeline conll</c>: tag a CoNLL file and write it back with the predicted BIO tag as a new last column.</summary>
internal static class ConllCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("file") { Description = "CoNLL file: token in the first column, blank lines between sentences, -DOCSTART- lines between documents." };
        var output = new Option<string?>("--out") { Description = "Write the tagged file here instead of standard output." };
        var model = new Option<string?>("--model") { Description = "Use this model file instead of the committed one." };
        var command = new Command("conll", "Tag a CoNLL file; each line gets the predicted tag (BIO) as a new last column, ready for conlleval.");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(model);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(input)!;
            if (!File.Exists(path)) return await Fail(context, $"{path}: file not found").ConfigureAwait(false);
            var modelPath = parse.GetValue(model);
            if (modelPath is not null && !File.Exists(modelPath)) return await Fail(context, $"{modelPath}: model file not found").ConfigureAwait(false);
            var outPath = parse.GetValue(output);
            ConllTagResult result;
            try
            {
                if (outPath is null)
                {
                    result = NerTools.TagConll(path, context.Out, modelPath);
                }
                else
                {
                    using var writer = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false));
                    result = NerTools.TagConll(path, writer, modelPath);
                }
            }
            catch (Exception ex) when (ex is FormatException or InvalidDataException)
            {
                return await Fail(context, $"{path}: {ex.Message}").ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync(NerTools.Describe(result)).ConfigureAwait(false);
            if (result.ScoreReport is not null) await context.Error.WriteAsync(result.ScoreReport).ConfigureAwait(false);
            return TimelineCli.Ok;
        });
        return command;
    }

    // System.CommandLine's default handler turns exceptions into exit code 1, so usage errors return 2 here.
    private static async Task<int> Fail(CliContext context, string message)
    {
        await context.Error.WriteLineAsync("error: " + message).ConfigureAwait(false);
        return TimelineCli.Usage;
    }
}
