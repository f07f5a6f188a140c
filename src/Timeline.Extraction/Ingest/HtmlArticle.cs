using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Timeline.Extraction;

/// <summary>Extracts the main article text of an HTML page, dropping navigation, scripts, comments and footers.</summary>
internal static class HtmlArticle
{
    private static readonly string[] Chrome =
    [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "figure figcaption", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[aria-hidden=true]",
        ".comments", "#comments", ".advert", ".ad", ".newsletter", ".share", ".related", ".social",
    ];

    public static object Read(string file, string html)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        var meta = (string name) => doc.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");
        var root = doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.QuerySelector("[role=main]") ?? doc.Body;
        if (root is null) return new IngestItem.Skipped(file, "HTML has no body");
        var title = doc.QuerySelector("h1")?.TextContent.Trim() ?? meta("og:title") ?? doc.Title?.Trim();
        foreach (var selector in Chrome)
        {
            foreach (var el in root.QuerySelectorAll(selector).ToList()) el.Remove();
        }

        var h1 = root.QuerySelector("h1");
        h1?.Remove();
        var sb = new StringBuilder();
        AppendBlocks(root, sb);
        var text = sb.ToString().Trim();
        if (text.Length == 0) return new IngestItem.Skipped(file, "HTML page has no article text");
        return new RawDocument(file, text)
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Source = meta("og:site_name") ?? meta("application-name"),
            Author = meta("author") ?? meta("article:author"),
            Published = meta("article:published_time") ?? meta("date") ?? meta("pubdate")
                ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Url = meta("og:url") ?? doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            MayStartWithHeadline = false,
        };
    }

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "SECTION", "TR", "PRE", "BR", "DD", "DT",
    };

    private static void AppendBlocks(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    var s = Collapse(t.Data);
                    if (s.Length > 0)
                    {
                        if (sb.Length > 0 && sb[^1] != '\n' && sb[^1] != ' ' && char.IsWhiteSpace(t.Data[0])) sb.Append(' ');
                        sb.Append(s);
                        if (char.IsWhiteSpace(t.Data[^1])) sb.Append(' ');
                    }

                    break;
                case IElement e:
                    var block = Blocks.Contains(e.TagName);
                    if (block) NewLine(sb);
                    AppendBlocks(e, sb);
                    if (block) NewLine(sb);
                    break;
            }
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
