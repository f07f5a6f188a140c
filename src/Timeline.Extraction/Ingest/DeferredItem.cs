namespace Timeline.Extraction;

/// <summary>An ingest result whose document parsing may not have run yet; <see cref="Materialise"/> runs it.</summary>
public sealed class DeferredItem
{
    private readonly IngestItem? _ready;
    private readonly RawDocument? _raw;
    private readonly IngestOptions? _options;
    private readonly string? _warning;

    internal DeferredItem(IngestItem ready) => _ready = ready;

    internal DeferredItem(RawDocument raw, IngestOptions options, string? warning)
    {
        _raw = raw;
        _options = options;
        _warning = warning;
    }

    /// <summary>The finished item: the article, or why the document was skipped. Pure and thread-safe.</summary>
    public IngestItem Materialise()
    {
        if (_ready is not null) return _ready;
        var article = ArticleFactory.Create(_raw!, _options!, _warning);
        return ArticleFactory.HasContent(article)
            ? new IngestItem.Read(article)
            : new IngestItem.Skipped(_raw!.File, "no article text left after removing page furniture");
    }
}

/// <summary>Turns a repeated article into a <see cref="IngestItem.Duplicate"/> of the first one; feed it items in input order.</summary>
public sealed class DuplicateFilter
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    /// <summary>The item, or a duplicate record when its article id was seen before.</summary>
    public IngestItem Check(IngestItem item)
    {
        if (item is not IngestItem.Read read) return item;
        if (_seen.TryGetValue(read.Article.Id, out var first)) return new IngestItem.Duplicate(read.Article.File, first);
        _seen.Add(read.Article.Id, read.Article.File);
        return item;
    }
}
