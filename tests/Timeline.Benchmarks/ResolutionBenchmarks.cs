using BenchmarkDotNet.Attributes;
using Timeline.Core;
using Timeline.Extraction;
using Timeline.Graph;

namespace Timeline.Benchmarks;

/// <summary>
/// Corpus-wide resolution, the single-threaded part of <c>timeline build</c>, on the first four Reuters-21578 files
/// (about 4,000 articles, extracted once in setup). Entity resolution, then event merging given those entities.
/// Reference (issue #5): the whole Reuters build should resolve in a few seconds, so these should stay well under one.
/// Run: dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*ResolutionBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ResolutionBenchmarks
{
    private List<ArticleMentions> _corpus = [];
    private EntityResolution _entities = EntityResolution.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var dir = FindShared("data/news/reuters21578") ?? throw new InvalidOperationException("../shared/data/news/reuters21578 not found");
        var files = Enumerable.Range(0, 4).Select(i => Path.Combine(dir, $"reut2-{i:000}.sgm"));
        var gazetteer = Gazetteer.Default;
        var pipeline = new ExtractionPipeline(new RuleTimeTagger(), new EntityTagger(PerceptronNameRecognizer.Default, gazetteer), new EventExtractor(EventTaxonomy.Default));
        _corpus = [.. new CorpusReader(new IngestOptions()).Read(files)
            .OfType<IngestItem.Read>()
            .AsParallel().AsOrdered()
            .Select(r => pipeline.Run(r.Article))];
        _entities = new EntityResolver(gazetteer).Resolve(_corpus);
        Console.WriteLine($"// {_corpus.Count} articles, {_entities.Entities.Length} entities");
    }

    [Benchmark]
    public int ResolveEntities() => new EntityResolver().Resolve(_corpus).Entities.Length;

    [Benchmark]
    public int ResolveEvents() => new EventResolver().Resolve(_corpus, _entities).Events.Length;

    private static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(path)) return path;
        }

        return null;
    }
}
