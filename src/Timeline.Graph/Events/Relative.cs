namespace Timeline.Graph;

/// <summary>Re-anchors the few relative expressions that fix a day ("on Monday", "yesterday") once a publication date is known.</summary>
internal static class Relative
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The publication date implied by an expression that denotes <paramref name="day"/>, or null.</summary>
    public static DateOnly? PublishedFrom(string text, DateOnly day, bool future)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains("yesterday", StringComparison.Ordinal) || t.Contains("last night", StringComparison.Ordinal)) return day.AddDays(1);
        if (t.Contains("tomorrow", StringComparison.Ordinal)) return day.AddDays(-1);
        if (t.Contains("today", StringComparison.Ordinal) || t.Contains("tonight", StringComparison.Ordinal) || t.StartsWith("this ", StringComparison.Ordinal)) return day;
        // A bare weekday: the earliest publication date consistent with it is the day itself (past) or the day before (future).
        if (Weekday(t) is not null) return future ? day.AddDays(-1) : day;
        return null;
    }

    /// <summary>The day an expression denotes given the publication date, or null when it is not one of the simple forms.</summary>
    public static DateOnly? Anchor(string text, DateOnly published, bool future)
    {
        var t = text.ToLowerInvariant();
        if (t.Contains("yesterday", StringComparison.Ordinal) || t.Contains("last night", StringComparison.Ordinal)) return published.AddDays(-1);
        if (t.Contains("tomorrow", StringComparison.Ordinal)) return published.AddDays(1);
        if (t.Contains("today", StringComparison.Ordinal) || t.Contains("tonight", StringComparison.Ordinal)) return published;
        if (Weekday(t) is not { } wd) return null;
        var delta = ((int)wd - (int)published.DayOfWeek + 7) % 7;
        return future ? published.AddDays(delta == 0 ? 7 : delta) : published.AddDays(delta == 0 ? 0 : delta - 7);
    }

    private static DayOfWeek? Weekday(string t)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (t.Contains(Weekdays[i], StringComparison.Ordinal)) return (DayOfWeek)i;
        }

        return null;
    }
}
