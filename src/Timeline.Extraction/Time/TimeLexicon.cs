using System.Collections.Frozen;

namespace Timeline.Extraction;

/// <summary>Word classes the temporal matcher cares about; every other word is opaque to it.</summary>
internal enum LexKind : byte
{
    None,
    Month,
    Weekday,
    Unit,
    PartOfDay,
    Season,
    Number,
    Ordinal,
    Word,
}

/// <summary>Calendar units, ordered from small to large.</summary>
internal enum TimeUnit : byte
{
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

/// <summary>A lexicon entry: canonical lower-case form, class and numeric value (month, weekday, number, unit).</summary>
internal sealed record Lex(string Word, LexKind Kind, int Value = 0, bool Plural = false)
{
    public TimeUnit Unit => (TimeUnit)Value;
}

/// <summary>The trigger lexicon, looked up case-insensitively by span so scanning allocates nothing per word.</summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, Lex> Table = Build();

    public static readonly FrozenDictionary<string, Lex>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Lex> Build()
    {
        var d = new Dictionary<string, Lex>(StringComparer.OrdinalIgnoreCase);
        void Add(string w, LexKind k, int v = 0, bool plural = false) => d[w] = new Lex(w, k, v, plural);

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < 12; i++) Add(months[i], LexKind.Month, i + 1);
        string[] abbr = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var i = 0; i < 12; i++)
        {
            if (abbr[i].Length > 0) Add(abbr[i], LexKind.Month, i + 1);
        }

        Add("sept", LexKind.Month, 9);
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (var i = 0; i < 7; i++)
        {
            Add(days[i], LexKind.Weekday, i + 1);
            Add(days[i] + "s", LexKind.Weekday, i + 1, true);
        }

        (string S, string P, TimeUnit U)[] units =
        [
            ("second", "seconds", TimeUnit.Second), ("minute", "minutes", TimeUnit.Minute), ("hour", "hours", TimeUnit.Hour),
            ("day", "days", TimeUnit.Day), ("weekend", "weekends", TimeUnit.Weekend), ("week", "weeks", TimeUnit.Week),
            ("fortnight", "fortnights", TimeUnit.Fortnight), ("month", "months", TimeUnit.Month), ("quarter", "quarters", TimeUnit.Quarter),
            ("half", "halves", TimeUnit.Half), ("year", "years", TimeUnit.Year), ("decade", "decades", TimeUnit.Decade),
            ("century", "centuries", TimeUnit.Century), ("millennium", "millennia", TimeUnit.Millennium),
        ];
        foreach (var (s, p, u) in units)
        {
            Add(s, LexKind.Unit, (int)u);
            Add(p, LexKind.Unit, (int)u, true);
        }

        // "per annum": only the rate rule reads it.
        Add("annum", LexKind.Unit, (int)TimeUnit.Year);
        Add("yr", LexKind.Unit, (int)TimeUnit.Year);
        Add("yrs", LexKind.Unit, (int)TimeUnit.Year, true);
        // Sports and timetable shorthand: "one minute 53 secs", "90 mins", "two hrs".
        Add("secs", LexKind.Unit, (int)TimeUnit.Second, true);
        Add("mins", LexKind.Unit, (int)TimeUnit.Minute, true);
        Add("hrs", LexKind.Unit, (int)TimeUnit.Hour, true);

        Add("morning", LexKind.PartOfDay, 1);
        Add("afternoon", LexKind.PartOfDay, 2);
        Add("evening", LexKind.PartOfDay, 3);
        Add("night", LexKind.PartOfDay, 4);
        Add("mornings", LexKind.PartOfDay, 1, true);
        Add("afternoons", LexKind.PartOfDay, 2, true);
        Add("evenings", LexKind.PartOfDay, 3, true);
        Add("nights", LexKind.PartOfDay, 4, true);

        Add("spring", LexKind.Season, 1);
        Add("summer", LexKind.Season, 2);
        Add("autumn", LexKind.Season, 3);
        Add("fall", LexKind.Season, 3);
        Add("winter", LexKind.Season, 4);
        Add("summers", LexKind.Season, 2, true);
        Add("winters", LexKind.Season, 4, true);

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 1; i < ones.Length; i++) Add(ones[i], LexKind.Number, i);
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++) Add(tens[i], LexKind.Number, (i + 2) * 10);
        Add("hundred", LexKind.Number, 100);
        Add("thousand", LexKind.Number, 1000);
        Add("dozen", LexKind.Number, 12);

        string[] ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        for (var i = 0; i < ords.Length; i++) Add(ords[i], LexKind.Ordinal, i + 1);
        Add("thirteenth", LexKind.Ordinal, 13);
        Add("twentieth", LexKind.Ordinal, 20);
        Add("thirtieth", LexKind.Ordinal, 30);

        string[] words =
        [
            "today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "recent", "soon", "previously", "future", "past",
            "last", "next", "this", "coming", "previous", "following", "ago", "earlier", "later", "early", "late", "mid", "middle", "end",
            "beginning", "start", "around", "about", "nearly", "almost", "over", "more", "less", "least", "approximately", "roughly", "some",
            "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly", "biweekly", "per", "twice", "once", "thrice",
            "fiscal", "the", "a", "an", "several", "few", "couple", "ahead", "noon", "midnight", "midday", "overnight", "latest", "current",
            "christmas", "thanksgiving", "easter", "new", "eve", "that", "same", "up", "within", "nineteen", "mark", "anniversary", "later", "after",
            "lately", "someday", "present", "these", "nowadays", "presently", "once", "upcoming", "year-end", "trading", "business", "straight", "consecutive",
            "full", "period", "until", "election", "labor", "memorial", "halloween", "boxing", "valentine", "good", "calendar",
        ];
        foreach (var w in words)
        {
            if (!d.ContainsKey(w)) Add(w, LexKind.Word);
        }

        // "the prior year", "the prior quarter": wire copy's "previous", so every rule for one reads the other.
        d["prior"] = new Lex("previous", LexKind.Word);
        // Wire headlines: "1ST QTR NET".
        d["qtr"] = d["quarter"];
        d["qtrs"] = d["quarters"];

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Time-zone abbreviations, written in capitals: "GMT", "EST".</summary>
    private static readonly FrozenSet<string> Zones = FrozenSet.ToFrozenSet(
        ["EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "EET", "IST", "JST", "AEST", "AEDT", "ET", "PT", "HKT", "SGT", "MSK"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ZoneLookup = Zones.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is a time-zone abbreviation ("GMT", "EST").</summary>
    public static bool IsZone(ReadOnlySpan<char> word) => ZoneLookup.Contains(word);

    /// <summary>Words that mark a future clause for tense-directed resolution.</summary>
    public static readonly FrozenSet<string> FutureMarkers = FrozenSet.ToFrozenSet(
        ["will", "would", "shall", "ll", "going", "upcoming", "scheduled", "expected", "due", "plans", "plan", "intends", "tomorrow", "next", "hopes", "aims", "planning", "planned", "might", "may", "resume",
         "expects", "expect", "predicts", "predict", "anticipates", "anticipate", "forecasts"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Irregular past forms and auxiliaries that mark a past clause.</summary>
    public static readonly FrozenSet<string> PastMarkers = FrozenSet.ToFrozenSet(
        [
            "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave", "held", "left", "began", "saw", "got",
            "fell", "rose", "sold", "bought", "paid", "lost", "won", "hit", "spoke", "wrote", "ran", "led", "found", "thought", "brought", "sent",
            "spent", "kept", "became", "broke", "chose", "drove", "flew", "fought", "grew", "knew", "meant", "put", "set", "shot", "stood", "struck",
            "taught", "threw", "understood", "wore", "has", "have", "yesterday", "announced", "killed", "arrived",
        ],
        StringComparer.OrdinalIgnoreCase);
}
