using System.CommandLine;
using Timeline.Extraction;

namespace Timeline.Cli;

/// <summary><c>timeline train-ner</c>: train the name recognizer on CoNLL-2003 and write the model file.</summary>
internal static class TrainNerCommand
{
    public static Command Create(CliContext context)
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (e.g. ../shared/data/conll2003/eng.train).", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL dev file used to pick the best epoch (e.g. eng.testa).", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write (commit it as src/Timeline.Extraction/Entities/Ner/ner.model).", Required = true };
        var epochs = new Option<int?>("--epochs") { Description = "Maximum epochs per pass (default 20)." };
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "Unlabeled news (files or folders; Reuters .sgm or plain .txt) for word clusters and the case profile.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("train-ner", "Train the name recognizer (two-pass averaged perceptron) on CoNLL files; prints dev F1 per epoch.");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        var bits = new Option<int?>("--bits") { Description = "Feature hash size as a power of two (default 20)." };
        command.Options.Add(epochs);
        command.Options.Add(bits);
        command.Options.Add(unlabeled);
        command.SetAction(async (parse, ct) =>
        {
            var trainPath = parse.GetValue(train)!;
            var devPath = parse.GetValue(dev)!;
            foreach (var path in new[] { trainPath, devPath })
            {
                if (!File.Exists(path)) return await Fail(context, $"{path}: file not found").ConfigureAwait(false);
            }

            var extra = parse.GetValue(unlabeled) ?? [];
            foreach (var path in extra)
            {
                if (!File.Exists(path) && !Directory.Exists(path)) return await Fail(context, $"{path}: unlabeled text not found").ConfigureAwait(false);
            }

            try
            {
                NerTools.Train(trainPath, devPath, parse.GetValue(output)!, context.Out, parse.GetValue(epochs), extra, parse.GetValue(bits));
            }
            catch (FormatException ex)
            {
                return await Fail(context, ex.Message).ConfigureAwait(false);
            }

            await context.Out.FlushAsync(ct).ConfigureAwait(false);
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
