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
            if (!File.Exists(path)) throw new UsageException($"{path}: file not found");
            var modelPath = parse.GetValue(model);
            if (modelPath is not null && !File.Exists(modelPath)) throw new UsageException($"{modelPath}: model file not found");
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
                throw new UsageException($"{path}: {ex.Message}");
            }

            await context.Error.WriteLineAsync(NerTools.Describe(result)).ConfigureAwait(false);
            if (result.ScoreReport is not null) await context.Error.WriteAsync(result.ScoreReport).ConfigureAwait(false);
            return TimelineCli.Ok;
        });
        return command;
    }
}
