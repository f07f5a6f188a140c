using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Extraction;

/// <summary>Reads Reuters-21578 SGML: each <c>&lt;REUTERS&gt;</c> element is an article dated by its <c>&lt;DATE&gt;</c>.</summary>
internal static partial class ReutersSgml
{
    public static IEnumerable<object> Read(string file, string text)
    {
        var pos = 0;
        var found = false;
        while (true)
        {
            var start = text.IndexOf("<REUTERS", pos, StringComparison.Ordinal);
            if (start < 0) break;
            var end = text.IndexOf("</REUTERS>", start, StringComparison.Ordinal);
            if (end < 0)
            {
                yield return new IngestItem.Skipped($"{file}@{start}", "unterminated <REUTERS> element");
                break;
            }

            found = true;
            var element = text.AsSpan(start, end - start).ToString();
            pos = end + 10;
            var newId = NewIdRegex().Match(element) is { Success: true } m ? m.Groups[1].Value : start.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var name = $"{file}#{newId}";
            var body = Tag(element, "BODY");
            var title = Tag(element, "TITLE");
            if (string.IsNullOrWhiteSpace(body))
            {
                yield return new IngestItem.Skipped(name, "Reuters record has no <BODY> text");
                continue;
            }

            var dateline = Tag(element, "DATELINE");
            var sb = new StringBuilder();
            if (!string.IsNullOrWhiteSpace(dateline)) sb.Append(dateline.Trim()).Append(' ');
            sb.Append(body.TrimEnd());
            yield return new RawDocument(name, sb.ToString())
            {
                Title = title is null ? null : title.Trim(),
                Published = Tag(element, "DATE")?.Trim(),
                Source = "Reuters",
                MayStartWithHeadline = false,
            };
        }

        if (!found) yield return new IngestItem.Skipped(file, "no <REUTERS> elements: not a Reuters-21578 SGML file");
    }

    private static string? Tag(string element, string tag)
    {
        var open = element.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        if (open < 0) return null;
        open += tag.Length + 2;
        var close = element.IndexOf("</" + tag + ">", open, StringComparison.Ordinal);
        if (close < 0) close = element.Length;
        return Clean(WebUtility.HtmlDecode(element[open..close]));
    }

    private static string Clean(string s)
    {
        // "&\t" (ampersand, backslash, t) opens many paragraphs: a mangled tab from the collection's conversion.
        s = s.Replace("&\\t", "", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            // The Reuters files carry control characters (&#2;, &#3;, &#22;…) as transmission codes.
            if (c == '\n' || c == '\t' || !char.IsControl(c)) sb.Append(c == '\t' ? ' ' : c);
        }

        return sb.ToString();
    }

    [GeneratedRegex("NEWID=\"(\\d+)\"")]
    private static partial Regex NewIdRegex();
}
