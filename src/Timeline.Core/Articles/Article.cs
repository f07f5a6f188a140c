using System.Collections.Immutable;

namespace Timeline.Core;

/// <summary>
/// One article as read from the corpus. <see cref="Text"/> is the original text; <see cref="Body"/> has the
/// same length with headline and web-furniture lines blanked out, so every offset into Body is an offset
/// into Text and provenance always points into what the outlet published.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the normalised text, e.g. <c>article/3f2a…</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Where it was read from: a path, or <c>path#n</c> for records inside a file.</summary>
    public required string File { get; init; }

    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Outlet, when known.</summary>
    public string? Source { get; init; }

    /// <summary>Author, when known.</summary>
    public string? Author { get; init; }

    /// <summary>Original URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Time of day and zone of publication when a dateline gives them (e.g. <c>17:21 EST</c>).</summary>
    public string? PublishedTime { get; init; }

    /// <summary>How <see cref="Published"/> was obtained.</summary>
    public PublishedBasis PublishedBasis { get; init; }

    /// <summary>The original decoded text.</summary>
    public required string Text { get; init; }

    /// <summary>The text to analyse: <see cref="Text"/> with non-article lines replaced by spaces.</summary>
    public required string Body { get; init; }

    /// <summary>Lines removed as web furniture (offsets into <see cref="Text"/>).</summary>
    public ImmutableArray<TextSpan> SkippedLines { get; init; } = [];

    /// <summary>Warnings raised while reading (e.g. decoded as Windows-1252).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
