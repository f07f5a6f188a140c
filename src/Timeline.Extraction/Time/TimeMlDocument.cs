using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>A TIMEX3 read from a TimeML file, with offsets into the document's raw <c>TEXT</c>.</summary>
public sealed record TimeMlTimex(TextSpan Span, string Text, string Type, string Value)
{
    /// <summary>The <c>mod</c> attribute, when present.</summary>
    public string? Mod { get; init; }
}

/// <summary>
/// A TimeML document split into the markup before the text, the raw text (inline tags removed, every other
/// character as in the file) and the markup after it, with the gold TIMEX3 the text carried.
/// </summary>
public sealed record TimeMlDocument(string Name, string Prefix, string Text, string Suffix, DateOnly? CreationDate, ImmutableArray<TimeMlTimex> Timexes)
{
    /// <summary>True when the file began with a UTF-8 byte order mark (kept on output).</summary>
    public bool Bom { get; init; }
}

/// <summary>Thrown for a file that is not TimeML or is malformed; the message names the file and the reason.</summary>
public sealed class TimeMlFormatException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public TimeMlFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with no message.</summary>
    public TimeMlFormatException() { }

    /// <summary>Creates the exception wrapping another.</summary>
    public TimeMlFormatException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>Reads TempEval-3 input files (<c>*.TE3input</c>) and gold <c>.tml</c> files.</summary>
public static class TimeMlReader
{
    private static readonly string[] LinkElements = ["MAKEINSTANCE", "TLINK", "SLINK", "ALINK"];

    /// <summary>Reads and parses a file.</summary>
    public static TimeMlDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        string content;
        try
        {
            content = new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            throw new TimeMlFormatException($"{path}: not TimeML (not valid UTF-8)");
        }

        return Parse(content, Path.GetFileName(path)) with { Bom = bom };
    }

    /// <summary>Parses TimeML content; <paramref name="name"/> is used in error messages.</summary>
    public static TimeMlDocument Parse(string content, string name)
    {
        ArgumentNullException.ThrowIfNull(content);
        var open = content.IndexOf("<TEXT>", StringComparison.Ordinal);
        var close = content.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        if (!content.Contains("<TimeML", StringComparison.Ordinal) && !content.Contains("<DCT>", StringComparison.Ordinal) || open < 0)
            throw new TimeMlFormatException($"{name}: not TimeML (no <TimeML>/<DCT> and <TEXT> elements)");
        if (close < open) throw new TimeMlFormatException($"{name}: malformed TimeML (<TEXT> is not closed)");
        if (content.IndexOf("<TEXT>", open + 6, StringComparison.Ordinal) >= 0) throw new TimeMlFormatException($"{name}: malformed TimeML (more than one <TEXT>)");

        var textStart = open + "<TEXT>".Length;
        var (text, timexes) = StripTags(content, textStart, close, name);
        var prefix = content[..textStart];
        var suffix = RemoveLinks(content[close..]);
        return new TimeMlDocument(name, prefix, text, suffix, CreationDate(content, name), timexes);
    }

    private static DateOnly? CreationDate(string content, string name)
    {
        var dct = content.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dct < 0) return null;
        var end = content.IndexOf("</DCT>", dct, StringComparison.Ordinal);
        if (end < 0) throw new TimeMlFormatException($"{name}: malformed TimeML (<DCT> is not closed)");
        var inner = content[dct..end];
        var v = Attribute(inner, "value");
        if (v is null || v.Length < 8) return null;
        var digits = v.Replace("-", "", StringComparison.Ordinal);
        if (digits.Length >= 8 && DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new TimeMlFormatException($"{name}: malformed TimeML (DCT value '{v}' is not a date)");
    }

    private static (string Text, ImmutableArray<TimeMlTimex> Timexes) StripTags(string content, int start, int end, string name)
    {
        var sb = new StringBuilder(end - start);
        var timexes = ImmutableArray.CreateBuilder<TimeMlTimex>();
        (int Start, string Tag)? openTimex = null;
        var openTags = new Stack<string>();
        var i = start;
        while (i < end)
        {
            var c = content[i];
            if (c != '<')
            {
                sb.Append(c);
                i++;
                continue;
            }

            var gt = content.IndexOf('>', i);
            if (gt < 0 || gt > end) throw new TimeMlFormatException($"{name}: malformed TimeML (unterminated tag at offset {i})");
            var tag = content[(i + 1)..gt];
            i = gt + 1;
            if (tag.StartsWith('!') || tag.StartsWith('?')) continue;
            var closing = tag.StartsWith('/');
            var selfClosing = tag.EndsWith('/');
            var tagName = TagName(closing ? tag[1..] : tag);
            if (tagName.Length == 0) throw new TimeMlFormatException($"{name}: malformed TimeML (empty tag at offset {i})");
            if (selfClosing) continue;
            if (closing)
            {
                if (openTags.Count == 0 || openTags.Pop() != tagName)
                    throw new TimeMlFormatException($"{name}: malformed TimeML (unexpected </{tagName}>)");
                if (tagName == "TIMEX3" && openTimex is { } ot)
                {
                    var text = sb.ToString(ot.Start, sb.Length - ot.Start);
                    timexes.Add(new TimeMlTimex(new TextSpan(ot.Start, sb.Length), text, Attribute(ot.Tag, "type") ?? "", Attribute(ot.Tag, "value") ?? "")
                    {
                        Mod = Attribute(ot.Tag, "mod"),
                    });
                    openTimex = null;
                }

                continue;
            }

            openTags.Push(tagName);
            if (tagName == "TIMEX3")
            {
                if (openTimex is not null) throw new TimeMlFormatException($"{name}: malformed TimeML (nested TIMEX3)");
                openTimex = (sb.Length, tag);
            }
        }

        if (openTags.Count > 0) throw new TimeMlFormatException($"{name}: malformed TimeML (<{openTags.Peek()}> is not closed)");
        return (sb.ToString(), timexes.ToImmutable());
    }

    private static string TagName(string tag)
    {
        var k = 0;
        while (k < tag.Length && !char.IsWhiteSpace(tag[k]) && tag[k] != '/') k++;
        return tag[..k];
    }

    /// <summary>The value of attribute <paramref name="attr"/> in a tag's text, or null.</summary>
    internal static string? Attribute(string tag, string attr)
    {
        var p = 0;
        while (true)
        {
            p = tag.IndexOf(attr + "=\"", p, StringComparison.Ordinal);
            if (p < 0) return null;
            if (p == 0 || char.IsWhiteSpace(tag[p - 1])) break;
            p += attr.Length;
        }

        var s = p + attr.Length + 2;
        var e = tag.IndexOf('"', s);
        return e < 0 ? null : tag[s..e];
    }

    // Gold files carry MAKEINSTANCE/TLINK elements after the text; TempEval-3 input has none.
    private static string RemoveLinks(string suffix)
    {
        var sb = new StringBuilder(suffix.Length);
        var i = 0;
        while (i < suffix.Length)
        {
            var lt = suffix.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(suffix, i, suffix.Length - i);
                break;
            }

            var isLink = false;
            foreach (var l in LinkElements)
            {
                if (string.CompareOrdinal(suffix, lt + 1, l, 0, l.Length) == 0 && lt + 1 + l.Length < suffix.Length && !char.IsLetter(suffix[lt + 1 + l.Length])) isLink = true;
            }

            if (!isLink)
            {
                sb.Append(suffix, i, lt + 1 - i);
                i = lt + 1;
                continue;
            }

            var gt = suffix.IndexOf('>', lt);
            if (gt < 0)
            {
                sb.Append(suffix, i, suffix.Length - i);
                break;
            }

            sb.Append(suffix, i, lt - i);
            i = gt + 1;
            // Drop the line the element sat on when it is otherwise empty.
            if (i < suffix.Length && suffix[i] == '\n' && (lt == 0 || suffix[lt - 1] == '\n')) i++;
        }

        return sb.ToString();
    }
}

