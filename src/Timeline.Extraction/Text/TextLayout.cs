namespace Timeline.Extraction;

/// <summary>Lines of a text and whether it is hard-wrapped wire copy or one-paragraph-per-line web text.</summary>
internal static class TextLayout
{
    /// <summary>Line spans (trailing white space excluded) and the wrapping verdict.</summary>
    public static (List<(int Start, int End)> Lines, bool Wrapped) Lines(string text)
    {
        var lines = new List<(int Start, int End)>();
        var maxLen = 0;
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var e = end;
            while (e > pos && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add((pos, e));
            maxLen = Math.Max(maxLen, e - pos);
            if (nl < 0) break;
            pos = nl + 1;
        }

        // Wire copy wraps at 60-80 characters, so many lines stop mid-sentence; web text keeps a paragraph per line.
        var content = 0;
        var midSentence = 0;
        var full = 0;
        foreach (var (s, e) in lines)
        {
            if (e <= s || IsBlank(text, s, e)) continue;
            content++;
            if (e - s >= maxLen * 0.6) full++;
            var c = text[e - 1];
            if (char.IsLetterOrDigit(c) || c is ',' or '-' or '(') midSentence++;
        }

        var wrapped = maxLen is > 0 and < 110 && content >= 3 && midSentence * 10 >= content * 4 && full * 2 >= content;
        return (lines, wrapped);
    }

    public static bool IsBlank(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }

        return true;
    }

    public static bool IsIndented(string text, (int Start, int End) line) => line.End > line.Start && char.IsWhiteSpace(text[line.Start]);

    public static bool EndsSentence(string text, (int Start, int End) line)
    {
        var (s, e) = line;
        return e > s && text[e - 1] is '.' or '!' or '?' or '"' or '\u201D' or ':' or ';';
    }
}
