using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>One result of reading the corpus: an article, a skipped input, or a duplicate.</summary>
public abstract record IngestItem
{
    private IngestItem()
    {
    }

    /// <summary>An article that was read.</summary>
    public sealed record Read(Article Article) : IngestItem;

    /// <summary>An input (file, record or line) that was not read, and why.</summary>
    public sealed record Skipped(string File, string Reason) : IngestItem;

    /// <summary>An input whose normalised text equals an article already read.</summary>
    public sealed record Duplicate(string File, string DuplicateOf) : IngestItem;

    /// <summary>A file found inside a folder that is not an article format (counted, not an error).</summary>
    public sealed record Ignored(string File, string Reason) : IngestItem;
}