/// <summary>Writes a document back with TIMEX3 tags inserted into its text, every other character unchanged.</summary>
public static class TimeMlWriter
{
    /// <summary>The document's content with <paramref name="times"/> (spans into <see cref="TimeMlDocument.Text"/>) tagged.</summary>
    public static string Write(TimeMlDocument document, IEnumerable<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(times);
        var ordered = times.OrderBy(t => t.Span.Start).ThenBy(t => t.Span.End).ToList();
        var sb = new StringBuilder(document.Prefix.Length + document.Text.Length * 2 + document.Suffix.Length);
        sb.Append(document.Prefix);
        var tid = NextTid(document.Prefix);
        var pos = 0;
        foreach (var t in ordered)
        {
            if (t.Span.Start < pos || t.Span.End > document.Text.Length || t.Span.Length <= 0) continue;
            if (InsideEntity(document.Text, t.Span.Start) || InsideEntity(document.Text, t.Span.End)) continue;
            sb.Append(document.Text, pos, t.Span.Start - pos);
            sb.Append("<TIMEX3 tid=\"t").Append(tid++.ToString(CultureInfo.InvariantCulture)).Append("\" type=\"").Append(TypeName(t.Type))
              .Append("\" value=\"").Append(Escape(t.Value)).Append('"');
            if (t.Mod is not null) sb.Append(" mod=\"").Append(Escape(t.Mod)).Append('"');
            if (t.Quant is not null) sb.Append(" quant=\"").Append(Escape(t.Quant)).Append('"');
            if (t.Freq is not null) sb.Append(" freq=\"").Append(Escape(t.Freq)).Append('"');
            sb.Append(" temporalFunction=\"").Append(t.TemporalFunction ? "true" : "false").Append("\" functionInDocument=\"NONE\">");
            sb.Append(document.Text, t.Span.Start, t.Span.Length);
            sb.Append("</TIMEX3>");
            pos = t.Span.End;
        }

        sb.Append(document.Text, pos, document.Text.Length - pos);
        sb.Append(document.Suffix);
        return sb.ToString();
    }

    /// <summary>TimeML name of a type.</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    // The text keeps its XML escapes ("&amp;"); a tag must never split one.
    private static bool InsideEntity(string text, int pos)
    {
        for (var k = pos - 1; k >= 0 && k >= pos - 10; k--)
        {
            var c = text[k];
            if (c == '&') return true;
            if (c == ';' || char.IsWhiteSpace(c)) return false;
        }

        return false;
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static int NextTid(string prefix)
    {
        var max = 0;
        var p = 0;
        while ((p = prefix.IndexOf("tid=\"t", p, StringComparison.Ordinal)) >= 0)
        {
            p += 6;
            var e = p;
            while (e < prefix.Length && char.IsAsciiDigit(prefix[e])) e++;
            if (e > p && int.TryParse(prefix.AsSpan(p, e - p), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) max = Math.Max(max, n);
        }

        return max + 1;
    }
}
