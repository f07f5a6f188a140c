namespace Timeline.Core;

/// <summary>A half-open range [Start, End) of UTF-16 character offsets into an article's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The covered text of <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start..End];
}
