using BenchmarkDotNet.Attributes;
using Timeline.Extraction;

namespace Timeline.Benchmarks;

/// <summary>Gazetteer load time (target: well under 0.5 s) and token-flag throughput for the name tagger.</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private static readonly string[] Sentence =
        ["US", "Secretary", "of", "State", "Antony", "Blinken", "flew", "from", "Tel", "Aviv", "to", "Amman", "on", "Saturday",
         "to", "meet", "Arab", "foreign", "ministers", "from", "Jordan", ",", "Egypt", ",", "Qatar", "and", "the", "United", "Arab", "Emirates", "."];

    private byte[] _resource = [];

    [GlobalSetup]
    public void Setup()
    {
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream("Timeline.Extraction.Gazetteer.tsv.gz")!;
        using var m = new MemoryStream();
        s.CopyTo(m);
        _resource = m.ToArray();
        _ = Gazetteer.Default;
    }

    [Benchmark]
    public int Load() => Gazetteer.Load(new MemoryStream(_resource)).Entries.Length;

    [Benchmark]
    public int TokenFlags31Tokens() => Gazetteer.Default.TokenFlags(Sentence).Length;
}
