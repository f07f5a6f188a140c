using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// Guards against names in text that is not reporting: photo credits ("(AFP via Getty Images)",
/// "Photograph: Jane Doe/Reuters"), bylines, wire trailers ("Reporting by …") and heading- or caption-like lines
/// that the ingest stage left in the body.
/// </summary>
internal static partial class Furniture
{
    private static readonly FrozenSet<string> CreditWords = FrozenSet.ToFrozenSet(
    [
        "reuters", "afp", "ap", "getty", "images", "epa", "pool", "anadolu", "xinhua", "bloomberg", "shutterstock",
        "alamy", "wireimage", "nurphoto", "sopa", "lightrocket", "sipa", "via", "photo", "photograph", "file",
        "handout", "credit", "courtesy", "efe", "upi", "tass", "wafa", "ansa", "dpa", "pa",
    ], StringComparer.Ordinal);

    [GeneratedRegex(@"\b(Photograph|Photo|Photos|Image|Picture|Credit|Illustration|Video|Watch|Read more|Related|Listen)\s*:|Getty Images|\w/(AP|AFP|Reuters|EPA|Getty|Pool|Shutterstock|Bloomberg|Anadolu|Xinhua|Alamy|PA)\b|^\s*(Reporting|Editing|Writing|Additional reporting|Compiled|Edited) by\b", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^\s*By\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>Paragraph indices whose names must not become entities.</summary>
    public static HashSet<int> Paragraphs(AnalysedArticle article)
    {
        var text = article.Article.Text;
        var skip = new HashSet<int>();
        var byParagraph = article.Sentences.GroupBy(s => s.Paragraph).ToList();
        string? previous = null;
        var previousKey = -1;
        foreach (var group in byParagraph)
        {
            var sentences = group.Where(s => !s.Tokens.IsEmpty).ToList();
            if (sentences.Count == 0) continue;
            var firstToken = sentences[0].Tokens[0];
            var lastToken = sentences[^1].Tokens[^1];
            var paragraph = text[firstToken.Start..lastToken.End];
            var tokenCount = sentences.Sum(s => s.Tokens.Length);

            // A photo caption repeated with its credit ("… on Monday" then "… on Monday (AFP via Getty Images)").
            if (previous is not null && paragraph.Length > previous.Length && paragraph.StartsWith(previous, StringComparison.Ordinal)
                && CreditLine().IsMatch(paragraph[previous.Length..]) | paragraph[previous.Length..].TrimStart().StartsWith('('))
            {
                skip.Add(previousKey);
                skip.Add(group.Key);
            }

            previous = paragraph;
            previousKey = group.Key;
            if ((tokenCount <= 40 && CreditLine().IsMatch(paragraph)) || (tokenCount <= 12 && Byline().IsMatch(paragraph)))
            {
                skip.Add(group.Key);
                continue;
            }

            // Headings, captions and link text: short lines that do not end like a sentence.
            if (tokenCount <= 15 && !EndsLikeSentence(lastToken.Text)) skip.Add(group.Key);
        }

        return skip;
    }

    private static bool EndsLikeSentence(string last) =>
        last is "." or "!" or "?" or "\"" or "\u201D" or "\u2019" or "'" or "..." or "\u2026" or ":" or ";";

    /// <summary>Per token: true when it sits in a credit inside the sentence ("(Reuters)", "Photograph: …", "Jane Doe/AP").</summary>
    public static bool[] CreditTokens(NamedSentence view)
    {
        var tokens = view.Tokens;
        var credit = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Text != "(") continue;
            var close = -1;
            for (var j = i + 1; j < tokens.Length && j <= i + 10; j++)
            {
                if (tokens[j].Text == ")")
                {
                    close = j;
                    break;
                }
            }

            if (close < 0) continue;
            var isCredit = false;
            for (var j = i + 1; j < close; j++)
            {
                if (CreditWords.Contains(tokens[j].Text.ToLowerInvariant().TrimEnd('.'))) isCredit = true;
            }

            if (!isCredit) continue;
            for (var j = i; j <= close; j++) credit[j] = true;
        }

        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var t = tokens[i].Text;
            if (t is "Photograph" or "Photo" or "Image" or "Picture" or "Credit" && tokens[i + 1].Text == ":")
            {
                for (var j = i; j < tokens.Length; j++) credit[j] = true;
                break;
            }

            if (t == "/" && CreditWords.Contains(tokens[i + 1].Text.ToLowerInvariant()))
            {
                for (var j = 0; j < tokens.Length; j++) credit[j] = true;
                break;
            }
        }

        return credit;
    }
}
