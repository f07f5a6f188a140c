using System.Collections.Immutable;

namespace Timeline.Core;

/// <summary>A sentence of an article: its span, paragraph and tokens, all offsets into the original text.</summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, ImmutableArray<Token> Tokens)
{
    /// <summary>The sentence's text cut from the article's original text.</summary>
    public string TextOf(string articleText) => Span.Of(articleText);
}
