using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Extraction;

/// <summary>
/// Reads unlabeled news text for the word clusters and the case profile: Reuters-21578 SGML (TITLE and BODY of each
/// story) or plain-text articles (BBC), tokenised with the project's tokenizer and cut into sentences at . ? !.
/// </summary>
internal static partial class UnlabeledText
{
    /// <summary>Sentences of every file under the paths, files in ordinal order. A folder holding .sgm files is read as Reuters SGML only.</summary>
    public static List<IReadOnlyList<string>> Read(IEnumerable<string> paths)
    {
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var path in paths)
        {
            foreach (var file in Files(path)) AddText(file, sentences);
        }

        return sentences;
    }

    private static string[] Files(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"{path}: not found");
        var sgm = Directory.GetFiles(path, "*.sgm", SearchOption.AllDirectories);
        var files = sgm.Length > 0
            ? sgm
            : Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase)).ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static void AddText(string file, List<IReadOnlyList<string>> sentences)
    {
        var bytes = File.ReadAllBytes(file);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        if (file.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in StoryPart().Matches(text))
            {
                AddParagraphs(WebUtility.HtmlDecode(m.Groups[2].Value), sentences);
            }
        }
        else
        {
            AddParagraphs(text, sentences);
        }
    }

    private static void AddParagraphs(string text, List<IReadOnlyList<string>> sentences)
    {
        foreach (var paragraph in ParagraphBreak().Split(text))
        {
            var current = new List<string>();
            foreach (var token in Tokenizer.Tokenize(paragraph))
            {
                if (token.Text.Any(char.IsControl)) continue;
                current.Add(token.Text);
                if (token.Text is "." or "?" or "!")
                {
                    sentences.Add(current);
                    current = [];
                }
            }

            if (current.Count > 0) sentences.Add(current);
        }
    }

    [GeneratedRegex(@"<(TITLE|BODY)>(.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex StoryPart();

    [GeneratedRegex(@"\n\s*\n|\n\s{2,}|&#3;|&\\t")]
    private static partial Regex ParagraphBreak();
}
