using System.Globalization;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>Calendar arithmetic and TimeML value formatting, and the calendar interval a value denotes.</summary>
internal static class TimeCalendar
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Month(int y, int m) => y.ToString("D4", Inv) + "-" + m.ToString("D2", Inv);

    public static string Year(int y) => y.ToString("D4", Inv);

    /// <summary>Whether a four-digit 24-hour clock reading ("2100", "0930", "2400") names a real time.</summary>
    public static bool IsClockValue(long hhmm) => hhmm % 100 < 60 && hhmm <= 2400;

    /// <summary>The TimeML value of quarter <paramref name="q"/> of year <paramref name="y"/>: "1987-Q3".</summary>
    public static string Quarter(int y, int q) => Year(y) + "-Q" + q.ToString(Inv);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return Week(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    private static string Week(int isoYear, int week) => Year(isoYear) + "-W" + week.ToString("D2", Inv);

    /// <summary>
    /// Two counted durations as one ("P5Y" + "P8M" = "P5Y8M", "PT2H" + "PT45M" = "PT2H45M") when every unit of the second
    /// is smaller than every unit of the first; null otherwise, or when either is vague ("PXY") or counts weeks.
    /// </summary>
    public static string? AddDurations(string first, string second)
    {
        if (Parts(first) is not { Count: > 0 } a || Parts(second) is not { Count: > 0 } b || a[^1].Rank >= b[0].Rank) return null;
        var sb = new System.Text.StringBuilder("P");
        var time = false;
        foreach (var (rank, count) in a.Concat(b))
        {
            if (rank >= 4 && !time) (time, sb) = (true, sb.Append('T'));
            sb.Append(count).Append("YMDHMS"[rank > 1 ? rank - 1 : rank]);
        }

        return sb.ToString();
    }

    /// <summary>The (rank, count) parts of a duration value, ranks Y=0, M=1, D=3, H=4, M=5, S=6; null if any part is vague or a week.</summary>
    private static List<(int Rank, string Count)>? Parts(string v)
    {
        if (v.Length < 3 || v[0] != 'P') return null;
        var parts = new List<(int, string)>();
        var time = false;
        var start = 1;
        for (var i = 1; i < v.Length; i++)
        {
            var c = v[i];
            if (c == 'T') { time = true; start = i + 1; continue; }
            if (char.IsAsciiDigit(c) || c == '.') continue;
            var count = v[start..i];
            if (count.Length == 0 || !char.IsAsciiDigit(count[0])) return null;
            int rank = (c, time) switch { ('Y', false) => 0, ('M', false) => 1, ('D', false) => 3, ('H', true) => 4, ('M', true) => 5, ('S', true) => 6, _ => -1 };
            if (rank < 0) return null;
            parts.Add((rank, count));
            start = i + 1;
        }

        return start == v.Length ? parts : null;
    }

    /// <summary>The ISO week with the same number as the one holding <paramref name="d"/>, one ISO year back (week 53 becomes 52 where that year has none).</summary>
    public static string SameWeekYearBefore(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(dt) - 1;
        var week = Math.Min(ISOWeek.GetWeekOfYear(dt), ISOWeek.GetWeeksInYear(year));
        return Week(year, week);
    }

    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    /// <summary>The value of the unit-sized period <paramref name="n"/> units from the anchor, at that unit's granularity.</summary>
    public static string Shift(DateOnly? anchor, TimeUnit u, int n)
    {
        if (anchor is not { } a) return Masked(u);
        try
        {
            return ShiftCore(a, u, n);
        }
        catch (ArgumentOutOfRangeException)
        {
            // "5,000,000 weeks ago" leaves the calendar: keep the value underspecified.
            return Masked(u);
        }
    }

    private static string ShiftCore(DateOnly a, TimeUnit u, int n)
    {
        switch (u)
        {
            case TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day:
                return Day(a.AddDays(u == TimeUnit.Day ? n : 0));
            case TimeUnit.Week or TimeUnit.Fortnight:
                return Week(a.AddDays(7 * n * (u == TimeUnit.Fortnight ? 2 : 1)));
            case TimeUnit.Weekend:
                return Week(a.AddDays(7 * n)) + "-WE";
            case TimeUnit.Month:
                var m = a.AddMonths(n);
                return Month(m.Year, m.Month);
            case TimeUnit.Quarter:
                var q = a.AddMonths(3 * n);
                return Quarter(q.Year, QuarterOf(q));
            case TimeUnit.Half:
                var h = a.AddMonths(6 * n);
                return Year(h.Year) + "-H" + (h.Month <= 6 ? "1" : "2");
            case TimeUnit.Year:
                return Year(a.Year + n);
            case TimeUnit.Decade:
                return ((a.Year + 10 * n) / 10).ToString(Inv);
            case TimeUnit.Century:
                return ((a.Year + 100 * n) / 100).ToString("D2", Inv);
            default:
                return ((a.Year + 1000 * n) / 1000).ToString(Inv);
        }
    }

    public static string Masked(TimeUnit u) => u switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => "XXXX-XX-XX",
        TimeUnit.Week or TimeUnit.Fortnight => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Half => "XXXX-HX",
        TimeUnit.Year => "XXXX",
        TimeUnit.Decade => "XXX",
        _ => "XX",
    };

    public static DateOnly Add(DateOnly a, TimeUnit u, int n)
    {
        try
        {
            return AddCore(a, u, n);
        }
        catch (ArgumentOutOfRangeException)
        {
            return n < 0 ? DateOnly.MinValue : DateOnly.MaxValue;
        }
    }

    private static DateOnly AddCore(DateOnly a, TimeUnit u, int n) => u switch
    {
        TimeUnit.Second or TimeUnit.Minute => a,
        TimeUnit.Hour => a.AddDays(n / 24),
        TimeUnit.Day => a.AddDays(n),
        TimeUnit.Week or TimeUnit.Weekend => a.AddDays(7 * n),
        TimeUnit.Fortnight => a.AddDays(14 * n),
        TimeUnit.Month => a.AddMonths(n),
        TimeUnit.Quarter => a.AddMonths(3 * n),
        TimeUnit.Half => a.AddMonths(6 * n),
        TimeUnit.Year => a.AddYears(n),
        TimeUnit.Decade => a.AddYears(Math.Clamp(10 * n, -1000, 1000)),
        TimeUnit.Century => a.AddYears(Math.Clamp(100 * n, -1900, 1900)),
        _ => a.AddYears(Math.Clamp(1000 * n, -1900, 1900)),
    };

    public static Granularity GranularityOf(TimeUnit u) => u switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Granularity.Time,
        TimeUnit.Day => Granularity.Day,
        TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Fortnight => Granularity.Week,
        TimeUnit.Month => Granularity.Month,
        TimeUnit.Quarter or TimeUnit.Half => Granularity.Quarter,
        TimeUnit.Year => Granularity.Year,
        _ => Granularity.Decade,
    };

    /// <summary>The calendar interval and granularity of a DATE or TIME value; null parts when the value is vague.</summary>
    public static (DateOnly? Earliest, DateOnly? Latest, Granularity? Granularity) Interval(string value, string? mod)
    {
        var (e, l, g) = Parse(value);
        if (e is not { } s || l is not { } t) return (null, null, g);
        var span = t.DayNumber - s.DayNumber + 1;
        if (span >= 3)
        {
            var third = span / 3;
            switch (mod)
            {
                case "START": t = s.AddDays(third - 1); break;
                case "END": s = t.AddDays(-(third - 1)); break;
                case "MID": s = s.AddDays(third); t = t.AddDays(-third); break;
            }
        }

        return (s, t, g);
    }

    private static (DateOnly?, DateOnly?, Granularity?) Parse(string v)
    {
        if (v.Length < 2 || !char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[1])) return (null, null, null);
        var digits = 0;
        while (digits < v.Length && char.IsAsciiDigit(v[digits])) digits++;
        if (digits == 2 && v.Length == 2)
        {
            var c = int.Parse(v, Inv);
            return (new DateOnly(Math.Max(1, c * 100), 1, 1), new DateOnly(c * 100 + 99, 12, 31), Granularity.Decade);
        }

        if (digits == 3 && v.Length == 3)
        {
            var d = int.Parse(v, Inv);
            return (new DateOnly(Math.Max(1, d * 10), 1, 1), new DateOnly(d * 10 + 9, 12, 31), Granularity.Decade);
        }

        if (digits != 4) return (null, null, null);
        var y = int.Parse(v.AsSpan(0, 4), Inv);
        if (y < 1) return (null, null, null);
        if (v.Length == 4) return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), Granularity.Year);
        if (v[4] != '-' || v.Length < 7) return (null, null, null);
        var rest = v.AsSpan(5);
        if (rest[0] == 'Q' && rest.Length == 2 && char.IsAsciiDigit(rest[1]))
        {
            var q = rest[1] - '0';
            if (q is < 1 or > 4) return (null, null, null);
            var s = new DateOnly(y, 3 * q - 2, 1);
            return (s, s.AddMonths(3).AddDays(-1), Granularity.Quarter);
        }

        if (rest[0] == 'H' && rest.Length == 2)
        {
            var s = new DateOnly(y, rest[1] == '1' ? 1 : 7, 1);
            return (s, s.AddMonths(6).AddDays(-1), Granularity.Quarter);
        }

        if (rest.Length == 2 && char.IsAsciiLetter(rest[0]))
        {
            var start = rest.ToString() switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => 0 };
            if (start == 0) return (null, null, null);
            var s = new DateOnly(y, start, 1);
            return (s, s.AddMonths(3).AddDays(-1), Granularity.Quarter);
        }

        if (rest[0] == 'W' && rest.Length >= 3 && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]))
        {
            var w = int.Parse(rest.Slice(1, 2), Inv);
            if (w is < 1 or > 53 || w > ISOWeek.GetWeeksInYear(y)) return (null, null, null);
            var mon = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
            return rest.EndsWith("-WE") ? (mon.AddDays(5), mon.AddDays(6), Granularity.Week) : (mon, mon.AddDays(6), Granularity.Week);
        }

        if (rest.Length >= 2 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]))
        {
            var m = int.Parse(rest.Slice(0, 2), Inv);
            if (m is < 1 or > 12) return (null, null, null);
            if (rest.Length == 2) return (new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)), Granularity.Month);
            if (rest.Length >= 5 && rest[2] == '-' && char.IsAsciiDigit(rest[3]) && char.IsAsciiDigit(rest[4]))
            {
                var d = int.Parse(rest.Slice(3, 2), Inv);
                if (d < 1 || d > DateTime.DaysInMonth(y, m)) return (null, null, null);
                var day = new DateOnly(y, m, d);
                if (rest.Length == 5) return (day, day, Granularity.Day);
                var part = rest.Slice(5);
                var g = part.Length == 3 && char.IsAsciiLetter(part[1]) ? Granularity.PartOfDay : Granularity.Time;
                return (day, day, g);
            }
        }

        return (null, null, null);
    }
}
