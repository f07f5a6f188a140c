using BenchmarkDotNet.Attributes;
using Timeline.Core;
using Timeline.Extraction;
using Timeline.Graph;

namespace Timeline.Benchmarks;

/// <summary>Entity tagging (recognizer excluded: names precomputed) and corpus-wide resolution on BBC politics (417 articles).</summary>
[MemoryDiagnoser]
public class EntityBenchmarks
{
    private readonly List<(AnalysedArticle Article, NameSpanList Names)> _inputs = [];
    private List<ArticleMentions> _corpus = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = FindShared("data/news/bbc/politics") ?? throw new InvalidOperationException("../shared/data/news/bbc/politics not found");
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var article = new Article { Id = "article/" + Path.GetFileName(file), File = file, Text = text, Body = text };
            var analysed = SentenceSplitter.Analyse(article);
            _inputs.Add((analysed, new NameSpanList([.. PerceptronNameRecognizer.Default.Recognize(analysed)])));
        }

        _corpus = [.. _inputs.Select(i => new ArticleMentions(i.Article, [], new EntityTagger(i.Names).Tag(i.Article), []))];
    }

    [Benchmark]
    public int TagCorpus() => _inputs.Sum(i => new EntityTagger(i.Names).Tag(i.Article).Length);

    [Benchmark]
    public int ResolveCorpus() => new EntityResolver().Resolve(_corpus).Entities.Length;

    private static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", relative);
            if (Directory.Exists(path)) return path;
        }

        return null;
    }

    /// <summary>Replays precomputed recognizer output.</summary>
    private sealed class NameSpanList(System.Collections.Immutable.ImmutableArray<NameSpan> names) : INameRecognizer
    {
        public System.Collections.Immutable.ImmutableArray<NameSpan> Recognize(AnalysedArticle article) => names;
    }
}
