using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// Splits text into tokens with offsets, following CoNLL/Penn conventions where they matter to the taggers:
/// possessive 's is its own token, abbreviations with internal periods ("U.S.") stay whole, hyphenated
/// words stay whole, numbers keep their separators ("1,400", "17:21").
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static ImmutableArray<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            var j = char.IsLetterOrDigit(c) ? ScanWord(text, i, end) : i + 1;
            if (j == i + 1 && !char.IsLetterOrDigit(c))
            {
                // Runs of the same punctuation ("...", "--") are one token.
                while (j < end && text[j] == c && c is '.' or '-' or '!' or '?') j++;
            }

            AddWord(text, i, j, tokens);
            i = j;
        }

        return tokens.ToImmutable();
    }

    /// <summary>Tokens of the whole text.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, 0, text.Length);
    }

    private static int ScanWord(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || IsCombining(c))
            {
                j++;
                continue;
            }

            // Joiners stay inside a word when a letter or digit follows: Al-Ansari, O'Brien, 1,400, 17:21, 3.5, U.S.
            if (j + 1 < end && IsJoiner(c) && char.IsLetterOrDigit(text[j + 1]))
            {
                if ((c == ',' || c == ':') && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))) break;
                j++;
                continue;
            }

            break;
        }

        // Abbreviations with internal periods keep their final period: "U.S." "a.m." but not "end."
        if (j < end && text[j] == '.' && j - i >= 2 && text[j - 2] == '.') j++;
        else if (j < end && text[j] == '.' && j - i == 1 && char.IsUpper(text[i]) && j + 1 < end && text[j + 1] == ' '
                 && j + 2 < end && char.IsUpper(text[j + 2]) && (i == 0 || !char.IsLetter(text[i - 1])))
        {
            // Initials: "George W. Bush".
            j++;
        }
        else if (j < end && text[j] == '.' && Abbreviations.IsTitle(text.AsSpan(i, j - i))
                 && (!Abbreviations.IsAlsoWord(text.AsSpan(i, j - i)) || (j + 2 < end && text[j + 1] == ' ' && char.IsDigit(text[j + 2])) || Saint(text, i, j, end)))
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// "the St. Louis company", "in St. Petersburg": "St." right after an article or a preposition and before a capital
    /// opens a saint's name; after a name ("Vermont St. Police said") it may be a street ending the sentence.
    /// </summary>
    private static bool Saint(string text, int i, int j, int end)
    {
        if (j - i != 2 || !text.AsSpan(i, 2).Equals("St", StringComparison.Ordinal) || j + 2 >= end || text[j + 1] != ' ' || !char.IsUpper(text[j + 2])) return false;
        var k = i - 1;
        while (k >= 0 && text[k] == ' ') k--;
        var stop = k;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        return stop > k && SaintLeaders.Contains(text.AsSpan(k + 1, stop - k));
    }

    // Words after which "St." opens a name: an article, a preposition of place, or "and" ("Minneapolis and St. Paul").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SaintLeaders =
        FrozenSet.ToFrozenSet(["the", "in", "of", "at", "to", "from", "near", "and"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static void AddWord(string text, int i, int j, ImmutableArray<Token>.Builder tokens)
    {
        // Split the possessive clitic: "Israel's" → "Israel" + "'s"; "hostages'" stays one token (rare, harmless).
        if (j - i > 2 && (text[j - 1] == 's' || text[j - 1] == 'S') && IsApostrophe(text[j - 2]) && char.IsLetter(text[j - 3]))
        {
            tokens.Add(new Token(text[i..(j - 2)], i, j - 2));
            tokens.Add(new Token(text[(j - 2)..j], j - 2, j));
            return;
        }

        // "don't" → "do" + "n't" as in the Penn Treebank.
        if (j - i > 3 && text[j - 1] == 't' && IsApostrophe(text[j - 2]) && text[j - 3] == 'n')
        {
            tokens.Add(new Token(text[i..(j - 3)], i, j - 3));
            tokens.Add(new Token(text[(j - 3)..j], j - 3, j));
            return;
        }

        tokens.Add(new Token(text[i..j], i, j));
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019' or '.' or ',' or ':' or '&' or '/' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsCombining(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
