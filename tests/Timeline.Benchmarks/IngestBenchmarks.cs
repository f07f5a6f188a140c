using BenchmarkDotNet.Attributes;
using Timeline.Extraction;

namespace Timeline.Benchmarks;

/// <summary>Ingest alone (read, decode, furniture, metadata, ids, duplicates) over the BBC corpus; target ≥ 50 MB/s.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private string _bbc = string.Empty;
    private long _bytes;

    [GlobalSetup]
    public void Setup()
    {
        _bbc = Shared.Path("data/news/bbc");
        _bytes = Directory.EnumerateFiles(_bbc, "*.txt", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// BBC corpus: {_bytes / 1e6:0.0} MB");
    }

    [Benchmark]
    public int ReadBbc() => new CorpusReader(new IngestOptions()).Read([_bbc]).Count(i => i is IngestItem.Read);

    /// <summary>Ingest as <c>timeline build</c> runs it: files read in order, documents parsed on every core, duplicates decided in order.</summary>
    [Benchmark]
    public int ReadBbcParallel()
    {
        var duplicates = new DuplicateFilter();
        return new CorpusReader(new IngestOptions()).ReadDeferred([_bbc])
            .AsParallel().AsOrdered().Select(d => d.Materialise())
            .AsSequential().Select(duplicates.Check)
            .Count(i => i is IngestItem.Read);
    }

    [Benchmark]
    public int SplitSentencesBbc()
    {
        var n = 0;
        foreach (var item in new CorpusReader(new IngestOptions()).Read([_bbc]))
        {
            if (item is IngestItem.Read r) n += SentenceSplitter.Analyse(r.Article).Sentences.Length;
        }

        return n;
    }
}

/// <summary>Locates ../shared from the benchmark's working directory.</summary>
public static class Shared
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
        }

        throw new DirectoryNotFoundException($"shared/{relative} not found above {Directory.GetCurrentDirectory()}");
    }
}
