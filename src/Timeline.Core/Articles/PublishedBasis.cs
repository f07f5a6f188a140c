namespace Timeline.Core;

/// <summary>Where an article's publication date came from.</summary>
public enum PublishedBasis
{
    /// <summary>No date known.</summary>
    Unknown,

    /// <summary>Given by metadata (record field, sidecar, SGML DATE, or --published).</summary>
    Metadata,

    /// <summary>Found in a date line of the text.</summary>
    Dateline,

    /// <summary>Inferred from other articles of the same story.</summary>
    Corpus,
}
