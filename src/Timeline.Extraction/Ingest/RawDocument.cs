namespace Timeline.Extraction;

/// <summary>A document as a format reader found it, before furniture removal and metadata detection.</summary>
internal sealed record RawDocument(string File, string Text)
{
    public string? Title { get; init; }

    public string? Source { get; init; }

    public string? Author { get; init; }

    public string? Url { get; init; }

    /// <summary>Publication date or timestamp as given by metadata, unparsed.</summary>
    public string? Published { get; init; }

    /// <summary>True when the text may start with a headline line (plain text); false when the title came separately.</summary>
    public bool MayStartWithHeadline { get; init; } = true;

    /// <summary>A problem met while reading that did not stop the document (e.g. a broken sidecar).</summary>
    public string? Warning { get; init; }
}
