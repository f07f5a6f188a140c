namespace Timeline.Extraction;

/// <summary>How the corpus reader treats its input.</summary>
public sealed record IngestOptions
{
    /// <summary>The default size limit: 10 MB.</summary>
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>Files larger than this are skipped.</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Publication date for articles that have none of their own (<c>--published</c>).</summary>
    public DateOnly? DefaultPublished { get; init; }
}
