using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction.Tests.Ner;

/// <summary>Helpers shared by the NER tests: the shared-data folder, a small synthetic corpus and articles.</summary>
internal static class NerTestData
{
    /// <summary>The folder <c>shared/data</c> found by walking up from the test assembly, or null.</summary>
    public static string? SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    public static string? ConllFile(string name)
    {
        var data = SharedData();
        var path = data is null ? null : Path.Combine(data, "conll2003", name);
        return path is not null && File.Exists(path) ? path : null;
    }

    private static readonly string[] People = ["Anna Kovacs", "Ben Okafor", "Carla Mendes", "Dmitri Volkov", "Elena Rossi", "Farid Haddad", "Grace Liang", "Hugo Berg"];
    private static readonly string[] Places = ["Lisbon", "Nairobi", "Oslo", "Quito", "Riga", "Tunis", "Hanoi", "Lima"];
    private static readonly string[] Firms = ["Norvex Corp", "Altima Group", "Brightwell Bank", "Castor Mining"];

    /// <summary>A synthetic CoNLL corpus: people speak, visit places and work for firms, in varied orders.</summary>
    public static string SyntheticConll(int documents, int offset = 0)
    {
        var sb = new System.Text.StringBuilder();
        for (var d = 0; d < documents; d++)
        {
            sb.Append("-DOCSTART- -X- O O\n\n");
            for (var s = 0; s < 6; s++)
            {
                var k = d + s + offset;
                var person = People[k % People.Length].Split(' ');
                var place = Places[(k * 3) % Places.Length];
                var firm = Firms[(k * 5) % Firms.Length].Split(' ');
                var lines = (k % 3) switch
                {
                    0 => new List<(string, string)> { ("Mr", "O"), (person[1], "I-PER"), ("said", "O"), ("in", "O"), (place, "I-LOC"), ("that", "O"), (firm[0], "I-ORG"), (firm[1], "I-ORG"), ("would", "O"), ("grow", "O"), (".", "O") },
                    1 => [(person[0], "I-PER"), (person[1], "I-PER"), (",", "O"), ("who", "O"), ("runs", "O"), (firm[0], "I-ORG"), (firm[1], "I-ORG"), (",", "O"), ("visited", "O"), (place, "I-LOC"), ("on", "O"), ("Monday", "O"), (".", "O")],
                    _ => [("The", "O"), ("talks", "O"), ("in", "O"), (place, "I-LOC"), ("ended", "O"), ("after", "O"), ("Mr", "O"), (person[1], "I-PER"), ("left", "O"), (".", "O")],
                };
                foreach (var (w, t) in lines) sb.Append(w).Append(" X X ").Append(t).Append('\n');
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    public static ConllCorpus Read(string text) => Conll.Read(new StringReader(text));

    public static NerModel TrainSynthetic(ulong seed = 7)
    {
        var options = new NerTrainingOptions { Bits = 14, Epochs = 6, Seed = seed };
        return new NerTrainer(options, TextWriter.Null).Train(Read(SyntheticConll(16)), Read(SyntheticConll(3, offset: 100)));
    }

    public static AnalysedArticle Article(string text) =>
        SentenceSplitter.Analyse(new Article { Id = "article/test", File = "test.txt", Text = text, Body = text });

    public static ImmutableArray<(string Text, string Label)> Names(INameRecognizer recognizer, string text) =>
        [.. recognizer.Recognize(Article(text)).Select(n => (n.Span.Of(text), n.Label))];
}
