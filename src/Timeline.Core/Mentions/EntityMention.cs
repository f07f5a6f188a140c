using System.Collections.Immutable;

namespace Timeline.Core;

/// <summary>A title a person is said to hold, for a country or organisation (by name as written).</summary>
public sealed record RoleMention(string Title, string? Of);

/// <summary>A named-entity mention in one article, before resolution.</summary>
public sealed record EntityMention
{
    /// <summary>Offsets of the name in the original text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The name as written.</summary>
    public required string Text { get; init; }

    /// <summary>Index of the sentence it sits in.</summary>
    public int Sentence { get; init; } = -1;

    /// <summary>The tagger's label (PER, ORG, LOC, MISC).</summary>
    public required string Label { get; init; }

    /// <summary>The type after gazetteer checks.</summary>
    public required EntityType Type { get; init; }

    /// <summary>Gazetteer key when the name matched an entry (e.g. <c>country/tr</c>, <c>place/323786</c>).</summary>
    public string? GazetteerKey { get; init; }

    /// <summary>Roles attached to this mention by appositions and title patterns.</summary>
    public ImmutableArray<RoleMention> Roles { get; init; } = [];

    /// <summary>True when the mention is a description or pronoun resolved to a name (e.g. "the top US diplomat").</summary>
    public bool IsDescription { get; init; }
}
