using System.Text.RegularExpressions;

namespace Timeline.Extraction;

/// <summary>
/// Classifies the lines of a plain-text article: headline, section headings, datelines, bylines, photo
/// captions and web furniture (prompts, labels, sign-up lines) are told apart from article text by general
/// rules — known furniture phrases, short lines without sentence structure, caption lines repeated with a
/// credit — never by a list of particular articles' lines.
/// </summary>
internal static partial class Furniture
{
    public sealed record Line(int Start, int End, string Text, LineKind Kind);

    // Every alternative of StrongFurnitureRegex contains one of these words; a vectorised search for them
    // spares the case-insensitive regex on ordinary paragraphs.
    private static readonly System.Buffers.SearchValues<string> FurnitureWords = System.Buffers.SearchValues.Create(
        [
            "notification", "newsletter", "sign up", "sign in", "subscri", "account", "logged in", "log in", "thank you for",
            "refresh", "join", "thought-provoking", "commenting", "browser", "cookie", "rights reserved", "copyright", "\u00A9",
            "download", "follow us", "click here", "share this", "skip to", "keep reading", "read more", "more on this story",
            "related", "your email", "your inbox",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static List<Line> Classify(string text, bool mayStartWithHeadline)
    {
        var (spans, wrapped) = TextLayout.Lines(text);
        var lines = new List<Line>(spans.Count);
        foreach (var (start, end) in spans)
        {
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            lines.Add(new Line(s, end, text[s..end], end > s ? LineKind.Content : LineKind.Blank));
        }

        // In hard-wrapped wire copy, line rules apply only to lines that stand alone as a paragraph.
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Kind == LineKind.Blank) continue;
            var standsAlone = !wrapped || (
                (i == 0 || lines[i - 1].Kind == LineKind.Blank || TextLayout.IsIndented(text, spans[i]) || TextLayout.EndsSentence(text, spans[i - 1]))
                && (i == lines.Count - 1 || lines[i + 1].Kind == LineKind.Blank || TextLayout.IsIndented(text, spans[i + 1])));
            if (!standsAlone) continue;
            var kind = ClassifyLine(l.Text);
            if (kind != LineKind.Content) lines[i] = l with { Kind = kind };
        }

        MarkCaptionPairs(lines);
        var firstContent = lines.FindIndex(l => l.Kind is LineKind.Content or LineKind.Short);
        if (firstContent >= 0 && mayStartWithHeadline && IsHeadline(lines[firstContent].Text)
            && lines.Skip(firstContent + 1).Any(l => l.Kind == LineKind.Content))
        {
            lines[firstContent] = lines[firstContent] with { Kind = LineKind.Headline };
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Short) lines[i] = lines[i] with { Kind = LineKind.Furniture };
        }

        if (!wrapped)
        {
            var afterHeadline = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var l = lines[i];
                if (l.Kind == LineKind.Headline) afterHeadline = true;
                if (l.Kind != LineKind.Content) continue;
                if (afterHeadline && IsSectionHeading(l.Text)) lines[i] = l with { Kind = LineKind.Heading };
                afterHeadline = true;
            }
        }

        return lines;
    }

    private static LineKind ClassifyLine(string line)
    {
        var words = WordCount(line);
        if (words <= 30 && line.AsSpan().IndexOfAny(FurnitureWords) >= 0 && StrongFurnitureRegex().IsMatch(line)) return LineKind.Furniture;
        if (words <= 4 && LabelRegex().IsMatch(line)) return LineKind.Furniture;
        if (words <= 8 && BylineRegex().IsMatch(line)) return LineKind.Byline;
        if (words <= 14 && !EndsSentence(line) && DateText.FindInLine(line) is not null) return LineKind.Dateline;
        if (words <= 30 && CreditRegex().IsMatch(line) && !EndsSentence(line.TrimEnd(')'))) return LineKind.Caption;
        // A line of one to three words with no sentence punctuation is chrome ("Comments", "ICARO Media Group").
        if (words <= 3 && !EndsSentence(line)) return LineKind.Short;
        return LineKind.Content;
    }

    /// <summary>A caption printed twice, once bare and once with its credit: both lines are page furniture.</summary>
    private static void MarkCaptionPairs(List<Line> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Blank) continue;
            for (int j = i + 1, seen = 0; j < lines.Count && seen < 2; j++)
            {
                if (lines[j].Kind == LineKind.Blank) continue;
                seen++;
                var a = lines[i].Text;
                var b = lines[j].Text;
                if (b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal) && TrailingCreditRegex().IsMatch(b[a.Length..]))
                {
                    lines[i] = lines[i] with { Kind = LineKind.Caption };
                    lines[j] = lines[j] with { Kind = LineKind.Caption };
                }
            }
        }
    }

    private static bool IsHeadline(string line)
    {
        var words = WordCount(line);
        return words is >= 2 and <= 25 && !line.EndsWith('.') && line.Length < 220;
    }

    /// <summary>A title-case line without sentence punctuation inside the body is a section heading.</summary>
    private static bool IsSectionHeading(string line)
    {
        if (EndsSentence(line) || line.EndsWith(':') || !char.IsUpper(line[0])) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 14) return false;
        var content = words.Where(w => w.Length > 3).ToList();
        return content.Count > 0 && content.Count(w => char.IsUpper(w[0])) >= 0.75 * content.Count;
    }

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ';';

    internal static int WordCount(string line)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }

        return n;
    }

    [GeneratedRegex(@"\bnotifications?\b|\bnewsletters?\b|\bsign (?:up|in)\b|\bsubscribe\b|\bcreate an account\b|\blogged in\b|\blog in\b|\bthank you for (?:registering|subscribing|signing up)\b|\brefresh (?:the|your) (?:page|browser)\b|\bjoin (?:our|the) [\w\s-]*(?:forum|conversation|community)|\bthought-provoking conversations\b|\bcommenting\b|\bbrowser preferences\b|\bcookies?\b|\ball rights reserved\b|^copyright\b|^\u00A9|\bdownload (?:our|the) app\b|\bfollow us\b|\bclick here\b|\bshare this (?:article|story)\b|\bskip to (?:main )?content\b|\bkeep reading\b|^read more\b|^more on this story\b|^related (?:articles|stories|topics)\b|\byour (?:email|inbox)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongFurnitureRegex();

    [GeneratedRegex(@"^(?:analysis|opinion|comment|comments|live|explainer|watch|listen|video|advertisement|advert|sponsored|promoted|related|most read|top stories|editor'?s picks?|breaking|exclusive|updated|share|print|email)\b[\s:]*(?:\(\d+\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^By\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}(?:\s*(?:,|and)\s*.*)?$")]
    private static partial Regex BylineRegex();

    [GeneratedRegex(@"\((?:[^()]*\b(?:Reuters|AFP|AP|EPA|Getty|PA|Photo|Photograph|Images|Shutterstock|Bloomberg|Pool|Handout|Xinhua|Anadolu)\b[^()]*)\)\s*$")]
    private static partial Regex CreditRegex();

    [GeneratedRegex(@"^\s*\([^()]{1,80}\)\s*$")]
    private static partial Regex TrailingCreditRegex();
}
