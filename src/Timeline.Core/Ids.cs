using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Timeline.Core;

/// <summary>Stable, content-derived ids: the same input always gives the same id.</summary>
public static class Ids
{
    /// <summary>Lower-case ASCII slug: diacritics folded, runs of other characters become one hyphen.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c != '\'' && c != '\u2019')
            {
                // Apostrophes vanish ("O'Brien" → "obrien"); everything else separates words.
                pendingHyphen = true;
            }
        }

        return sb.Length == 0 ? "x" : sb.ToString();
    }

    /// <summary>Removes diacritics ("Erdoğan" → "Erdogan") and maps a few letters with no decomposition.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127) { ascii = false; break; }
        }

        if (ascii) return text;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            if (c is '\u02BE' or '\u02BF') continue; // Arabic ʿayn and hamza in transliterations ("Sanʿa").
            var mapped = c switch
            {
                'ı' => 'i',
                'ł' => 'l',
                'Ł' => 'L',
                'ø' => 'o',
                'Ø' => 'O',
                'đ' => 'd',
                'Đ' => 'D',
                'ß' => 's',
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => BaseLetter(c),
            };
            if (mapped != '\0') sb.Append(mapped);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    // Base letters for precomposed Latin letters. Needed because with InvariantGlobalization string.Normalize
    // does not decompose, so "Erdoğan" would keep its ğ. Index = code point minus the block start.
    private const string Latin1 = // U+00C0–U+00FF
        "AAAAAAACEEEEIIII" + "DNOOOOO\u00D7OUUUUYTs" + "aaaaaaaceeeeiiii" + "dnooooo\u00F7ouuuuyty";

    private const string LatinExtendedA = // U+0100–U+017F
        "AaAaAaCcCcCcCcDd" + "DdEeEeEeEeEeGgGg" + "GgGgHhHhIiIiIiIi" + "IiIiJjKkkLlLlLlL" +
        "lLlNnNnNnnNnOoOo" + "OoOoRrRrRrSsSsSs" + "SsTtTtTtUuUuUuUu" + "UuUuWwYyYZzZzZzs";

    private const string LatinExtendedAdditional = // U+1E00–U+1E9B
        "AaBbBbBbCcDdDdDd" + "DdDdEeEeEeEeEeFf" + "GgHhHhHhHhHhIiIi" + "KkKkKkLlLlLlLlMm" +
        "MmMmNnNnNnNnOoOo" + "OoOoPpPpRrRrRrRr" + "SsSsSsSsSsTtTtTt" + "TtUuUuUuUuUuVvVv" +
        "WwWwWwWwWwXxXxYy" + "ZzZzZzhtwyas";

    private static char BaseLetter(char c) => c switch
    {
        >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
        >= '\u0100' and <= '\u017F' => LatinExtendedA[c - 0x100],
        >= '\u1E00' and <= '\u1E9B' => LatinExtendedAdditional[c - 0x1E00],
        >= '\u1EA0' and <= '\u1EB7' => (c & 1) == 0 ? 'A' : 'a',
        >= '\u1EB8' and <= '\u1EC7' => (c & 1) == 0 ? 'E' : 'e',
        >= '\u1EC8' and <= '\u1ECB' => (c & 1) == 0 ? 'I' : 'i',
        >= '\u1ECC' and <= '\u1EE3' => (c & 1) == 0 ? 'O' : 'o',
        >= '\u1EE4' and <= '\u1EF1' => (c & 1) == 0 ? 'U' : 'u',
        >= '\u1EF2' and <= '\u1EF9' => (c & 1) == 0 ? 'Y' : 'y',
        '\u01A0' => 'O',
        '\u01A1' => 'o',
        '\u01AF' => 'U',
        '\u01B0' => 'u',
        '\u01CD' => 'A',
        '\u01CE' => 'a',
        '\u01CF' => 'I',
        '\u01D0' => 'i',
        '\u01D1' => 'O',
        '\u01D2' => 'o',
        '\u01D3' => 'U',
        '\u01D4' => 'u',
        '\u0218' => 'S',
        '\u0219' => 's',
        '\u021A' => 'T',
        '\u021B' => 't',
        '\u018F' => 'E',
        '\u0259' => 'e',
        _ => c,
    };

    /// <summary>Entity id of the form <c>type/slug</c>, e.g. <c>person/antony-blinken</c>.</summary>
    public static string Entity(EntityType type, string name) => TypePrefix(type) + "/" + Slug(name);

    /// <summary>The id prefix for an entity type.</summary>
    public static string TypePrefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        EntityType.Place => "place",
        _ => "other",
    };

    /// <summary>Article id from the article's normalised text (see <see cref="NormaliseForIdentity"/>).</summary>
    public static string Article(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText));
        return "article/" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>Text normalised for identity: folded, lower-cased, whitespace collapsed, punctuation unified.</summary>
    public static string NormaliseForIdentity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        // One pass over a pooled buffer: this runs on every article, so no per-character StringBuilder calls.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(folded.Length);
        try
        {
            var n = 0;
            var space = false;
            foreach (var c in folded)
            {
                if (c < 128)
                {
                    if (c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v')
                    {
                        space = n > 0;
                        continue;
                    }

                    if (space) buffer[n++] = ' ';
                    space = false;
                    buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    space = n > 0;
                    continue;
                }

                if (space) buffer[n++] = ' ';
                space = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }

            return new string(buffer, 0, n);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
