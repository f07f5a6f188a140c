using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>Turns a raw document into an <see cref="Article"/>: furniture blanked, metadata found, id derived.</summary>
internal static partial class ArticleFactory
{
    public static Article Create(RawDocument raw, IngestOptions options, string? warning = null)
    {
        // Line ends become "\n" without changing the text's length ("\r\n" → " \n", a lone "\r" → "\n"), so every
        // character offset in the output still points into the file as it was decoded.
        var text = raw.Text.Replace("\r\n", " \n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = Furniture.Classify(text, raw.MayStartWithHeadline);
        var body = text.ToCharArray();
        var skipped = ImmutableArray.CreateBuilder<TextSpan>();
        string? headline = null;
        (DateOnly Date, string? Time)? dateline = null;
        string? outlet = null;
        string? author = null;
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Blank or LineKind.Content) continue;
            for (var i = line.Start; i < line.End; i++) body[i] = ' ';
            switch (line.Kind)
            {
                case LineKind.Headline:
                    headline ??= line.Text;
                    continue;
                case LineKind.Dateline:
                    dateline ??= DateText.FindInLine(line.Text);
                    break;
                case LineKind.Byline:
                    author ??= ByLine(line.Text);
                    break;
            }

            outlet ??= Outlet(line.Text);
            skipped.Add(new TextSpan(line.Start, line.End));
        }

        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Content) continue;
            author ??= WritesRegex().Match(line.Text) is { Success: true } w ? w.Groups["a"].Value : null;
        }

        var given = DateText.Parse(raw.Published);
        var (published, basis, time) = given is { } g ? (g.Date, PublishedBasis.Metadata, g.Time)
            : dateline is { } d ? (d.Date, PublishedBasis.Dateline, d.Time)
            : options.DefaultPublished is { } def ? (def, PublishedBasis.Metadata, (string?)null)
            : ((DateOnly?)null, PublishedBasis.Unknown, (string?)null);
        var warnings = new[] { warning, raw.Warning }.OfType<string>().ToImmutableArray();
        if (raw.Published is not null && given is null) warnings = warnings.Add($"publication date '{raw.Published}' not understood");
        return new Article
        {
            Id = Ids.Article(Ids.NormaliseForIdentity(text)),
            File = raw.File,
            Title = raw.Title ?? headline,
            Source = raw.Source ?? outlet,
            Author = raw.Author ?? author,
            Url = raw.Url,
            Published = published,
            PublishedTime = time,
            PublishedBasis = basis,
            Text = text,
            Body = new string(body),
            SkippedLines = skipped.ToImmutable(),
            Warnings = warnings,
        };
    }

    /// <summary>True when the body holds at least one letter after furniture removal.</summary>
    public static bool HasContent(Article article) => article.Body.Any(char.IsLetter);

    private static string? Outlet(string line)
    {
        foreach (var regex in (Regex[])[NotificationsRegex(), ForMoreRegex(), CopyrightRegex(), MediaGroupRegex()])
        {
            var m = regex.Match(line);
            if (m.Success) return Spaces().Replace(m.Groups["o"].Value, " ").Trim();
        }

        return null;
    }

    private static string? ByLine(string line)
    {
        var m = ByRegex().Match(line);
        return m.Success ? Spaces().Replace(m.Groups["a"].Value, " ") : null;
    }

    private const string Name = @"(?:The\s+)?[A-Z][\w&.'-]*(?:\s+(?:of\s+)?[A-Z][\w&.'-]*){0,3}";

    [GeneratedRegex(@"notifications from (?<o>" + Name + ")")]
    private static partial Regex NotificationsRegex();

    [GeneratedRegex(@"^For more (?<o>" + Name + @") (?:news|stories|coverage)\b")]
    private static partial Regex ForMoreRegex();

    [GeneratedRegex(@"^(?:\u00A9|\(c\)|Copyright)\s*(?:\d{4}\s*)?(?<o>" + Name + ")", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightRegex();

    [GeneratedRegex(@"^(?<o>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Media Group|Media|News|Newspapers?|Press|Times|Post|Herald|Tribune|Gazette|Journal|Network|Broadcasting|News Agency))$")]
    private static partial Regex MediaGroupRegex();

    [GeneratedRegex(@"^By\s+(?<a>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}?)(?=\s*(?:,|\band\b|$|\|))")]
    private static partial Regex ByRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@",\s+writes (?<a>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2})\b")]
    private static partial Regex WritesRegex();
}
