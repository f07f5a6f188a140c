using System.Diagnostics;
using System.Globalization;

namespace Timeline.Extraction;

/// <summary>What <see cref="NerTools.TagConll"/> did: sentence and token counts, and the score when the file had gold tags.</summary>
public sealed record ConllTagResult(int Documents, int Sentences, int Tokens, double Seconds, string? ScoreReport, double? F1);

/// <summary>Entry points of the <c>train-ner</c> and <c>conll</c> commands.</summary>
public static class NerTools
{
    /// <summary>Trains a model on a CoNLL training file, picks epochs on the dev file, writes the model; returns its size in bytes.</summary>
    public static long Train(string trainPath, string devPath, string outPath, TextWriter log, int? epochs = null, IReadOnlyList<string>? unlabeled = null, int? bits = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var train = Read(trainPath);
        var dev = Read(devPath);
        if (!train.HasGold) throw new ConllFormatException($"{trainPath}: no gold tags in the last column");
        if (!dev.HasGold) throw new ConllFormatException($"{devPath}: no gold tags in the last column");
        log.WriteLine($"train: {train.Documents.Length} documents, {train.TokenCount} tokens; dev: {dev.Documents.Length} documents, {dev.TokenCount} tokens");
        var options = new NerTrainingOptions { Gazetteer = static phrase => Gazetteer.Default.Flags(phrase) };
        if (epochs is { } e) options = options with { Epochs = e };
        if (bits is { } b) options = options with { Bits = b };
        if (unlabeled is { Count: > 0 })
        {
            options = options with { Unlabeled = UnlabeledText.Read(unlabeled) };
            log.WriteLine($"unlabeled: {options.Unlabeled.Count} sentences from {string.Join(", ", unlabeled)}");
        }

        var model = new NerTrainer(options, log).Train(train, dev);
        var bytes = model.ToBytes();
        var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllBytes(outPath, bytes);
        log.WriteLine($"model written to {outPath}: {bytes.Length} bytes");
        return bytes.Length;
    }

    /// <summary>Tags a CoNLL file and writes it back with the predicted BIO tag as a new last column.</summary>
    public static ConllTagResult TagConll(string inputPath, TextWriter output, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var corpus = Conll.ReadFile(inputPath);
        var recognizer = modelPath is null ? PerceptronNameRecognizer.Default : PerceptronNameRecognizer.Load(modelPath);
        var clock = Stopwatch.StartNew();
        var predictions = new List<int[]>();
        foreach (var d in corpus.Documents)
        {
            predictions.AddRange(recognizer.Model.Tag([.. d.Sentences.Select(s => (IReadOnlyList<string>)s.Words)]));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Conll.Write(corpus, predictions, output);
        string? report = null;
        double? f1 = null;
        if (corpus.HasGold)
        {
            var score = new SpanScore();
            var k = 0;
            foreach (var s in corpus.Sentences) score.Add(s.Gold.AsSpan(), predictions[k++]);
            report = score.Report();
            f1 = score.Overall.F1;
        }

        return new ConllTagResult(corpus.Documents.Length, predictions.Count, corpus.TokenCount, seconds, report, f1);
    }

    private static ConllCorpus Read(string path)
    {
        try
        {
            return Conll.ReadFile(path);
        }
        catch (ConllFormatException ex)
        {
            throw new ConllFormatException($"{path}: {ex.Message}");
        }
    }

    /// <summary>A one-line summary for the log.</summary>
    public static string Describe(ConllTagResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture, $"{result.Documents} documents, {result.Sentences} sentences, {result.Tokens} tokens tagged in {result.Seconds:F2} s");
    }
}
