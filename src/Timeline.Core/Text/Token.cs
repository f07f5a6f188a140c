namespace Timeline.Core;

/// <summary>A token with its character offsets into the article's original text.</summary>
public readonly record struct Token(string Text, int Start, int End)
{
    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, End);
}
