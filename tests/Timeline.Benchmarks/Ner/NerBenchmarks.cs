using BenchmarkDotNet.Attributes;
using Timeline.Extraction;

namespace Timeline.Benchmarks;

/// <summary>
/// Name recognizer: tagging throughput (target ≥ 200,000 tokens/s on one core; the per-operation time is per token, so
/// tokens/s = 1e9 / Mean in ns) and model load time (target: well under a second).
/// Tags eng.testa when ../shared/data/conll2003 is present, otherwise a built-in sample, as whole documents (both passes).
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private const int SampleTokens = 50_000;

    private IReadOnlyList<IReadOnlyList<string>>[] _documents = [];
    private byte[] _model = [];

    /// <summary>Tokens per <see cref="TagDocuments"/> call; BenchmarkDotNet divides by it.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        using (var s = typeof(PerceptronNameRecognizer).Assembly.GetManifestResourceStream(PerceptronNameRecognizer.ResourceName)!)
        using (var m = new MemoryStream())
        {
            s.CopyTo(m);
            _model = m.ToArray();
        }

        _documents = LoadDocuments();
        Tokens = _documents.Sum(d => d.Sum(s => s.Count));
        _ = PerceptronNameRecognizer.Default.TagTokens(_documents[0]);
        _ = Gazetteer.Default;
    }

    [Benchmark(OperationsPerInvoke = SampleTokens)]
    public int TagDocuments()
    {
        var recognizer = PerceptronNameRecognizer.Default;
        var n = 0;
        foreach (var d in _documents) n += recognizer.TagTokens(d).Count;
        return n;
    }

    [Benchmark]
    public object LoadModel() => PerceptronNameRecognizer.Load(new MemoryStream(_model));

    private static IReadOnlyList<IReadOnlyList<string>>[] LoadDocuments()
    {
        var docs = new List<IReadOnlyList<IReadOnlyList<string>>>();
        var path = FindTesta();
        IEnumerable<IReadOnlyList<IReadOnlyList<string>>> source = path is null
            ? Enumerable.Repeat(Sample(), 1_000)
            : Conll.ReadFile(path).Documents.Select(d => (IReadOnlyList<IReadOnlyList<string>>)[.. d.Sentences.Select(s => (IReadOnlyList<string>)s.Words)]);
        var tokens = 0;

        // Exactly SampleTokens tokens, so the reported time is per token.
        while (tokens < SampleTokens)
        {
            foreach (var d in source)
            {
                var doc = new List<IReadOnlyList<string>>();
                foreach (var s in d)
                {
                    var take = Math.Min(s.Count, SampleTokens - tokens);
                    if (take == 0) break;
                    doc.Add(s.Take(take).ToArray());
                    tokens += take;
                }

                if (doc.Count > 0) docs.Add(doc);
                if (tokens == SampleTokens) break;
            }
        }

        return [.. docs];
    }

    private static IReadOnlyList<IReadOnlyList<string>> Sample() =>
    [
        "Kenyan President William Ruto met officials of the African Union in Addis Ababa on Tuesday , his office said .".Split(' '),
        "Shares of Siemens rose 3 percent in Frankfurt after the company raised its forecast for the year .".Split(' '),
        "Ruto later flew to Nairobi , where he told reporters that talks with Ethiopia 's Abiy Ahmed had gone well .".Split(' '),
    ];

    private static string? FindTesta()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "conll2003", "eng.testa");
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }
}
