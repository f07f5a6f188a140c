using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Benchmarks;

/// <summary>
/// Throughput of the temporal tagger over the BBC news corpus in ../shared/data/news/bbc (2,225 articles, ~5 MB).
/// <c>TagArticles</c> is the tagger alone (sentences split in setup, as the pipeline does before it);
/// <c>TagText</c> includes sentence splitting. The MB/s column is corpus UTF-16 characters / 10^6 per second.
/// Run: <c>dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter *TimeTagger* --job short</c>.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class TimeTaggerBenchmarks
{
    private readonly RuleTimeTagger _tagger = new();
    private string[] _texts = [];
    private AnalysedArticle[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = BbcCorpus.Load();
        _articles = [.. _texts.Select((t, i) => SentenceSplitter.Analyse(new Article
        {
            Id = "article/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            File = "bbc",
            Text = t,
            Body = t,
            Published = new DateOnly(2005, 6, 1),
        }))];
    }

    [Benchmark(Baseline = true)]
    public int TagArticles()
    {
        var n = 0;
        foreach (var a in _articles) n += _tagger.Tag(a).Length;
        return n;
    }

    [Benchmark]
    public int TagText()
    {
        var n = 0;
        foreach (var t in _texts) n += _tagger.TagText(t, new DateOnly(2005, 6, 1)).Length;
        return n;
    }
}

/// <summary>Reads the BBC corpus; one file is Latin-1, so invalid UTF-8 falls back to Latin-1.</summary>
internal static class BbcCorpus
{
    public static string[] Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bbc = Path.Combine(dir.FullName, "shared", "data", "news", "bbc");
            if (!Directory.Exists(bbc)) continue;
            var strict = new UTF8Encoding(false, true);
            return [.. Directory.GetFiles(bbc, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(f =>
            {
                var bytes = File.ReadAllBytes(f);
                try
                {
                    return strict.GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    return Encoding.Latin1.GetString(bytes);
                }
            })];
        }

        throw new DirectoryNotFoundException("shared/data/news/bbc not found above " + AppContext.BaseDirectory);
    }

    private static long? _chars;

    public static long Characters => _chars ??= Load().Sum(t => (long)t.Length);
}

/// <summary>Adds the MB/s column.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}

/// <summary>Corpus megabytes (10^6 characters) per second of mean run time.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => "Throughput";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Corpus characters (millions) tagged per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not { } ns || ns <= 0) return "NA";
        return (BbcCorpus.Characters / 1e6 / (ns / 1e9)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
