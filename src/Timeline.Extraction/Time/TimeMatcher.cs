using System.Collections.Frozen;
using System.Globalization;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>A matched expression before it becomes a <see cref="TimeExpression"/>: token range and normalisation.</summary>
internal sealed record Hit(int First, int Last, TimexType Type, string Value)
{
    public string? Mod { get; init; }
    public string? Quant { get; init; }
    public string? Freq { get; init; }
    public bool Tf { get; init; }
    public bool Anchored { get; init; } = true;
    public DateOnly? Earliest { get; init; }
    public DateOnly? Latest { get; init; }
    public Granularity? Gran { get; init; }

    /// <summary>Set when the hit denotes one calendar day that later "that day"/"two days later" can refer to.</summary>
    public DateOnly? RefDay { get; init; }
}

/// <summary>
/// The rule matcher over one text: scans tokens left to right, tries the rule families only at trigger tokens,
/// keeps the longest match and moves past it. No backtracking beyond a few tokens of look-ahead.
/// </summary>
internal sealed partial class TimeMatcher
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;


    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearFollowers = FrozenSet.ToFrozenSet(
        ["percent", "per", "people", "points", "shares", "tonnes", "tons", "feet", "ft", "metres", "meters", "miles", "km", "kilometres", "units", "votes", "seats", "jobs", "troops",
         "dollars", "pounds", "euros", "yen", "cars", "acres", "homes", "members", "workers", "employees", "students", "deaths", "cases", "calories", "pages", "words", "times", "million", "billion",
         "hp", "cc", "mph", "kg", "lb", "lbs", "barrels", "yards", "metre", "meter", "square", "sq", "new", "and", "to", "pct", "mln", "bln", "dlrs", "stg", "cts"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPreps = FrozenSet.ToFrozenSet(
        ["in", "since", "of", "from", "by", "until", "till", "to", "year", "circa", "c", "before", "after", "during", "through", "fiscal", "early", "late", "mid", "around", "between", "and"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Markers = FrozenSet.ToFrozenSet(
        TimeLexicon.FutureMarkers.Concat(TimeLexicon.PastMarkers), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup =
        TimeLexicon.FutureMarkers.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _text;
    private readonly TTok[] _t;
    private readonly int _n;
    private readonly DateOnly? _dct;
    private readonly int[] _sentStart;
    private readonly int[] _sentEnd;
    private DateOnly? _ref;

    // The sentence of the hit that last set _ref.
    private int _refSentence = int.MinValue;
    private DateOnly? _refMonth;
    private DateOnly? _refYear;
    private DateOnly? _storyYear;
    private int _storyYearSentence = int.MinValue;

    // A year that opened its sentence ("In 1986, …", "Last year, …", "For all of 1986, …"): it dates the whole sentence.
    private (int Year, int Sentence)? _frontedYear;
    // The last and the first month named by name in the latest sentence that named one, and the latest sentence that
    // named any other period: the anchors of "a year earlier" in monthly statistics (see ComparedMonth).
    private (DateOnly Month, int Sentence)? _lastNamedMonth;

    // The last quarter the story named ("the first quarter", "1987-Q1"), for "the year-ago quarter".
    private (int Year, int Quarter, int Sentence)? _lastQuarter;
    private DateOnly _firstNamedMonth;
    private int _periodSentence = int.MinValue;
    private int _firstQuarterMention = -2;

    public TimeMatcher(string text, TokenBuffer toks, DateOnly? dct, int[] sentStart, int[] sentEnd)
    {
        _text = text;
        _t = toks.Items;
        _n = toks.Count;
        _dct = dct;
        _sentStart = sentStart;
        _sentEnd = sentEnd;
    }

    public TTok Tok(int i) => _t[i];

    public List<Hit> Run()
    {
        var hits = new List<Hit>();
        for (var i = 0; i < _n; i++)
        {
            ref readonly var t = ref _t[i];
            if (t.Kind == TokKind.Punct || t.Kind == TokKind.Word && t.Lex is null && !IsPrefixWord(i)) continue;
            var h = At(i);
            if (h is null) continue;
            h = Hedged(h);
            while (JoinedDuration(h) is { } joined) h = joined;
            hits.Add(h);
            if (h.RefDay is { Year: > 1 and < 9999 } rd) (_ref, _refSentence) = (rd, SentenceOf(h.First));
            NotePeriod(h);
            i = h.Last;
            if (CoordinatedDay(h) is var (firstDay, second))
            {
                hits[^1] = firstDay;
                hits.Add(second);
                NotePeriod(second);
                (_ref, _refSentence) = (second.RefDay, SentenceOf(second.First));
                i = second.Last;
            }
        }

        return hits;
    }

    /// <summary>
    /// "five years and eight months", "two hours 45 minutes": a count of a smaller unit right after a duration extends
    /// it (P5Y8M, PT2H45M). Not a range or a choice ("two or three days"), whose second count is not a smaller unit.
    /// </summary>
    private Hit? JoinedDuration(Hit h)
    {
        if (h.Type != TimexType.Duration || h.Mod is not null) return null;
        var k = h.Last + 1;
        if (Is(k, "and")) k++;
        if (!(Kind(k, TokKind.Number) || K(k) == LexKind.Number)) return null;
        if (At(k) is not { Type: TimexType.Duration, Mod: null } next || TimeCalendar.AddDurations(h.Value, next.Value) is not { } v) return null;
        return h with { Last = next.Last, Value = v };
    }

    /// <summary>
    /// Remembers the month and year the story last named ("in June 1998", "in March"), which "that year" and
    /// "the following month" refer back to; a day-level reference is kept apart in <see cref="_ref"/>.
    /// </summary>
    private void NotePeriod(Hit h)
    {
        if (h.Type is not (TimexType.Date or TimexType.Time)) return;
        var v = h.Value;
        if (v.Length < 4 || !char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[1]) || !char.IsAsciiDigit(v[2]) || !char.IsAsciiDigit(v[3])) return;
        var y = int.Parse(v.AsSpan(0, 4), Inv);
        if (y is < 1 or > 9998) return;
        var sentence = SentenceOf(h.First);
        // "The firm, founded in 1950, said profit rose from a year earlier": a founding or birth year is an aside, not
        // the story's time.
        var p = h.First - 1;
        if (Is(p, "in")) p--;
        var founding = Is(p, "founded") || Is(p, "born") || Is(p, "established") || Is(p, "formed") || Is(p, "created") || Is(p, "built");
        if (!founding && !Is(p, "since"))
        {
            _storyYear = new DateOnly(y, 1, 1);
            _storyYearSentence = sentence;
        }

        // Up to three words of a preposition phrase may lead in: "In 1986,", "For all of 1986,", "During last year,".
        if (v.Length == 4 && P(h.Last + 1, ',') && FrontedPhrase(h.First)) _frontedYear = (y, sentence);
        if (v.Length >= 7 && v[4] == '-' && char.IsAsciiDigit(v[5]) && char.IsAsciiDigit(v[6]) && int.Parse(v.AsSpan(5, 2), Inv) is >= 1 and <= 12 and var m)
        {
            _refMonth = new DateOnly(y, m, 1);
            _refYear = _refMonth;
            // "with December sales down 0.7%": a month that modifies a noun is the one reported, whatever comes before it.
            var attributive = h.Last + 1 < _n && _t[h.Last + 1].Kind == TokKind.Word && !_t[h.Last + 1].Cap && !LowerWordIn(h.Last + 1, FunctionWords);
            if (v.Length == 7 && !founding && NamesMonth(h) && (attributive || !ComparisonBase(h.First)))
            {
                if (_lastNamedMonth is not { } nm || nm.Sentence != sentence) _firstNamedMonth = _refMonth.Value;
                _lastNamedMonth = (_refMonth.Value, sentence);
            }
        }
        else if (v.Length == 4 || v[4] == '-' && v.Length >= 6 && v[5] is 'Q' or 'H' or 'S' or 'F' or 'W')
        {
            // A period a figure is compared with ("with 190,000 tonnes in 1985") is not the one reported.
            if (!ComparisonBase(h.First))
            {
                _periodSentence = sentence;
                // The first quarter a sentence names is the one it reports; later ones ("after a rise in the third
                // quarter") are comparisons.
                // A quarter more than three months off ("expects fourth quarter profit to rise" in April) is not the one reported,
                // unless it is a fiscal label with its end day ("the third quarter ended January 31").
                var q = v.Length == 7 && v[5] == 'Q' && v[6] is >= '1' and <= '4' ? v[6] - '0' : 0;
                if (q > 0 && NamesQuarter(h) && _lastQuarter?.Sentence != sentence
                    && (_dct is not { } qa || new DateOnly(y, 3 * q - 2, 1) <= qa.AddMonths(3) || Is(h.Last + 1, "ended") || Is(h.Last + 1, "ending")))
                    _lastQuarter = (y, q, sentence);
            }
            _refYear = new DateOnly(y, 1, 1);
            if (_refMonth is { } rm && rm.Year != y) _refMonth = null;
        }
    }

    /// <summary>
    /// The story's year when this sentence or the one before named it ("In 1984 he … Two years later", "profit in 1986
    /// rose from … a year earlier"), as the anchor of "N years later/earlier"; null sends those back to the publication
    /// date. A year named further back, or after "founded in" and the like, is too often an aside.
    /// </summary>
    private DateOnly? StoryYear(int j)
    {
        if (_storyYear is not { } y || _dct is not { } a || y.Year >= a.Year) return null;
        return SentenceOf(j) - _storyYearSentence <= 1 ? y : null;
    }

    /// <summary>
    /// Whether the expression at <paramref name="first"/> is what a figure is compared with ("up from 1.61 mln in
    /// December", "compared with 51.3 mln in December"), not the month reported: "from", "with", "against" or "than" a
    /// few words back in the clause.
    /// </summary>
    private bool ComparisonBase(int first)
    {
        var start = SentenceSpan(first).Start;
        for (var i = first - 1; i >= 0 && i >= first - 6 && _t[i].Start >= start; i--)
        {
            if (P(i, ',') || P(i, ';') || IsClauseWord(i)) return false;
            if (Is(i, "from") || Is(i, "with") || Is(i, "against") || Is(i, "than") || Is(i, "versus")) return true;
        }

        return false;
    }

    /// <summary>Whether the words before <paramref name="first"/> in its sentence are at most three of a leading preposition phrase.</summary>
    private bool FrontedPhrase(int first)
    {
        var start = SentenceSpan(first).Start;
        for (int i = first - 1, n = 0; i >= 0 && _t[i].Start >= start; i--, n++)
        {
            if (n == 3 || !(Is(i, "in") || Is(i, "for") || Is(i, "during") || Is(i, "throughout") || Is(i, "all") || Is(i, "of") || Is(i, "the") || Is(i, "fiscal"))) return false;
        }

        return true;
    }

    /// <summary>Whether the hit names a quarter ("the first quarter", "1st qtr", which the lexicon reads as "quarter"), unlike one reckoned back ("a year ago", "the year-ago quarter").</summary>
    private bool NamesQuarter(Hit h)
    {
        var named = false;
        for (var i = h.First; i <= h.Last; i++)
        {
            if (W(i, "ago") || W(i, "earlier") || Is(i, "before")) return false;
            named |= W(i, "quarter");
        }

        return named;
    }

    /// <summary>Whether the hit spells a month's name ("January", "last March"), unlike "the month" or "a month ago".</summary>
    private bool NamesMonth(Hit h)
    {
        for (var i = h.First; i <= h.Last; i++)
        {
            if (K(i) == LexKind.Month) return true;
        }

        return false;
    }

    /// <summary>
    /// The month a year-on-year comparison is about ("December's total was 237,000 tonnes, down from 518,000 the year
    /// before"): the last month this sentence named by name before it, or failing that the first one the sentence before
    /// named (a release names the month reported before the months it compares with). Null when this sentence also
    /// named another period before it ("In January the company said fourth-quarter profit rose from a year earlier",
    /// "profit for 2004 rose"), or when no month was named; a month a figure is compared with ("up from 1.61 mln in
    /// December") does not count, and a day such as "Sept. 30" ends a reporting period, which the quarter rules handle.
    /// </summary>
    private DateOnly? ComparedMonth(int j)
    {
        var s = SentenceOf(j);
        if (_lastNamedMonth is not { } m || _periodSentence == s || s - m.Sentence > 1) return null;
        // "an annual turnover of £8.89bn, down from £9.28bn a year earlier" compares years, whatever month was named.
        // "sales for the year to March will fall from the year before" compares twelve-month stretches.
        if (SentenceAny(j, i => Is(i, "annual") || Is(i, "yearly") || W(i, "year") && !Hyphened(i - 1) && EndOfStretch(i) is not null)) return null;
        return m.Sentence == s ? m.Month : _firstNamedMonth;
    }

    /// <summary>The anchor that "that"/"the following" + unit refers back to: the last named period of that size, else the last named day.</summary>
    private DateOnly? PeriodRef(TimeUnit u)
    {
        var day = _ref;
        DateOnly? named = u switch
        {
            TimeUnit.Month => _refMonth,
            TimeUnit.Year or TimeUnit.Quarter or TimeUnit.Half => _refYear,
            _ => null,
        };
        if (named is not { } n) return day;
        // Every dated hit updates the named period, so it is never older than the day: the day wins only inside it.
        if (day is { } d && (u == TimeUnit.Month ? d.Year == n.Year && d.Month == n.Month : d.Year == n.Year)) return d;
        return n;
    }

    /// <summary>
    /// A hedge or an open end after the expression belongs to it (TimeML puts them inside the span): "the next year or
    /// so" (APPROX), "1994 or later", "or after" and "1990 and beyond" (ON_OR_AFTER), "or earlier", "or before"
    /// (ON_OR_BEFORE), "two years or more" (EQUAL_OR_MORE), "or less" (EQUAL_OR_LESS), and a second amount: a plural
    /// unit ("weeks or months", "recent weeks and months") or a bare number ("a year or two"). The value stays the
    /// first expression's.
    /// </summary>
    private Hit Hedged(Hit h)
    {
        var c = h.Last + 1;
        var or = Is(c, "or");
        if (!or && !Is(c, "and")) return h;
        var d = c + 1;
        if (d >= _n || _t[d].Kind != TokKind.Word) return h;
        var isDuration = h.Type == TimexType.Duration;
        string? mod = null;
        if (or && Is(d, "so")) mod = "APPROX";
        else if (or && (Is(d, "later") || Is(d, "after")) || !or && Is(d, "beyond")) mod = h.Type == TimexType.Date ? "ON_OR_AFTER" : null;
        else if (or && (Is(d, "earlier") || Is(d, "before"))) mod = h.Type == TimexType.Date ? "ON_OR_BEFORE" : null;
        else if (or && Is(d, "more") && isDuration) mod = "EQUAL_OR_MORE";
        else if (or && Is(d, "less") && isDuration) mod = "EQUAL_OR_LESS";
        else
        {
            // "weeks or months", "a year or two": a plural unit or a bare number word that is not itself followed by a unit.
            var last = K(h.Last);
            var unitPlural = last == LexKind.Unit && _t[h.Last].Lex!.Plural;
            var next = K(d);
            if (unitPlural && next == LexKind.Unit && _t[d].Lex!.Plural) return h with { Last = d, Mod = h.Mod ?? (or ? "APPROX" : null) };
            if (or && last == LexKind.Unit && !unitPlural && next == LexKind.Number && K(d + 1) != LexKind.Unit && !Kind(d + 1, TokKind.Number) && !IsMultiplier(d + 1))
                return h with { Last = d, Mod = h.Mod ?? "APPROX" };
            return h;
        }

        // Only at the end of a phrase ("1994 or later, analysts said"): not before a noun phrase ("1994 or later models",
        // "1990 and beyond the border", "2002 or before the merger").
        if (mod is null || d + 1 < _n && !(_t[d + 1].Kind == TokKind.Punct || IsClauseWord(d + 1))) return h;
        return h with { Last = d, Mod = h.Mod ?? mod };
    }

    private bool IsMultiplier(int i) => Is(i, "hundred") || Is(i, "thousand") || Is(i, "million") || Is(i, "billion") || Is(i, "dozen");

    private bool IsClauseWord(int i) => Is(i, "and") || Is(i, "or") || Is(i, "but") || Is(i, "when") || Is(i, "as") || Is(i, "if") || Is(i, "because");

    /// <summary>"April 24 and 25", "May 3 or 4", "June 5 to 7": the bare second day number is a date in the same month.</summary>
    private (Hit First, Hit Second)? CoordinatedDay(Hit h)
    {
        var k = h.Last;
        if (h.Type != TimexType.Date || h.Value.Length != 10 || h.RefDay is not { } first || !(Kind(k, TokKind.Number) || Kind(k, TokKind.OrdinalNumber)) || _t[k].Num != first.Day) return null;
        // "April 27-29": a hyphen written tight between the days joins them as "to" does (the scanner drops it).
        var c = Hyphened(k) ? k : k + 1;
        if (c == k + 1 && !(Is(c, "and") || Is(c, "or") || Is(c, "to") || Is(c, "through"))) return null;
        var d = c + 1;
        if (!(Kind(d, TokKind.Number) && !_t[d].Grouped && _t[d].Digits <= 2 || Kind(d, TokKind.OrdinalNumber))) return null;
        var day = _t[d].Num;
        if (day <= first.Day || day > DateTime.DaysInMonth(first.Year, first.Month)) return null;
        // "March 5 to 7, 1986", "February 1 to 26 last year": a year after the second day dates both.
        var year = YearAfter(d + 1) is { } ya ? (ya.Year, ya.Last) : YearWord(d + 1) is { } yw ? (yw, d + 2) : ((int Year, int Last)?)null;
        if (year is var (y, yLast) && y is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(y, first.Month) && first.Day <= DateTime.DaysInMonth(y, first.Month))
        {
            DateOnly from = new(y, first.Month, first.Day), to = new(y, first.Month, day);
            var byWord = yLast == d + 2 && !Kind(yLast, TokKind.Number);
            return (h with { Value = TimeCalendar.Day(from), RefDay = from, Anchored = true, Tf = h.Tf && byWord },
                new Hit(d, yLast, TimexType.Date, TimeCalendar.Day(to)) { Tf = byWord, RefDay = to });
        }

        // "May 3 and 4 percent", "June 5 to 7 people": the number counts something else.
        if (d + 1 < _n && (_t[d + 1].Kind == TokKind.Word && (_t[d + 1].Lex is not null || YearFollowers.Contains(Span(d + 1)) && !(Is(d + 1, "and") || Is(d + 1, "to"))) || P(d + 1, '%') || P(d + 1, '/'))) return null;
        var second = new DateOnly(first.Year, first.Month, day);
        return (h, new Hit(d, d, TimexType.Date, TimeCalendar.Day(second)) { Tf = h.Tf, Anchored = h.Anchored, RefDay = second });
    }

    // "at least": the preposition "at" is part of the expression here.
    private bool IsPrefixWord(int i) => i + 1 < _n && _t[i + 1].Lex?.Word == "least" && Is(i, "at") || Is(i, "no") && W(i + 1, "more");

    // ---------- token helpers ----------
    private bool W(int i, string w) => i >= 0 && i < _n && _t[i].Lex is { } l && (ReferenceEquals(l.Word, w) || l.Word == w);

    private bool Is(int i, string w) => i >= 0 && i < _n && _t[i].Kind == TokKind.Word && _text.AsSpan(_t[i].Start, _t[i].End - _t[i].Start).Equals(w, StringComparison.OrdinalIgnoreCase);

    /// <summary>"'s" or "’s" starting at token i.</summary>
    private bool Possessive(int i) => (P(i, '\'') || P(i, '’')) && Is(i + 1, "s");

    /// <summary>Token i owns what follows: "'s" written right after it ("Tuesday's", "March's").</summary>
    private bool PossessiveAfter(int i) => Adjacent(i, i + 1) && Possessive(i + 1);

    /// <summary>A figure right before token i: a number, "%", "pct" or "percent" ("up 12 pct over", "2 pct ahead of").</summary>
    private bool AfterFigure(int i) => Kind(i - 1, TokKind.Number) || P(i - 1, '%') || Is(i - 1, "pct") || Is(i - 1, "percent");

    /// <summary>Tokens a and a+1 joined by one hyphen ("year-earlier", and "10-20", whose hyphen the scanner drops).</summary>
    private bool Hyphened(int a) => a >= 0 && a + 1 < _n && _t[a + 1].Start == _t[a].End + 1 && _text[_t[a].End] == '-';

    private bool P(int i, char c) => i >= 0 && i < _n && _t[i].Kind == TokKind.Punct && _t[i].P == c;

    private LexKind K(int i) => i >= 0 && i < _n ? _t[i].LK : LexKind.None;

    private bool Kind(int i, TokKind k) => i >= 0 && i < _n && _t[i].Kind == k;

    private bool Adjacent(int a, int b) => a >= 0 && b < _n && _t[b].Start == _t[a].End;

    private ReadOnlySpan<char> Span(int i) => _text.AsSpan(_t[i].Start, _t[i].End - _t[i].Start);

    /// <summary>True when an earnings-style "quarter" was mentioned before token i: "a year ago" then compares quarters.</summary>
    private bool QuarterContext(int i)
    {
        if (_firstQuarterMention == -2)
        {
            _firstQuarterMention = -1;
            for (var k = 0; k < _n; k++)
            {
                if (_t[k].Lex is { Kind: LexKind.Unit } l && l.Unit == TimeUnit.Quarter && k > 0 && (K(k - 1) == LexKind.Ordinal || W(k - 1, "the") || W(k - 1, "latest")))
                {
                    _firstQuarterMention = k;
                    break;
                }
            }
        }

        return _firstQuarterMention >= 0 && (_firstQuarterMention < i || SentenceHas(i, "quarter"));
    }

    private int SentenceOf(int tok)
    {
        var pos = _t[tok].Start;
        int lo = 0, hi = _sentStart.Length - 1, ans = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sentStart[mid] <= pos)
            {
                ans = mid;
                lo = mid + 1;
            }
            else hi = mid - 1;
        }

        return ans;
    }

    /// <summary>The character bounds of the sentence holding token <paramref name="tok"/> (the whole text when there are no sentences).</summary>
    private (int Start, int End) SentenceSpan(int tok)
    {
        var s = SentenceOf(tok);
        return s >= 0 ? (_sentStart[s], _sentEnd[s]) : (0, _text.Length);
    }

    /// <summary>Future when the nearest tense marker of the clause says so; news defaults to the past.</summary>
    private bool Future(int first, int last) => WillAhead(first) > 0 || Tense(first, last) > 0;

    /// <summary>+1 future, -1 past, 0 when the clause has no tense marker.</summary>
    private int Tense(int first, int last)
    {
        var m = NearestMarker(first, last);
        // A fixture verb before the expression ("His contract expires in January") fixes it ahead whatever the distance,
        // unless a past verb follows in its clause ("The athletics meet on Saturday was cancelled": a noun after all).
        if (m >= 0 && m < first && ScheduledPresent(m)) return PastLater(last) || AfterEvent(first, last) ? -1 : first - m <= 6 ? 2 : 1;
        return m < 0 ? 0 : Marker(m);
    }

    /// <summary>A plain past verb after <paramref name="last"/> in its clause (up to a comma, "and", "but" or the sentence end).</summary>
    private bool PastLater(int last)
    {
        var end = SentenceSpan(last).End;
        for (var i = last + 1; i < _n && _t[i].End <= end && i <= last + 8; i++)
        {
            if (P(i, ',') || P(i, ';') || Is(i, "and") || Is(i, "but")) return false;
            if (Marker(i) < 0 && !Is(i, "has") && !Is(i, "have")) return true;
        }

        return false;
    }

    /// <summary>
    /// A possessive period after "after", "over", "following" or "since", or after "linked to" and the like, names what
    /// already happened: "face hard times following December's tsunami", "may be linked to Sunday's attack".
    /// </summary>
    private bool AfterEvent(int first, int last)
    {
        if (!PossessiveAfter(last)) return false;
        if (Is(first - 1, "after") || Is(first - 1, "over") || Is(first - 1, "following") || Is(first - 1, "since")) return true;
        return Is(first - 1, "to") && first >= 2 && _t[first - 2].Kind == TokKind.Word && Span(first - 2).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>The tense marker nearest before the expression in its sentence, else the first after it; -1 when none.</summary>
    private int NearestMarker(int first, int last)
    {
        var (sStart, sEnd) = SentenceSpan(first);
        for (var i = first - 1; i >= 0 && _t[i].Start >= sStart; i--)
        {
            // "The bank, which expects growth of 3 pct, cut rates on Tuesday": a forecast in a relative clause is not the
            // tense of the main clause. (A past one is kept: the comma may be a list's, as in "Mr Taylor, who stepped down
            // as chairman, president and chief executive in March".)
            if (P(i, ',') && RelativeClauseStart(i, sStart) is var rc and >= 0 && FirstMarkerBack(i - 1, rc) is var fm and >= 0 && Marker(fm) > 0) i = rc;
            else if (Marker(i) != 0) return i;
        }

        // A fixture verb after the expression is often a historic present ("After Saturday's display, Ireland face …").
        for (var i = last + 1; i < _n && _t[i].End <= sEnd; i++)
        {
            if (Marker(i) != 0 && !ScheduledPresent(i)) return i;
        }

        return -1;
    }

    /// <summary>
    /// The comma that opens a ", which …," or ", who …," clause closed by the comma at <paramref name="close"/>, found
    /// within twelve words back; -1 when there is none.
    /// </summary>
    private int RelativeClauseStart(int close, int sentenceStart)
    {
        for (var k = close - 1; k >= 1 && k >= close - 12 && _t[k].Start >= sentenceStart; k--)
        {
            if (P(k, ',') || P(k, ';')) return -1;
            if ((Is(k, "which") || Is(k, "who") || Is(k, "whose")) && P(k - 1, ',')) return k - 1;
        }

        return -1;
    }

    /// <summary>The first tense marker from <paramref name="from"/> back to (not including) <paramref name="stop"/>; -1 when none.</summary>
    private int FirstMarkerBack(int from, int stop)
    {
        for (var k = from; k > stop; k--)
        {
            if (Marker(k) != 0) return k;
        }

        return -1;
    }

    private int Marker(int i)
    {
        ref readonly var t = ref _t[i];
        if (t.Kind != TokKind.Word) return 0;
        var sp = _text.AsSpan(t.Start, t.End - t.Start);
        // "have to be removed by": an obligation looks ahead; "is hoped to be presented", "are set to": a plan.
        if ((sp.Equals("have", StringComparison.OrdinalIgnoreCase) || sp.Equals("has", StringComparison.OrdinalIgnoreCase)) && Is(i + 1, "to"))
            return Is(i + 2, "say") || Is(i + 2, "do") || Is(i + 2, "admit") || Is(i + 2, "confess") ? 0 : 1;
        if (PresentBe(i - 1) && Is(i + 1, "to") && LowerWordIn(i, PlanParticiples)) return 1;
        // "an anticipated May general election": the adjective looks ahead; "investors anticipated a cut" is past.
        if (sp.Equals("anticipated", StringComparison.OrdinalIgnoreCase) && (Is(i - 1, "an") || Is(i - 1, "the") || Is(i - 1, "a"))) return 1;
        // "talks would be held in June": a participle after a modal and "be" leaves the tense to the modal ("could be
        // located" is left alone: it is often past ability).
        if (Is(i - 1, "be") && i >= 2 && LowerWordIn(i - 2, Modals) && (sp.EndsWith("ed", StringComparison.Ordinal) || PastLookup.Contains(sp))) return 0;
        if (Markers.Contains(sp))
        {
            if (sp.Equals("next", StringComparison.OrdinalIgnoreCase) || sp.Equals("due", StringComparison.OrdinalIgnoreCase)) return 0;
            return FutureLookup.Contains(sp) ? 1 : -1;
        }

        // "should raise prices in January" looks ahead, "should have warned" back; "is to play on Saturday" is a plan.
        if (sp.Equals("should", StringComparison.OrdinalIgnoreCase)) return Is(i + 1, "have") ? 0 : 1;
        // "could soon be replaced" and "there could be no deal" look ahead; "could not prevent", "could give no reason",
        // "could have won" and "could hear gunfire" (a sense) are past ability.
        if (sp.Equals("could", StringComparison.OrdinalIgnoreCase))
            return Is(i + 1, "not") || Is(i + 1, "never") || Is(i + 1, "hardly") || Is(i + 1, "have") || P(i + 1, '\'') || LowerWordIn(i + 1, SenseVerbs)
                || !Is(i + 1, "be") && (Is(i + 2, "no") || Is(i + 3, "no"))
                || Is(i + 1, "be") && (Is(i + 2, "seen") || Is(i + 2, "heard") || Is(i + 2, "felt")) ? 0 : 1;
        if (sp.Equals("to", StringComparison.OrdinalIgnoreCase) && PresentBe(i - 1) && i + 1 < _n && _t[i + 1].Kind == TokKind.Word && !_t[i + 1].Cap
            && (_t[i + 1].Lex is null || Is(i + 1, "present") || Is(i + 1, "end") || Is(i + 1, "start"))) return 1;
        // "His contract expires in the summer", "England face Wales on Saturday": news writes fixtures in the present simple.
        if (ScheduledPresent(i)) return 1;
        // "compared with", "compared to" introduce a comparison, not a past clause.
        if (sp.Equals("compared", StringComparison.OrdinalIgnoreCase) && (Is(i + 1, "with") || Is(i + 1, "to"))) return 0;
        if (sp.Length >= 5 && sp.EndsWith("ed", StringComparison.Ordinal) && !sp.EndsWith("eed", StringComparison.Ordinal) && t.Lex is null && !t.Cap) return -1;
        return 0;
    }

    // ---------- direction helpers ----------

    /// <summary>
    /// The date with this month/day nearest the anchor, in the tense direction unless the other reading is less than
    /// half as far away (participles and infinitives make tense a weak signal: "shares set to expire Nov. 6" written on
    /// Oct. 30 is next week, not last year; "the year ended March 31" written in November is the past March).
    /// </summary>
    private DateOnly? InferDay(int month, int day, int tense)
    {
        if (_dct is not { } a) return null;
        DateOnly? past = null, future = null;
        foreach (var y in new[] { a.Year - 1, a.Year, a.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var d = new DateOnly(y, month, day);
            if (d <= a && (past is null || d > past)) past = d;
            if (d >= a && (future is null || d < future)) future = d;
        }

        return Pick(a, past, future, tense);
    }

    /// <summary>
    /// Tense for a month or day without a year: "the year ended Jan. 31" and "since March" name a date that is over
    /// whatever the distance (-2); otherwise the clause's tense.
    /// </summary>
    private int DateTense(int first, int last)
    {
        var p = first - 1;
        if (p >= 0 && Is(p, "on")) p--;
        if (p >= 0 && Is(p, "since")) return -2;
        // "the third quarter ended March 31" written on March 24 names the quarter by its coming end: after a period
        // noun a day within the next month is that one; otherwise "ended" means the past whatever the distance ("The
        // strike ended April 2").
        if (p >= 0 && Is(p, "ended")) return p > 0 && (K(p - 1) == LexKind.Unit || Is(p - 1, "period")) ? EndedTense : -2;
        // "postponed until 3 February": a deadline leans ahead whatever the tense of the verb that set it, though not so
        // far that a near past date loses ("extended until March 1, when it expired", written in mid-March).
        return Governed(first, last) ?? WillAhead(first) ?? (p >= 0 && Is(p, "until") && SetsDeadline(p) || AheadOf(first) ? 1 : Tense(first, last));
    }

    /// <summary>
    /// "ahead of Thursday's results", "in the run-up to the March elections": what a report is ahead of had not
    /// happened when it was written, whatever the tense of the verb, so the date leans ahead. Not a comparison ("well
    /// ahead of Friday's final 71.8", "2 pct ahead of") nor a past perfect ("had forecast ahead of Friday's figures").
    /// </summary>
    private bool AheadOf(int first)
    {
        var p = first - 1;
        if (W(p, "the")) p--;
        int a;
        if (Is(p, "of") && W(p - 1, "ahead")) a = p - 1;
        else if (Is(p, "to") && (Is(p - 1, "run-up") || Is(p - 1, "up") && Is(p - 2, "run"))) a = Is(p - 1, "up") ? p - 2 : p - 1;
        else return false;
        if (Is(a - 1, "well") || Is(a - 1, "far") || Is(a - 1, "just") || Is(a - 1, "slightly") || Is(a - 1, "way") || Is(a - 1, "comfortably")
            || Is(a - 1, "points") || AfterFigure(a)) return false;
        var start = SentenceSpan(first).Start;
        for (var i = a - 1; i >= 0 && i >= a - 6 && _t[i].Start >= start; i--)
        {
            if (Is(i, "had")) return false;
        }

        return true;
    }

    /// <summary>
    /// A date named as a reference point, not as the time of the plan: "the gains of March", "weaker than in March".
    /// </summary>
    private bool PlainReference(int first) => Is(first - 1, "of") && !PeriodParts.Contains(first >= 2 && _t[first - 2].Kind == TokKind.Word ? Span(first - 2) : "")
        || Is(first - 1, "than") || Is(first - 2, "than")
        || LevelOf(first);

    /// <summary>"to return to January levels": the level a month reached, already measured.</summary>
    private bool LevelOf(int first) => K(first) == LexKind.Month && (Is(first + 1, "levels") || Is(first + 1, "level"));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodParts = FrozenSet.ToFrozenSet(
        ["end", "start", "beginning", "middle", "part", "rest", "close", "remainder", "course", "week", "weekend", "month", "day", "night", "morning", "evening"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word that may stand between a plan word and its preposition: "expected early in", "due out in".</summary>
    private bool PlanAdverb(int i) => Is(i, "early") || Is(i, "late") || Is(i, "later") || Is(i, "soon") || Is(i, "out") || Is(i, "back") || Is(i, "home")
        || i < _n && _t[i].Kind == TokKind.Word && Span(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>The word after a plan word that makes it a plan: "expected to", "due in", "set for", "expected by".</summary>
    private bool PlanFollower(int i) => Is(i, "to") || IsDatePreposition(i) || Is(i, "at") || Is(i, "for") || Is(i, "by") || Is(i, "before");

    /// <summary>A past participle: "shown", "held", "completed" (not "stronger").</summary>
    private bool Participle(int i) => i < _n && _t[i].Kind == TokKind.Word && !_t[i].Cap
        && (Marker(i) < 0 || Span(i).EndsWith("en", StringComparison.OrdinalIgnoreCase) || Span(i).EndsWith("wn", StringComparison.OrdinalIgnoreCase));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanWords = FrozenSet.ToFrozenSet(
        ["expected", "due", "scheduled", "set", "slated", "tipped", "likely", "unlikely", "poised", "planned", "going"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "will raise its price in January", "should exceed supply by March", "is expected on 6 January": a modal or a
    /// present plan ("is due", "is tipped to", "is to", "to be shown") of the same clause, with no comma or clause word between it
    /// and the date, puts the date ahead however far (+2); it looks back at most eight tokens.
    /// </summary>
    private int? WillAhead(int first)
    {
        var sStart = SentenceSpan(first).Start;
        for (var i = first - 1; i >= 0 && i >= first - 8 && _t[i].Start >= sStart; i--)
        {
            if (_t[i].Kind is not (TokKind.Word or TokKind.Number) || IsClauseWord(i) || Is(i, "that") || Is(i, "which") || Is(i, "who")) return null;
            if ((Is(i, "will") || Is(i, "shall") || Is(i, "ll") || Is(i, "should") && !Is(i + 1, "have")) && !LevelOf(first)) return 2;
            // "is expected on 6 January", "is tipped to ask … on Monday", "is to be shown on Sunday": a present plan.
            if (PresentBe(i - 1) && _t[i - 1].Start >= sStart && !PlainReference(first)
                && (PlanWords.Contains(Span(i)) && PlanFollower(PlanAdverb(i + 1) ? i + 2 : i + 1)
                    || Is(i, "to") && !Is(i + 1, "have") && !Is(i + 1, "blame"))) return 2;
            // "is taking place on 16 January", "are meeting on Wednesday": a present progressive before "on" and a day is a
            // plan ("are falling in January" is not).
            if ((Is(i - 1, "is") || Is(i - 1, "are")) && _t[i - 1].Start >= sStart && Is(first - 1, "on") && !_t[i].Cap && Span(i).Length > 4
                && Span(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Is(i, "being") && !LowerWordIn(i, InquiryVerbs) && !PlainReference(first)) return 2;
            // "a programme to be shown on Sunday": a passive infinitive names something still to happen ("was
            // thought to be dead" and "used to be held" do not).
            if (Is(i, "to") && Is(i + 1, "be") && Participle(AdverbEnds(i + 2)) && i > 0 && Marker(i - 1) >= 0 && !PlainReference(first)
                && !(Is(i - 1, "used") || Is(i - 1, "appear") || Is(i - 1, "appears") || Is(i - 1, "seem") || Is(i - 1, "seems") || Is(i - 1, "said")
                    || Is(i - 1, "believed") || Is(i - 1, "thought") || Is(i - 1, "known") || Is(i - 1, "reported") || Is(i - 1, "alleged"))) return 2;
            // "was named to face Wales on Saturday", "has been picked to start on Sunday": the infinitive after a
            // selection names what the chosen one is still to do, so the date leans ahead (+1). Not "appointed to the
            // board on Monday" (a preposition), nor after an order ("ordered Smith to pay damages on Monday" dates the order).
            if (Is(i, "to") && LowerWordIn(i - 1, SelectionVerbs) && i + 1 < first && _t[i + 1].Kind == TokKind.Word && !_t[i + 1].Cap && K(i + 1) is LexKind.None or LexKind.Word
                && !Determiner(i + 1)) return 1;
            // "will be announced on Thursday", "is due to be officially opened on 31 December": the participle belongs to
            // the modal's verb phrase.
            var r = Marker(i);
            var be = Adverb(i - 1) ? i - 2 : i - 1;
            if (r != 0 && !(r < 0 && (Is(be, "be") || Is(be, "been")))) return null;
        }

        return null;
    }

    /// <summary>An adverb in "-ly" that may stand inside a verb phrase: "be officially opened".</summary>
    private bool Adverb(int i) => i >= 0 && i < _n && _t[i].Kind == TokKind.Word && !_t[i].Cap && _t[i].Lex is null && Span(i).Length > 4
        && Span(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token after an "-ly" adverb at <paramref name="i"/>, or <paramref name="i"/> itself.</summary>
    private int AdverbEnds(int i) => Adverb(i) ? i + 1 : i;

    /// <summary>
    /// A fixture verb in the present simple at <paramref name="i"/>: "the offer expires", "health chiefs meet", "Sale host
    /// Bath". Not an infinitive or a negated form ("failed to meet", "did not play"), whose own verb sets the tense, nor
    /// a noun after a determiner or possessive ("the host", "his visits").
    /// </summary>
    private bool ScheduledPresent(int i)
    {
        if (!LowerWordIn(i, ScheduleVerbs) || i == 0 || Is(i + 1, "fire")) return false;
        return _t[i - 1].Kind == TokKind.Word && !LowerWordIn(i - 1, NotFiniteBefore) && !Is(i - 1, "s");
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScheduleVerbs = FrozenSet.ToFrozenSet(
        ["expires", "expire", "opens", "closes", "starts", "begins", "kicks", "resumes", "meets", "meet", "hosts", "host", "visits", "faces", "face",
         "plays", "play", "travels", "travel"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotFiniteBefore = FrozenSet.ToFrozenSet(
        ["to", "not", "t", "never", "did", "does", "do", "could", "would", "can", "will", "should", "may", "might", "must", "the", "a", "an", "this",
         "that", "his", "her", "its", "their", "our", "my", "your", "whose", "of", "as", "and", "or", "first", "next", "last", "home", "away", "state", "official", "fair",
         "foul", "power", "role", "radio", "television", "tv", "talk", "chat", "game", "quiz", "athletics", "swimming", "hospital", "by", "with", "for", "new", "fresh", "familiar", "young", "few"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Not "could", which is often past ability ("could be located").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = FrozenSet.ToFrozenSet(
        ["will", "would", "should", "must", "shall", "may", "might"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Participles of planning after "is/are … to": "is hoped to", "are set to", "is scheduled to".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanParticiples = FrozenSet.ToFrozenSet(
        ["hoped", "set", "scheduled", "planned", "slated", "poised", "tipped", "due", "intended", "timetabled", "designed", "meant", "aimed", "supposed", "determined"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastLookup =
        TimeLexicon.PastMarkers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of the senses, which "could" puts in the past: "could hear gunfire", "could see smoke".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SenseVerbs = FrozenSet.ToFrozenSet(
        ["see", "hear", "feel", "smell", "taste", "sense", "watch"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Participles of choosing someone for a task: "named", "picked", "selected" (to face, to start, to lead).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SelectionVerbs = FrozenSet.ToFrozenSet(
        ["named", "picked", "selected", "chosen", "drafted", "recalled", "appointed", "nominated", "tipped", "cleared"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Progressives that look back at a dated event: "are investigating a shooting on Sunday", "is reporting on 14 March".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InquiryVerbs = FrozenSet.ToFrozenSet(
        ["reporting", "saying", "investigating", "probing", "examining", "studying", "reviewing", "describing", "recalling", "remembering", "mourning",
         "questioning", "blaming", "denying", "explaining", "recovering", "counting"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A past verb that plainly governs the date fixes it in the past whatever the distance (-2): the verb right before
    /// the date's preposition ("was killed in January", "arrested him on May 3"), or the first verb after a fronted date ("In
    /// January, the board brought in …"), or the verb of a subject the date modifies ("The May deficit was …").
    /// Null otherwise: the nearest marker elsewhere in the sentence is too often another verb's ("said … the summit on
    /// April 24").
    /// </summary>
    private int? Governed(int first, int last)
    {
        var p = first - 1;
        if (p >= 0 && IsDatePreposition(p)) p--;
        var (sStart, sEnd) = SentenceSpan(first);
        if (p < 0 || _t[p].End <= sStart)
        {
            if (!P(last + 1, ',')) return null;
            for (var i = last + 2; i < _n && _t[i].End <= sEnd; i++)
            {
                if (Marker(i) != 0) return IsPlainPast(i) ? -2 : null;
            }

            return null;
        }

        // The date modifies the subject: "The May deficit was below forecasts", "Its March output rose".
        if (p == first - 1 && (Is(p, "the") || Is(p, "its") || Is(p, "their")) && (p == 0 || _t[p - 1].End <= sStart))
        {
            for (var i = last + 1; i <= last + 3 && i < _n && _t[i].Kind == TokKind.Word; i++)
            {
                if (Marker(i) != 0) return IsPlainPast(i) ? -2 : null;
            }

            return null;
        }

        // An adverb or an object pronoun may stand between: "arrived early on Tuesday", "arrested him on Dec. 2".
        if (p >= 0 && _t[p].Kind == TokKind.Word && _t[p].End > sStart && (Span(p).EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            || Is(p, "him") || Is(p, "her") || Is(p, "them") || Is(p, "it") || Is(p, "us") || Is(p, "me"))) p--;
        return p >= 0 && _t[p].End > sStart && IsPlainPast(p) ? -2 : null;
    }

    private bool IsDatePreposition(int i) => Is(i, "in") || Is(i, "on") || Is(i, "during");

    /// <summary>A tense marker that is a finite past form.</summary>
    private bool IsPlainPast(int i) => Marker(i) < 0 && StrongPast(i);

    /// <summary>
    /// A finite past form: not an auxiliary of a perfect, nor a participle after "be", "to" or a present "is" ("is issued
    /// in January"), with or without an adverb between ("to be officially opened").
    /// </summary>
    private bool StrongPast(int i)
    {
        if (Is(i, "has") || Is(i, "have") || Is(i, "had") || Is(i, "set") || Is(i, "put") || Is(i, "hit")) return false;
        var b = Adverb(i - 1) ? i - 2 : i - 1;
        return !(Is(b, "be") || Is(b, "been") || Is(b, "being") || Is(b, "to") || Is(b, "will") || Is(b, "would") || PresentBe(b));
    }

    /// <summary>An article or possessive determiner: "to the board", "to a panel", "to his post".</summary>
    private bool Determiner(int i) => Is(i, "the") || Is(i, "a") || Is(i, "an") || Is(i, "his") || Is(i, "her") || Is(i, "their") || Is(i, "its") || Is(i, "our") || Is(i, "my");

    /// <summary>"is", "are" or "am": the present of "be" that makes a following participle or "to" a plan or a passive.</summary>
    private bool PresentBe(int i) => Is(i, "is") || Is(i, "are") || Is(i, "am");

    /// <summary>The tense of a day after "ended": past, unless the day is at most a month ahead.</summary>
    private const int EndedTense = -4;

    private static DateOnly? Pick(DateOnly a, DateOnly? past, DateOnly? future, int tense)
    {
        if (past is null) return future;
        if (future is null) return past;
        if (tense == EndedTense) return future.Value.DayNumber - a.DayNumber <= 31 ? future : past;
        if (tense <= -2) return past;
        if (tense >= 2) return future;
        int back = a.DayNumber - past.Value.DayNumber, ahead = future.Value.DayNumber - a.DayNumber;
        if (tense < 0 && back <= 2 * ahead) return past;
        if (tense > 0 && ahead <= 2 * back) return future;
        return back <= ahead ? past : future;
    }

    private int? InferMonthYear(int month, int tense)
    {
        if (_dct is not { } a) return null;
        if (month == a.Month) return a.Year;
        var mid = new DateOnly(a.Year, month, 15);
        var past = mid <= a ? mid : mid.AddYears(-1);
        var future = mid >= a ? mid : mid.AddYears(1);
        return Pick(a, past, future, tense)!.Value.Year;
    }

    /// <summary>
    /// Tense for a bare weekday. A deadline ("postponed until Tuesday", "has given them until Tuesday", "as soon as
    /// Tuesday") lies ahead whatever the tense of the verb that set it (+2); "stayed until Friday" is not a deadline
    /// and keeps the clause's tense. A possessive ("Thursday's closing price") names a day already reported, so an
    /// untensed one stays in the past (-1).
    /// </summary>
    private int WeekdayTense(int first, int last)
    {
        var p = first - 1;
        if (p >= 0 && Is(p, "on")) p--;
        if (p >= 0 && Is(p, "until") && SetsDeadline(p)) return 2;
        if (p >= 1 && Is(p, "as") && Is(p - 1, "soon")) return 2;
        if (AheadOf(first)) return 1;
        if (WillAhead(first) is { } ahead) return ahead;
        // A possessive ("Tuesday's declaration") takes its tense from before it or from its own clause just after it
        // ("Friday's figures will be watched"), not from a clause further on; after "after", "over" or "following" it
        // names what already happened ("faces a fine after Saturday's trouble").
        if (PossessiveAfter(last))
        {
            if (AfterEvent(first, last)) return -1;
            var pm = NearestMarker(first, last);
            if (pm >= 0 && pm < first && ScheduledPresent(pm)) return 1;
            if (pm < 0) return -1;
            if (pm < first) return Marker(pm);
            for (var i = last + 1; i < pm; i++)
            {
                if (P(i, ',') || P(i, ';')) return -1;
            }

            return pm <= last + 12 ? Marker(pm) : -1;
        }

        return Tense(first, last);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeadlineWords = FrozenSet.ToFrozenSet(
        ["postpone", "postponed", "postpones", "delay", "delayed", "delays", "defer", "deferred", "extend", "extended", "extends", "give", "gives",
         "given", "gave", "has", "have", "adjourn", "adjourned", "deadline", "runs", "run", "wait", "waits", "valid", "expire", "expires", "remains", "remain"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"until" at <paramref name="until"/> closes a deadline: a deadline verb or noun shortly before it, in the same clause.</summary>
    private bool SetsDeadline(int until)
    {
        for (var k = until - 1; k >= 0 && k >= until - 6; k--)
        {
            if (_t[k].Kind == TokKind.Punct && _t[k].P is '.' or ';' or ',' or '"') return false;
            if (_t[k].Kind == TokKind.Word && DeadlineWords.Contains(Span(k))) return true;
        }

        return false;
    }

    /// <summary>Past or future weekday by tense; with no tense marker, the nearer of the two.</summary>
    private DateOnly? WeekdayByTense(int dow, int tense)
    {
        if (tense != 0) return Weekday(dow, tense > 0, 0);
        var past = Weekday(dow, false, 0);
        var future = Weekday(dow, true, 0);
        if (past is not { } pd || future is not { } fd || _dct is not { } a) return past;
        return fd.DayNumber - a.DayNumber < a.DayNumber - pd.DayNumber ? future : past;
    }

    private DateOnly? Weekday(int dow, bool future, int week)
    {
        if (_dct is not { } a) return null;
        var target = dow % 7; // DayOfWeek: Sunday=0
        var cur = (int)a.DayOfWeek;
        if (week != 0)
        {
            // "last Friday" / "next Friday": the one in the previous / next ISO week.
            var monday = a.AddDays(-((cur + 6) % 7));
            return monday.AddDays(7 * week + (dow - 1));
        }

        if (future)
        {
            var ahead = (target - cur + 7) % 7;
            return a.AddDays(ahead);
        }

        var back = (cur - target + 7) % 7;
        return a.AddDays(-back);
    }

    private Hit Rel(int first, int last, TimexType type, TimeUnit u, int n, string? suffix = null, DateOnly? anchor = null)
    {
        var a = anchor ?? _dct;
        var v = TimeCalendar.Shift(a, u, n) + (suffix ?? "");
        DateOnly? refDay = a is { } ad && u == TimeUnit.Day ? TimeCalendar.Add(ad, u, n) : null;
        return new Hit(first, last, type, v) { Tf = true, Anchored = a is not null, RefDay = refDay };
    }

    private static string Num(double q) => q == Math.Floor(q) ? ((long)q).ToString(Inv) : q.ToString("0.##", Inv);

    private static string? DurationValue(string q, TimeUnit u) =>
        q.Contains('.', StringComparison.Ordinal) && Fraction(double.Parse(q, Inv), u) is { } f ? f : WholeDuration(q, u);

    /// <summary>"2 1/2 years" is P2Y6M and "an hour and a half" PT1H30M: TimeML writes the remainder in the next smaller unit.</summary>
    private static string? Fraction(double v, TimeUnit u)
    {
        var whole = (long)Math.Floor(v);
        var (per, big, small, timePart) = u switch
        {
            TimeUnit.Year => (12, "Y", "M", false),
            TimeUnit.Day => (24, "D", "H", true),
            TimeUnit.Hour => (60, "H", "M", false),
            TimeUnit.Minute => (60, "M", "S", false),
            _ => (0, "", "", false),
        };
        if (per == 0) return null;
        var rest = (v - whole) * per;
        if (Math.Abs(rest - Math.Round(rest)) > 1e-6 || Math.Round(rest) == 0) return null;
        var r = ((long)Math.Round(rest)).ToString(Inv);
        var head = u is TimeUnit.Hour or TimeUnit.Minute ? "PT" : "P";
        var w = whole > 0 ? whole.ToString(Inv) + big : "";
        return timePart ? head + w + "T" + r + small : head + w + r + small;
    }

    private static string? WholeDuration(string q, TimeUnit u) => u switch
    {
        TimeUnit.Second => "PT" + q + "S",
        TimeUnit.Minute => "PT" + q + "M",
        TimeUnit.Hour => "PT" + q + "H",
        TimeUnit.Day => "P" + q + "D",
        TimeUnit.Week => "P" + q + "W",
        TimeUnit.Weekend => "P" + q + "WE",
        TimeUnit.Fortnight => q == "X" ? "PXW" : "P" + Num(2 * double.Parse(q, Inv)) + "W",
        TimeUnit.Month => "P" + q + "M",
        TimeUnit.Quarter => "P" + q + "Q",
        TimeUnit.Half => null,
        TimeUnit.Year => "P" + q + "Y",
        // TimeBank and AQUAINT write counted decades in years ("two decades" P20Y); only the vague plural keeps DE.
        TimeUnit.Decade => q == "X" ? "PXDE" : "P" + Num(10 * double.Parse(q, Inv)) + "Y",
        TimeUnit.Century => "P" + q + "CE",
        _ => "P" + q + "ML",
    };
}
