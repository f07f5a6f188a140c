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

            sb.Append(c switch
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
                _ => c,
            });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

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
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
