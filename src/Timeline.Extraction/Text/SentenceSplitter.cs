using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// Splits text into paragraphs and sentences. Works on hard-wrapped newswire (Reuters) as well as on
/// one-paragraph-per-line web text, and survives abbreviations, initials, quotes and dashes.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Analyses an article's <see cref="Article.Body"/>.</summary>
    public static AnalysedArticle Analyse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new AnalysedArticle(article, Split(article.Body));
    }

    /// <summary>Sentences of <paramref name="text"/>, offsets into it.</summary>
    public static ImmutableArray<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraph = 0;
        foreach (var (start, end) in Paragraphs(text))
        {
            var tokens = Tokenizer.Tokenize(text, start, end);
            if (tokens.Length == 0) continue;
            var first = 0;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (!IsTerminal(tokens[k].Text)) continue;
                var last = k;
                while (last + 1 < tokens.Length && IsCloser(tokens[last + 1].Text)) last++;
                if (last + 1 < tokens.Length && !StartsSentence(tokens, last + 1)) continue;
                Add(sentences, tokens, first, last, paragraph);
                first = last + 1;
                k = last;
            }

            if (first < tokens.Length) Add(sentences, tokens, first, tokens.Length - 1, paragraph);
            paragraph++;
        }

        return sentences.ToImmutable();
    }

    /// <summary>Paragraph spans: blank lines always separate; a single newline does unless the text is hard-wrapped mid-sentence.</summary>
    internal static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var (lines, wrapped) = TextLayout.Lines(text);
        var maxLen = lines.Count == 0 ? 0 : lines.Max(l => l.End - l.Start);
        int? paraStart = null;
        var paraEnd = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (s, e) = lines[i];
            if (TextLayout.IsBlank(text, s, e))
            {
                if (paraStart is { } ps) yield return (ps, paraEnd);
                paraStart = null;
                continue;
            }

            var contentStart = s;
            while (contentStart < e && char.IsWhiteSpace(text[contentStart])) contentStart++;
            if (paraStart is { } open)
            {
                var continues = wrapped && contentStart == s && !EndsParagraph(text, lines[i - 1], maxLen);
                if (!continues)
                {
                    yield return (open, paraEnd);
                    paraStart = contentStart;
                }
            }
            else
            {
                paraStart = contentStart;
            }

            paraEnd = e;
        }

        if (paraStart is { } last) yield return (last, paraEnd);
    }

    private static bool EndsParagraph(string text, (int Start, int End) line, int maxLen)
    {
        var length = line.End - line.Start;
        return length == 0 || (TextLayout.EndsSentence(text, line) && length < maxLen * 0.85) || length < maxLen * 0.6;
    }

    private static void Add(ImmutableArray<Sentence>.Builder sentences, ImmutableArray<Token> tokens, int first, int last, int paragraph)
    {
        var slice = tokens.Slice(first, last - first + 1);
        sentences.Add(new Sentence(sentences.Count, paragraph, new TextSpan(slice[0].Start, slice[^1].End), slice));
    }

    private static bool IsTerminal(string token) => token is "." or "!" or "?" or "..." or "?!" or "!!" or "\u2026";

    private static bool IsCloser(string token) => token is "\"" or "\u201D" or "\u2019" or "'" or ")" or "]";

    private static bool StartsSentence(ImmutableArray<Token> tokens, int index)
    {
        var t = tokens[index].Text;
        var c = t[0];
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (c is '"' or '\u201C' or '\u2018' or '(' or '[' or '\'' or '-' or '\u2013' or '\u2014')
        {
            return index + 1 >= tokens.Length || !char.IsLower(tokens[index + 1].Text[0]);
        }

        return false;
    }
}
