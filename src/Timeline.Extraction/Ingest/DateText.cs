using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extraction;

/// <summary>Parses full calendar dates in the forms metadata and datelines use.</summary>
internal static partial class DateText
{
    private const string Month = "(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    /// <summary>A date with optional time, from ISO, Reuters ("26-FEB-1987 15:01:01.79") or prose forms.</summary>
    public static (DateOnly Date, string? Time)? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)
            && IsoRegex().IsMatch(text))
        {
            return (DateOnly.FromDateTime(dto.DateTime), text.Contains('T', StringComparison.Ordinal) ? dto.ToString("HH:mm", CultureInfo.InvariantCulture) : null);
        }

        var r = ReutersRegex().Match(text);
        if (r.Success && MonthNumber(r.Groups["m"].Value) is { } rm)
        {
            return Make(int.Parse(r.Groups["y"].Value, CultureInfo.InvariantCulture), rm, int.Parse(r.Groups["d"].Value, CultureInfo.InvariantCulture), r.Groups["t"].Success ? r.Groups["t"].Value : null);
        }

        return FindInLine(text);
    }

    /// <summary>The first full date written in prose in a short line ("Monday 06 November 2023 17:21 EST").</summary>
    public static (DateOnly Date, string? Time)? FindInLine(string line)
    {
        var m = DayFirstRegex().Match(line);
        if (!m.Success) m = MonthFirstRegex().Match(line);
        if (!m.Success)
        {
            var iso = IsoRegex().Match(line);
            if (iso.Success && DateOnly.TryParseExact(iso.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return (d, null);
            return null;
        }

        if (MonthNumber(m.Groups["m"].Value) is not { } month) return null;
        var time = m.Groups["t"].Success ? (m.Groups["t"].Value + (m.Groups["z"].Success ? " " + m.Groups["z"].Value : string.Empty)).Trim() : null;
        return Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), time);
    }

    private static (DateOnly, string?)? Make(int y, int m, int d, string? time)
    {
        if (y < 100) y += y < 50 ? 2000 : 1900;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return (new DateOnly(y, m, d), time);
    }

    private static int? MonthNumber(string name)
    {
        if (name.Length < 3) return null;
        var key = name[..3].ToLowerInvariant();
        var i = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], key);
        return i < 0 ? null : i + 1;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"^(?<d>\d{1,2})-(?<m>[A-Za-z]{3})-(?<y>\d{2,4})(?:\s+(?<t>\d{1,2}:\d{2}))?")]
    private static partial Regex ReutersRegex();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @"\.?,?\s+(?<y>\d{4})\b(?:,?\s+(?:at\s+)?(?<t>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)(?:\s*(?<z>(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirstRegex();

    [GeneratedRegex(Month + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b(?:,?\s+(?:at\s+)?(?<t>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)(?:\s*(?<z>(?-i:[A-Z]{2,5})(?:[+-]\d{1,2})?))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstRegex();
}
