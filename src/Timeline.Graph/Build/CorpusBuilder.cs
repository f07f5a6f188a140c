using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>Options of one build.</summary>
public sealed record BuildOptions
{
    /// <summary>How files are read.</summary>
    public IngestOptions Ingest { get; init; } = new();

    /// <summary>Articles extracted in parallel (default: the number of cores).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>Progress of a build: articles done so far, and the file just finished.</summary>
public readonly record struct BuildProgress(int Articles, int Skipped, long Bytes, string File);

/// <summary>A finished build: the frozen document plus what the summary needs.</summary>
public sealed record BuildResult(
    TimelineDocument Document,
    ImmutableArray<SkippedInput> Ignored,
    ImmutableArray<string> Warnings,
    long CharactersRead)
{
    /// <summary>Time spent reading and extracting (parallel), and resolving (corpus-wide).</summary>
    public (TimeSpan Extraction, TimeSpan Resolution) Phases { get; init; }
}

/// <summary>
/// The whole one-way pipeline: corpus → articles → mentions (in parallel, order kept) → entity and event
/// resolution → a frozen <see cref="TimelineDocument"/>. Articles stream through extraction; only the
/// extracted facts and sentence texts are kept for resolution.
/// </summary>
public sealed class CorpusBuilder(ExtractionPipeline pipeline, IEntityResolver entities, IEventResolver events)
{
    /// <summary>Builds the timeline of the given inputs.</summary>
    public BuildResult Build(IEnumerable<string> inputs, BuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reader = new CorpusReader(options.Ingest);
        var skipped = ImmutableArray.CreateBuilder<SkippedInput>();
        var ignored = ImmutableArray.CreateBuilder<SkippedInput>();
        var duplicates = ImmutableArray.CreateBuilder<DuplicateInput>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var corpus = new List<ArticleMentions>();
        long chars = 0;
        var duplicateFilter = new DuplicateFilter();
        // Parsing and extraction run in parallel; duplicates are decided in input order afterwards, so the
        // first copy of an article always wins whatever the scheduling.
        var stream = reader.ReadDeferred(inputs)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, options.Parallelism))
            .WithCancellation(cancellationToken)
            .Select(deferred => Extract(deferred.Materialise()));
        foreach (var (parsed, mentions) in stream)
        {
            var item = duplicateFilter.Check(parsed);
            switch (item)
            {
                case IngestItem.Read r:
                    corpus.Add(mentions!);
                    chars += r.Article.Text.Length;
                    foreach (var w in r.Article.Warnings) warnings.Add($"{r.Article.File}: {w}");
                    progress?.Report(new BuildProgress(corpus.Count, skipped.Count, chars, r.Article.File));
                    break;
                case IngestItem.Skipped s:
                    skipped.Add(new SkippedInput(s.File, s.Reason));
                    break;
                case IngestItem.Duplicate d:
                    duplicates.Add(new DuplicateInput(d.File, d.DuplicateOf));
                    break;
                case IngestItem.Ignored i:
                    ignored.Add(new SkippedInput(i.File, i.Reason));
                    break;
            }
        }

        var extraction = clock.Elapsed;
        var document = Assemble(corpus, skipped.ToImmutable(), duplicates.ToImmutable());
        return new BuildResult(document, ignored.ToImmutable(), warnings.ToImmutable(), chars) { Phases = (extraction, clock.Elapsed - extraction) };
    }

    /// <summary>Resolves already-extracted articles into the frozen document.</summary>
    public TimelineDocument Assemble(IReadOnlyList<ArticleMentions> corpus, ImmutableArray<SkippedInput> skipped, ImmutableArray<DuplicateInput> duplicates)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var entityResolution = entities.Resolve(corpus);
        var eventResolution = events.Resolve(corpus, entityResolution);
        // A publication date inferred from the rest of the corpus anchors that article's relative dates
        // ("on Monday"): extract it again with the date and resolve once more, until no new date is inferred
        // (each round can date articles that share happenings with the ones just dated).
        for (var round = 0; round < 3; round++)
        {
            var inferred = eventResolution.InferredPublished;
            if (!corpus.Any(m => m.Article.Published is null && inferred.ContainsKey(m.Article.Id))) break;
            corpus = [.. corpus.Select(m => m.Article.Published is null && inferred.TryGetValue(m.Article.Id, out var day)
                ? Compact(pipeline.Run(m.Article with { Published = day, PublishedBasis = PublishedBasis.Corpus }))
                : m)];
            entityResolution = entities.Resolve(corpus);
            eventResolution = events.Resolve(corpus, entityResolution);
        }

        var articles = corpus.Select(m =>
        {
            var a = m.Article;
            return new ArticleRecord(a.Id, a.File, a.Title, a.Source, a.Author, a.Published, a.PublishedBasis, a.SkippedLines.Length);
        }).ToImmutableArray();
        return new TimelineDocument
        {
            Articles = articles,
            Entities = entityResolution.Entities,
            Events = eventResolution.Events,
            Itineraries = eventResolution.Itineraries,
            Timeline = eventResolution.Timeline,
            Skipped = skipped,
            Duplicates = duplicates,
            Resolution = entityResolution.Log,
        };
    }

    private (IngestItem Item, ArticleMentions? Mentions) Extract(IngestItem item)
    {
        if (item is not IngestItem.Read r) return (item, null);
        try
        {
            return (item, Compact(pipeline.Run(r.Article)));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException or KeyNotFoundException or NullReferenceException)
        {
            // One article that trips a bug in a stage must not stop the corpus: it is reported like bad input.
            return (new IngestItem.Skipped(r.Article.File, $"extraction failed ({ex.GetType().Name}: {ex.Message}); please report this article"), null);
        }
    }

    // Tokens are only needed by the taggers; dropping them keeps memory to the facts and sentence spans.
    private static ArticleMentions Compact(ArticleMentions m) =>
        m with { Analysed = m.Analysed with { Sentences = [.. m.Analysed.Sentences.Select(s => s with { Tokens = [] })] } };
}
