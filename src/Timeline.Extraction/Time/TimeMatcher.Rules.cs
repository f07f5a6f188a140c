using System.Collections.Frozen;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>The rule families. Each returns the hit starting at a token, or null.</summary>
internal sealed partial class TimeMatcher
{
    private static readonly string[] PartCodes = ["", "TMO", "TAF", "TEV", "TNI"];
    private static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    private Hit? At(int i)
    {
        var (mod, j) = Prefix(i);
        if (j > i)
        {
            if (j >= _n) return null;
            if (mod is not ("START" or "END" or "MID") && !QuantityLike(j)) return null;
            var core = Core(j, true);
            if (core is null) return null;
            if (core.Type == TimexType.Set) return null;
            return core with { First = i, Mod = core.Mod ?? mod };
        }

        return Core(i, false);
    }

    // Approximation modifiers attach to numbers, quantities and explicit dates, not to "the future".
    private bool QuantityLike(int j) =>
        _t[j].Kind is TokKind.Number or TokKind.Clock or TokKind.Decade or TokKind.OrdinalNumber
        || K(j) is LexKind.Number or LexKind.Month or LexKind.Weekday
        || W(j, "a") || W(j, "an") || W(j, "several") || W(j, "few") || W(j, "noon") || W(j, "midnight") || W(j, "the") && (W(j + 1, "past") || W(j + 1, "last") || W(j + 1, "next"));

    /// <summary>Modifiers that belong to the expression: "late", "the end of", "about", "at least", "earlier this".</summary>
    private (string? Mod, int Next) Prefix(int i)
    {
        if (_t[i].Kind != TokKind.Word) return (null, i);
        // "end-February", "end-1987": the wire's hyphenated end of a period.
        if (W(i, "end") && Hyphened(i) && (K(i + 1) == LexKind.Month || YearToken(i + 1) is not null)) return ("END", i + 1);
        // "at end December", "by end of 1990": the wire drops the article after a preposition of time.
        if (W(i, "end") && !Hyphened(i) && (Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "since") || Is(i - 1, "from") || Is(i - 1, "before")))
        {
            var at = Is(i + 1, "of") ? i + 2 : i + 1;
            if (K(at) == LexKind.Month && _t[at].Cap || YearToken(at) is not null) return ("END", at);
        }

        // "early in January", "late in the year": the span holds the modifier, as TimeBank's "earlier in the year" does.
        if ((W(i, "early") || W(i, "late")) && Is(i + 1, "in") && (K(i + 2) == LexKind.Month && _t[i + 2].Cap || W(i + 2, "the") && W(i + 3, "year")))
            return (W(i, "early") ? "START" : "END", i + 2);
        if (W(i, "early") || W(i, "late") || W(i, "mid"))
        {
            var m = W(i, "early") ? "START" : W(i, "late") ? "END" : "MID";
            return (m, i + 1);
        }

        if (W(i, "the") && (W(i + 1, "early") || W(i + 1, "late") || W(i + 1, "mid")) && (Kind(i + 2, TokKind.Decade) || K(i + 2) == LexKind.Season))
            return (W(i + 1, "early") ? "START" : W(i + 1, "late") ? "END" : "MID", i + 2);
        if (W(i, "the") && (W(i + 1, "end") || W(i + 1, "beginning") || W(i + 1, "start") || W(i + 1, "middle")) && Is(i + 2, "of"))
            return (W(i + 1, "middle") ? "MID" : W(i + 1, "end") ? "END" : "START", i + 3);
        if ((W(i, "earlier") || W(i, "later")) && i + 1 < _n)
        {
            var m = W(i, "earlier") ? "START" : "END";
            if (W(i + 1, "this") || W(i + 1, "that") || W(i + 1, "today") || W(i + 1, "yesterday") || W(i + 1, "tomorrow") || W(i + 1, "tonight") || K(i + 1) == LexKind.Weekday)
                return (m, i + 1);
            if (Is(i + 1, "in") && W(i + 2, "the") && K(i + 3) == LexKind.Unit) return (m, i + 2);
            return (null, i);
        }

        // Annotators leave "about", "around" and "almost" outside the span more often than not; "nearly" inside.
        if (W(i, "approximately") || W(i, "roughly") || W(i, "nearly")) return ("APPROX", i + 1);
        if (W(i, "some") && (Kind(i + 1, TokKind.Number) || K(i + 1) == LexKind.Number)) return ("APPROX", i + 1);
        if (W(i, "more") && Is(i + 1, "than")) return ("MORE_THAN", i + 2);
        if (W(i, "less") && Is(i + 1, "than")) return ("LESS_THAN", i + 2);
        if (W(i, "over") && (W(i + 1, "a") || W(i + 1, "an") || Kind(i + 1, TokKind.Number) || K(i + 1) == LexKind.Number)) return OverMeansMore(i) ? ("MORE_THAN", i + 1) : (null, i);
        if (Is(i, "at") && W(i + 1, "least")) return ("EQUAL_OR_MORE", i + 2);
        if (Is(i, "no") && W(i + 1, "more") && Is(i + 2, "than")) return ("EQUAL_OR_LESS", i + 3);
        if (W(i, "up") && Is(i + 1, "to") && (Kind(i + 2, TokKind.Number) || K(i + 2) == LexKind.Number)) return ("EQUAL_OR_LESS", i + 2);
        return (null, i);
    }

    /// <summary>
    /// "over" at <paramref name="i"/> before an amount of time means "more than" after a word of length ("lasted over a
    /// week", "for over five years", "just over an hour later"), and "across" elsewhere ("paid out over five years",
    /// "returns on equity over five years"), where it stays outside the expression.
    /// </summary>
    private bool OverMeansMore(int i)
    {
        if (i > 0 && _t[i - 1].Kind == TokKind.Word && LengthWords.Contains(Span(i - 1))) return true;
        // "up 12 pct over a year earlier" compares with a date.
        if (i > 0 && AfterFigure(i)) return false;
        for (var k = i + 1; k <= i + 4 && k < _n; k++)
        {
            if (K(k) != LexKind.Unit) continue;
            var n = k + 1;
            // "just over an hour later", "over a minute behind"; "over 20 hours a week": an amount in a rate.
            return W(n, "later") || W(n, "ago") || W(n, "earlier") || Is(n, "old") || Is(n, "behind") || Is(n, "late") || Is(n, "longer")
                || (W(n, "a") || W(n, "per")) && K(n + 1) == LexKind.Unit;
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LengthWords = FrozenSet.ToFrozenSet(
        ["for", "in", "of", "after", "than", "with", "since", "just", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taking", "spend", "spends", "spent",
         "wait", "waited", "waiting", "serve", "served", "serving", "run", "runs", "ran", "lived", "worked", "stayed", "remained", "held", "jailed", "sentenced",
         "span", "spans", "spanned", "spanning", "delay", "delayed", "delays", "little", "well", "career", "experience"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private Hit? Core(int j, bool prefixed)
    {
        ref readonly var t = ref _t[j];
        switch (t.Kind)
        {
            case TokKind.IsoDate: return CalendarDay(j, j, t.Y, t.M, t.D);
            case TokKind.SlashDate: return SlashDate(j);
            case TokKind.Clock: return ClockAt(j);
            case TokKind.Decade: return DecadeAt(j, j);
            case TokKind.OrdinalNumber: return OrdinalNumberAt(j);
            case TokKind.Number: return NumberAt(j);
            case TokKind.Word: break;
            default: return null;
        }

        if (t.Lex is not { } lex) return null;
        return lex.Kind switch
        {
            LexKind.Month => MonthAt(j, j),
            LexKind.Weekday => WeekdayAt(j, j, 0),
            LexKind.Season => SeasonAt(j, j, null),
            LexKind.Unit => UnitAt(j),
            LexKind.Number => NumberWordAt(j),
            LexKind.Ordinal => OrdinalAt(j, j),
            LexKind.PartOfDay => PartOfDayAt(j, prefixed),
            LexKind.Word => WordAt(j),
            _ => null,
        };
    }

    private Hit? PartOfDayAt(int j, bool prefixed)
    {
        if (_t[j].Lex!.Plural) return null;
        var code = PartCodes[_t[j].Lex!.Value];
        var k = j + 1;
        if (W(k, "today") || W(k, "yesterday") || W(k, "tomorrow") || K(k) == LexKind.Weekday && !_t[k].Lex!.Plural)
        {
            var day = DayRef(k, j);
            if (day is not null && day.Value.Length == 10)
                return new Hit(j, day.Last, TimexType.Time, day.Value + code) { Tf = true, Anchored = day.Anchored, RefDay = day.RefDay };
        }

        if (!prefixed) return null;
        return (_ref ?? _dct) is { } a
            ? new Hit(j, j, TimexType.Time, TimeCalendar.Day(a) + code) { Tf = true }
            : new Hit(j, j, TimexType.Time, "XXXX-XX-XX" + code) { Tf = true, Anchored = false };
    }

    // ---------- absolute dates ----------
    private Hit? CalendarDay(int first, int last, int y, int m, int d)
    {
        if (y < 1 || y > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        var day = new DateOnly(y, m, d);
        return new Hit(first, last, TimexType.Date, TimeCalendar.Day(day)) { RefDay = day };
    }

    private Hit? SlashDate(int j)
    {
        ref readonly var t = ref _t[j];
        int m = t.M, d = t.D;
        if (m > 12 && d <= 12) (m, d) = (d, m);
        else if (m <= 12 && d <= 12 && m != d) return null;
        return CalendarDay(j, j, t.Y, m, d);
    }

    private int? YearToken(int k)
    {
        if (!Kind(k, TokKind.Number) || _t[k].Grouped || _t[k].Digits != 4) return null;
        var v = _t[k].Num;
        return v is >= 1000 and <= 2100 ? v : null;
    }

    private (int Year, int Last)? SpelledYear(int k)
    {
        // "nineteen ninety-six", "nineteen eighty"
        if (!W(k, "nineteen") || K(k + 1) != LexKind.Number) return null;
        var tens = _t[k + 1].Lex!.Value;
        if (tens < 10 || tens > 90) return null;
        var last = k + 1;
        var v = tens;
        if (tens >= 20 && tens % 10 == 0 && K(k + 2) == LexKind.Number && _t[k + 2].Lex!.Value < 10)
        {
            v += _t[k + 2].Lex!.Value;
            last = k + 2;
        }

        return (1900 + v, last);
    }

    /// <summary>An explicit year right after position k: ", 2023", "2023", "nineteen ninety-six".</summary>
    private (int Year, int Last)? YearAfter(int k)
    {
        var p = P(k, ',') ? k + 1 : k;
        if (YearToken(p) is { } y && !(p + 1 < _n && (P(p + 1, '%') || YearFollowers.Contains(Span(p + 1)) && !(W(p + 1, "new") || Is(p + 1, "and") || Is(p + 1, "to"))))) return (y, p);
        if (p == k && SpelledYear(k) is { } s) return s;
        return null;
    }

    private Hit? MonthAt(int first, int j)
    {
        ref readonly var t = ref _t[j];
        var m = t.Lex!.Value;
        var word = t.Lex.Word;
        var isAbbr = word.Length <= 4 && word != "june" && word != "july" && word != "may";
        var hasPeriod = t.End > t.Start + word.Length;
        var k = j + 1;
        var dayTok = k < _n && (Kind(k, TokKind.Number) && !_t[k].Grouped && _t[k].Digits <= 2 || Kind(k, TokKind.OrdinalNumber)) && _t[k].Num is >= 1 and <= 31;
        if (!t.Cap && !(AllLower() && !isAbbr)) return null;
        var spelled = dayTok ? null : SpelledDay(first, j);
        dayTok |= spelled is not null;
        if (!dayTok && QuarterRange(first, j) is { } qr) return qr;
        var chain = SlashChain(j);
        var trading = !dayTok && YearToken(k) is null && !NameBefore(j) && (chain.Last > chain.First || ContractNoun(j + 1) || PriceFor(j));
        if (isAbbr && !hasPeriod && !dayTok && YearToken(k) is null && !BareAbbreviation(j, word) && !(trading && chain.Last > chain.First)) return null;
        if (word == "may" && !trading && !MonthByContext(j) && !dayTok && YearToken(k) is null && YearAfter(k) is null && !(j > 0 && (W(j - 1, "early") || W(j - 1, "late") || W(j - 1, "mid") || Is(j - 1, "in") || W(j - 1, "last") || W(j - 1, "next") || W(j - 1, "this") || Is(j - 1, "of") || Is(j - 1, "since") || Is(j - 1, "until") || Is(j - 1, "by") || Is(j - 1, "during")) || MonthModifier(j) || PossessiveMonth(j) || FromMonth(j))) return null;
        if (word == "march" && !trading && !MonthByContext(j) && !dayTok && YearAfter(k) is null && j > 0 && !(Is(j - 1, "in") || W(j - 1, "early") || W(j - 1, "late") || W(j - 1, "mid") || W(j - 1, "last") || W(j - 1, "next") || W(j - 1, "this") || Is(j - 1, "of") || Is(j - 1, "since") || Is(j - 1, "until") || Is(j - 1, "by") || MonthModifier(j) || PossessiveMonth(j) || FromMonth(j))) return null;

        if (dayTok)
        {
            var (d, dl) = spelled ?? (_t[k].Num, k);
            return DayWithYear(first, dl, m, d);
        }

        if (YearAfter(k) is { } y) return new Hit(first, y.Last, TimexType.Date, TimeCalendar.Month(y.Year, m));
        // "October of 1986".
        if (Is(k, "of") && YearToken(k + 1) is { } oy) return new Hit(first, k + 1, TimexType.Date, TimeCalendar.Month(oy, m));
        // "between February and October of 1986", "January through March 1987": the first month of a pair takes the
        // year written after the second, when the second comes later in the year.
        if ((Is(k, "and") || Is(k, "to") || Is(k, "through")) && K(k + 1) == LexKind.Month && _t[k + 1].Cap && _t[k + 1].Lex!.Value > m
            && (YearAfter(k + 2)?.Year ?? (Is(k + 2, "of") ? YearToken(k + 3) : null)) is { } pairYear)
            return new Hit(first, j, TimexType.Date, TimeCalendar.Month(pairYear, m));
        // "exports in February a year ago": that month a year before its last occurrence (or before the one the sentence
        // named: "sales in February 1986 rose from February a year earlier"), as one expression.
        if ((Is(k, "a") || Is(k, "one")) && W(k + 1, "year") && !_t[k + 1].Lex!.Plural && (W(k + 2, "ago") || W(k + 2, "earlier"))
            && (_lastNamedMonth is { } sm && sm.Month.Month == m && SentenceOf(j) == sm.Sentence ? sm.Month.Year : InferMonthYear(m, -2)) is { } py)
            return new Hit(first, k + 2, TimexType.Date, TimeCalendar.Month(py - 1, m)) { Tf = true };
        // "In August of the same year", "in May of that year": the year the story last named.
        if (Is(k, "of") && _refYear is { } ry && (W(k + 1, "the") && Is(k + 2, "same") && W(k + 3, "year") || W(k + 1, "that") && W(k + 2, "year")))
            return new Hit(first, W(k + 1, "the") ? k + 3 : k + 2, TimexType.Date, TimeCalendar.Month(ry.Year, m)) { Tf = true };
        if (YearWord(k) is { } yy) return new Hit(first, k + 1, TimexType.Date, TimeCalendar.Month(yy, m)) { Tf = true };

        var year = InferMonthYear(m, TradingMonth(j) ? 2 : DateTense(first, j));
        // "held in June and September": a month coordinated with one just named follows it, as a slash run does.
        if (first == j && j >= 2 && (Is(j - 1, "and") || Is(j - 1, "or")) && K(j - 2) == LexKind.Month && _lastNamedMonth is { } ln
            && ln.Sentence == SentenceOf(j) && ln.Month.Month == _t[j - 2].Lex!.Value && _dct is { } cd
            && (m >= ln.Month.Month ? ln.Month.Year : ln.Month.Year + 1) is var cy && !(new DateOnly(cy, m, 1) > cd && DateTense(j - 2, j - 2) < 0))
            year = cy;
        // "Oct/Dec", "Dec/Jan": a later month of a slash-joined run follows the first one.
        if (chain.First is var s0 && s0 < j && InferMonthYear(_t[s0].Lex!.Value, TradingMonth(s0) ? 2 : DateTense(s0, s0)) is { } y0)
            year = m >= _t[s0].Lex!.Value ? y0 : y0 + 1;
        // "the June quarter": the quarter that ends in that month, as Australian and Asian reports name them.
        if (year is { } yq && m % 3 == 0 && W(j + 1, "quarter") && !_t[j + 1].Lex!.Plural && !Hyphened(j + 1) && !P(j - 1, '/') && !P(j - 1, '-'))
            return new Hit(WithThe(first, j), j + 1, TimexType.Date, TimeCalendar.Quarter(yq, m / 3)) { Tf = true };
        return year is { } yv
            ? new Hit(first, j, TimexType.Date, TimeCalendar.Month(yv, m)) { Tf = true }
            : new Hit(first, j, TimexType.Date, "XXXX-" + m.ToString("D2", Inv)) { Tf = true, Anchored = false };
    }

    /// <summary>
    /// A day written in words after a month, as wire copy does: "on April one", "from March five, 1988", "until May
    /// twenty-one." Only after a preposition of time and before a phrase break, so "by March two companies" stays a count.
    /// </summary>
    private (int Day, int Last)? SpelledDay(int first, int j)
    {
        if (!(Is(first - 1, "on") || Is(first - 1, "from") || Is(first - 1, "until") || Is(first - 1, "till") || Is(first - 1, "by") || Is(first - 1, "since")
            || Is(first - 1, "before") || Is(first - 1, "after") || Is(first - 1, "through") || Is(first - 1, "effective") || Is(first - 1, "to")))
            return null;
        var k = j + 1;
        if (K(k) != LexKind.Number) return null;
        var d = _t[k].Lex!.Value;
        var last = k;
        if (d is 20 or 30 && K(k + 1) == LexKind.Number && _t[k + 1].Lex!.Value is >= 1 and <= 9)
        {
            d += _t[k + 1].Lex!.Value;
            last = k + 1;
        }

        if (d is < 1 or > 31) return null;
        var n = last + 1;
        // Not a count: "By May one in five companies", "By June two and a half million people".
        var breaks = n >= _n || _t[n].Kind == TokKind.Punct && !P(n, '-') && !P(n, '/') || YearToken(n) is not null
            || Is(n, "and") && !(W(n + 1, "a") || Is(n + 1, "half") || K(n + 1) == LexKind.Number || Kind(n + 1, TokKind.Number))
            || Is(n, "through") || Is(n, "to") && !(Kind(n + 1, TokKind.Number) || K(n + 1) == LexKind.Number)
            || Is(n, "instead") || Is(n, "when") || Is(n, "at") || Is(n, "until") || Is(n, "subject") || Is(n, "after") || Is(n, "before") || Is(n, "from");
        return breaks ? (d, last) : null;
    }

    /// <summary>
    /// A capitalised abbreviation with no period, day or year ("delivery in Sept", "753 dlrs for Aug", "Oct/Dec") is a
    /// month after a preposition of time, after "for" following a price, or beside another month across a slash; not
    /// after "to" or a bare "for" ("spoke to Dec", "voted for Dec"). "Jan", "Mar", "Apr", "Jun", "Jul" and "Sep" stay out: names and
    /// words.
    /// </summary>
    private bool BareAbbreviation(int j, string word) =>
        word is "feb" or "aug" or "sept" or "oct" or "nov" or "dec"
        && (Is(j - 1, "in") || Is(j - 1, "by") || Is(j - 1, "until") || Is(j - 1, "since") || Is(j - 1, "from") || Is(j - 1, "through")
            || Is(j - 1, "before") || Is(j - 1, "after") || Is(j - 1, "during")
            || Is(j - 1, "for") && (Kind(j - 2, TokKind.Number) || IsAmountWord(j - 2) || Is(j - 2, "delivery") || Is(j - 2, "shipment"))
            || P(j - 1, '/') && K(j - 2) == LexKind.Month || P(j + 1, '/') && K(j + 2) == LexKind.Month);

    /// <summary>
    /// "the January-March trade surplus", "the July-to-September quarter": two months joined by a hyphen that bound a
    /// calendar quarter are that quarter, with a following "quarter" or "period" in the span.
    /// </summary>
    private Hit? QuarterRange(int first, int j)
    {
        var second = Hyphened(j) && K(j + 1) == LexKind.Month ? j + 1
            : Hyphened(j) && Is(j + 1, "to") && Hyphened(j + 1) && K(j + 2) == LexKind.Month ? j + 2 : -1;
        if (second < 0 || !_t[second].Cap || Kind(second + 1, TokKind.Number) && _t[second + 1].Digits <= 2 || Kind(second + 1, TokKind.OrdinalNumber)) return null;
        int m1 = _t[j].Lex!.Value, m2 = _t[second].Lex!.Value;
        // "January-March" is a quarter; "January-June" and "July-December" are halves.
        var half = m1 is 1 or 7 && m2 == m1 + 5;
        if (!half && (m1 % 3 != 1 || m2 != m1 + 2)) return null;
        var last = W(second + 1, "quarter") || W(second + 1, "period") || half && W(second + 1, "half") ? second + 1 : second;
        if (last > second && first == j && W(j - 1, "the")) first = j - 1;
        var q = half ? (m1 == 1 ? "-H1" : "-H2") : "-Q" + ((m1 + 2) / 3).ToString(Inv);
        if (YearAfter(last + 1) is { } ya) return new Hit(first, ya.Last, TimexType.Date, TimeCalendar.Year(ya.Year) + q);
        if (_dct is not { } a) return new Hit(first, last, TimexType.Date, "XXXX" + q) { Tf = true, Anchored = false };
        var year = half ? HalfYear(a, m1 == 1 ? 1 : 2, first, last) : QuarterYear(a, (m1 + 2) / 3, first, last);
        return new Hit(first, last, TimexType.Date, TimeCalendar.Year(year) + q) { Tf = true };
    }

    /// <summary>
    /// The year of a quarter named without one: a quarter still to start is last year's unless the clause looks ahead. A
    /// year that opened a sentence that does not look ahead dates its quarters ("Last year, the firm lost money in the
    /// second quarter", "For all of 1986, … the first quarter"). A clause that looks ahead means the quarter's next
    /// occurrence, except that results are forecast and reported after a quarter ends: the quarter just ended is the one
    /// an earnings clause means ("analysts expect fourth-quarter earnings" in January), and a later one the next
    /// ("analysts predict a loss in the first quarter" in October).
    /// </summary>
    private int QuarterYear(DateOnly a, int q, int first, int last)
    {
        var ahead = Future(first, last);
        if (ahead)
        {
            // The year of the quarter's last completed occurrence, and whether it is the latest quarter to have ended.
            var y = new DateOnly(a.Year, 3 * q, 1).AddMonths(1) <= a ? a.Year : a.Year - 1;
            // A quarter ended within the last three months is the one an earnings clause means; one ended within the last
            // month this year is still the one meant ("will have a negative impact on the first quarter" in April); an
            // older one ("plans to launch the console in the second quarter" in August, "will open in the fourth
            // quarter" in January) and the current one are their next occurrence.
            var end = new DateOnly(y, 3 * q, 1).AddMonths(1);
            // Results words anywhere in the sentence; a loss only right after the quarter ("EXPECTS 4TH QTR, FULL-YEAR
            // LOSS"), since "will cut jobs in the fourth quarter to stem losses" is no forecast of results.
            var results = SentenceAny(first, i => _t[i].Kind == TokKind.Word && ResultWords.Contains(Span(i)))
                || Enumerable.Range(last + 1, 4).Any(i => Is(i, "loss") || Is(i, "losses"));
            return end.AddMonths(3) > a && results || end.AddMonths(1) > a && y == a.Year ? y : y + 1;
        }

        if (_frontedYear is { } fy && fy.Sentence == SentenceOf(first) && fy.Year < a.Year) return fy.Year;
        return new DateOnly(a.Year, 3 * q - 2, 1) > a ? a.Year - 1 : a.Year;
    }

    /// <summary>Words of a period's results, which come out after it ends: "report", "earnings", "net".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ResultWords = FrozenSet.ToFrozenSet(
        ["report", "reports", "post", "posts", "results", "earnings", "profit", "profits", "revenue", "revenues", "income", "net", "gdp"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"June/July", "Oct/Nov/Dec": the first and last month of the slash-joined run holding the month at <paramref name="j"/>.</summary>
    private (int First, int Last) SlashChain(int j)
    {
        int s = j, e = j;
        while (P(s - 1, '/') && K(s - 2) == LexKind.Month && Adjacent(s - 2, s - 1) && Adjacent(s - 1, s)) s -= 2;
        while (P(e + 1, '/') && K(e + 2) == LexKind.Month && Adjacent(e, e + 1) && Adjacent(e + 1, e + 2)) e += 2;
        return (s, e);
    }

    /// <summary>A plain past verb among the next few words of the clause: "shipment of jets was delayed".</summary>
    private bool PastAfter(int from)
    {
        for (var i = from; i < _n && i <= from + 4 && _t[i].Kind == TokKind.Word; i++)
        {
            if (IsPlainPast(i) || Is(i, "was") || Is(i, "were")) return true;
        }

        return false;
    }

    /// <summary>A singular noun of a delivery or contract month: "March shipment", "the July futures".</summary>
    private bool ContractNoun(int i) => LowerWordIn(i, ContractNouns);

    /// <summary>A lower-case word at <paramref name="i"/> that the set holds.</summary>
    private bool LowerWordIn(int i, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        i >= 0 && i < _n && _t[i].Kind == TokKind.Word && !_t[i].Cap && set.Contains(Span(i));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContractNouns = FrozenSet.ToFrozenSet(
        ["shipment", "delivery", "loading", "futures", "contract", "option", "options", "forward", "forwards"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "sold at 340 dlrs for Aug", "registered at 785 dlrs for March/April": a month that a price quoted earlier in the
    /// sentence ("at" or a verb of sale, a number, a currency a few words on) is for. Not a statistic ("narrowed to 1.2 billion dlrs
    /// for March") nor an index level ("remained at 100.8 for January").
    /// </summary>
    private bool PriceFor(int j)
    {
        var s = SlashChain(j).First;
        if (!(Is(s - 1, "for") && (Kind(s - 2, TokKind.Number) || IsAmountWord(s - 2)))) return false;
        var start = SentenceSpan(j).Start;
        for (var i = s - 2; i >= 0 && _t[i].Start >= start; i--)
        {
            if (_t[i].Kind == TokKind.Word && (Is(i, "at") || SaleVerbs.Contains(Span(i))) && Kind(i + 1, TokKind.Number) && CurrencyWithin(i + 1)) return true;
        }

        return false;
    }

    /// <summary>A currency within eight tokens of a number, in the same clause: "at 1,850 and 1,880 dlrs".</summary>
    private bool CurrencyWithin(int from)
    {
        for (var i = from; i < _n && i <= from + 8; i++)
        {
            if (P(i, '.') || P(i, ';')) return false;
            if (P(i, '$') || P(i, '£') || P(i, '€') || _t[i].Kind == TokKind.Word && Currencies.Contains(Span(i))) return true;
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SaleVerbs = FrozenSet.ToFrozenSet(
        ["fetched", "fetch", "sold", "bought", "paid", "offered", "quoted", "bid", "traded", "booked"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Currencies = FrozenSet.ToFrozenSet(
        ["dlrs", "dollars", "dlr", "cents", "cts", "stg", "pounds", "yen", "marks", "francs", "euros", "ringgit", "rupees", "pesos", "guilders", "lire"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A capitalised word that is not a function word right before: "Theresa May", "Brian May", "Mrs. May".</summary>
    private bool NameBefore(int j)
    {
        if (P(j - 1, '.') && (Is(j - 2, "Mr") || Is(j - 2, "Mrs") || Is(j - 2, "Ms") || Is(j - 2, "Dr"))) return true;
        return j > 0 && _t[j - 1].Kind == TokKind.Word && _t[j - 1].Cap && _t[j - 1].Lex is null
            && !(Is(j - 1, "the") || Is(j - 1, "its") || Is(j - 1, "their") || Is(j - 1, "in") || Is(j - 1, "by") || Is(j - 1, "for") || Is(j - 1, "of"));
    }

    /// <summary>
    /// A month that a trade is quoted for lies ahead of the quote whatever the tense of the sale: a delivery or
    /// contract month ("sold for March shipment", "the July futures", "for delivery in Sept"), a month a price is quoted
    /// for ("753 dlrs for Aug") and a run of months priced a few words on ("June/July going at 1,850 dlrs").
    /// "Shipments in January fell" (plural, statistics), "The March shipment arrived late" and "sales in June/July" are
    /// not quotes.
    /// </summary>
    private bool TradingMonth(int j)
    {
        var (s, e) = SlashChain(j);
        if (PriceFor(j) || Is(s - 1, "in") && (Is(s - 2, "delivery") || Is(s - 2, "shipment") || Is(s - 2, "loading")) && Is(s - 3, "for")) return true;
        // A contract is named by its delivery month ("the December futures closed lower"); a shipment that "arrived
        // late" is over.
        if (ContractNoun(e + 1)) return !(Is(e + 1, "shipment") || Is(e + 1, "delivery") || Is(e + 1, "loading")) || !PastAfter(e + 2);
        if (e == s) return false;
        for (var k = e + 1; k <= e + 3 && k < _n && _t[k].Kind == TokKind.Word; k++)
        {
            if (Is(k, "at") && Kind(k + 1, TokKind.Number) && CurrencyWithin(k + 1)) return true;
        }

        return false;
    }

    /// <summary>
    /// "the March accession", "its May figures": a determiner, the month, and a lower-case noun of a dated thing. Not
    /// "the May government" (a prime minister's) or "the March against the war".
    /// </summary>
    private bool MonthModifier(int j)
    {
        if (!(Is(j - 1, "the") || Is(j - 1, "its") || Is(j - 1, "their") || Is(j - 1, "his") || Is(j - 1, "her") || Is(j - 1, "our"))) return false;
        return j + 1 < _n && _t[j + 1].Start == _t[j].End + 1 && LowerWordIn(j + 1, DatedNouns);
    }

    /// <summary>
    /// An ambiguous month name ("March", "May") that its neighbours show to be a month: "the year to March", "the
    /// year ended March", "between February and March", "figures for May", "March exports rose", "May passenger
    /// figures". Not after a name ("Theresa May trade talks", "Mrs. May"), nor "voted for May", nor "May's bid".
    /// </summary>
    private bool MonthByContext(int j)
    {
        if (NameBefore(j) || PossessiveAfter(j)) return false;
        if (Is(j - 1, "ended") || Is(j - 1, "ending") || Is(j - 1, "to") && (W(j - 2, "year") || W(j - 2, "months") || W(j - 2, "quarter"))) return true;
        if (Connective(j - 1) && K(j - 2) == LexKind.Month && _t[j - 2].Cap || Connective(j + 1) && K(j + 2) == LexKind.Month && _t[j + 2].Cap) return true;
        if (Is(j - 1, "for") && j >= 2 && _t[j - 2].Kind == TokKind.Word && StatNouns.Contains(Span(j - 2))) return true;
        return StatNoun(j + 1) || j + 2 < _n && _t[j + 1].Kind == TokKind.Word && !_t[j + 1].Cap && _t[j + 1].Lex is null && _t[j + 1].End - _t[j + 1].Start >= 4
            && !Span(j + 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && StatNoun(j + 2);
    }

    /// <summary>
    /// "rose 7.6 pct in April from March", "unchanged from March at 99,000 dlrs": an ambiguous month after "from" is a month
    /// when another month or a figure comes shortly before "from", or a figure after "at". Not "marchers set off from
    /// March" (the town) nor "answers from May over the October deadline" (the person).
    /// </summary>
    private bool FromMonth(int j)
    {
        if (!Is(j - 1, "from") || PossessiveAfter(j)) return false;
        // "unchanged from March at 99,000 dlrs", not "the train from March at 0800" nor "from May at 10 Downing Street".
        if (Is(j + 1, "at") && (Figure(j + 2) || P(j + 2, '$') || P(j + 2, '£') || P(j + 2, '€'))) return true;
        // "fell in April from March", "rose 3 pct from May": a month or a figure just before "from" makes it a
        // comparison of months, not "answers from May over the October deadline".
        var start = SentenceSpan(j).Start;
        for (var i = j - 2; i >= 0 && i >= j - 10 && _t[i].Start >= start; i--)
        {
            if (K(i) == LexKind.Month && _t[i].Cap && !W(i, "may") && !W(i, "march") || Figure(i) && i >= j - 5) return true;
        }

        return false;
    }

    /// <summary>A number with a unit of measure or a per cent sign after it: "3.1 pct", "99,000 dlrs", "5%".</summary>
    private bool Figure(int i) => Kind(i, TokKind.Number) && (LowerWordIn(i + 1, FigureUnits) || P(i + 1, '%'));

    /// <summary>
    /// "from March's 3.2 mln", "at May's annual meeting": an ambiguous month with a possessive after a preposition, owning
    /// a measured figure or a dated thing. Not "criticised May's plan" (no preposition) nor "support from May's 317 MPs".
    /// </summary>
    private bool PossessiveMonth(int j)
    {
        if (!PossessiveAfter(j)) return false;
        if (!(Is(j - 1, "from") || Is(j - 1, "at") || Is(j - 1, "than") || Is(j - 1, "since") || Is(j - 1, "over"))) return false;
        for (var k = j + 3; k <= j + 5 && k < _n; k++)
        {
            // A figure counts only with a unit after it ("March's 3.2 mln", not "May's 317 MPs").
            if (LowerWordIn(k, DatedNouns) || Kind(k, TokKind.Number) && LowerWordIn(k + 1, FigureUnits)) return true;
            if (_t[k].Kind != TokKind.Word && !(_t[k].Kind == TokKind.Punct && _t[k].P is '$' or '£' or '€')) return false;
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FigureUnits = FrozenSet.ToFrozenSet(
        ["mln", "million", "billion", "bln", "pct", "percent", "tonnes", "tons", "dlrs", "barrels", "bpd", "points", "units", "yen", "marks", "stg"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool Connective(int i) => Is(i, "and") || Is(i, "or") || Is(i, "to") || Is(i, "through");

    private bool StatNoun(int i) => LowerWordIn(i, StatNouns);

    /// <summary>Nouns of monthly statistics, which make a bare "March" or "May" before or after them a month.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatNouns = FrozenSet.ToFrozenSet(
        ["exports", "imports", "figures", "figure", "data", "output", "production", "sales", "deficit", "surplus", "inflation", "index", "earnings",
         "results", "orders", "shipments", "statistics", "unemployment", "payrolls", "survey", "traffic", "election", "elections", "poll"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DatedNouns = FrozenSet.ToFrozenSet(
        ["survey", "results", "earnings", "orders", "shipments", "statistics", "prices", "profit", "profits", "payrolls", "unemployment", "deficit", "surplus", "figure", "figures", "data", "output", "sales", "meeting", "meetings", "election", "elections", "contract", "contracts",
         "delivery", "deliveries", "deadline", "issue", "visit", "summit", "session", "report", "payment", "index", "total", "rate", "vote", "poll",
         "accession", "accord", "agreement", "budget", "trade", "inflation", "exports", "imports", "production", "level", "levels", "quarter",
         "increase", "decrease", "rise", "decline", "gain", "drop", "registrations"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool? _allLower;

    // Headlines in lower case are rare; month names in running text are capitalised.
    private bool AllLower() => _allLower ??= !_text.Any(char.IsUpper);

    /// <summary>The year meant by "this year", "last year" or "next year" at <paramref name="k"/>, from the publication date.</summary>
    private int? YearWord(int k) =>
        (W(k, "this") || W(k, "last") || W(k, "next")) && W(k + 1, "year") && !PossessiveAfter(k + 1) && _dct is { } a
            ? a.Year + (W(k, "last") ? -1 : W(k, "next") ? 1 : 0)
            : null;

    private Hit? PartialDay(int first, int last, int m, int d)
    {
        if (d < 1 || d > DateTime.DaysInMonth(2000, m)) return null;
        if (InferDay(m, d, DateTense(first, last)) is { } day)
            return new Hit(first, last, TimexType.Date, TimeCalendar.Day(day)) { Tf = true, RefDay = day };
        return new Hit(first, last, TimexType.Date, "XXXX-" + m.ToString("D2", Inv) + "-" + d.ToString("D2", Inv)) { Tf = true, Anchored = _dct is not null };
    }

    private Hit? DayMonth(int first, int dayTok)
    {
        var d = _t[dayTok].Num;
        if (d is < 1 or > 31) return null;
        var k = dayTok + 1;
        if (Is(k, "of")) k++;
        if (K(k) != LexKind.Month) return null;
        ref readonly var mt = ref _t[k];
        if (!mt.Cap && !AllLower()) return null;
        var word = mt.Lex!.Word;
        if (word.Length <= 4 && word != "june" && word != "july" && word != "may" && mt.End == mt.Start + word.Length && YearToken(k + 1) is null) return null;
        var m = mt.Lex.Value;
        return DayWithYear(first, k, m, d);
    }

    /// <summary>
    /// A day of a month ending at <paramref name="last"/>, with the year written after it ("7 October 2023", "March 2,
    /// 1987"), given by a year word ("on 14 March next year", "March 2 last year"), or inferred.
    /// </summary>
    private Hit? DayWithYear(int first, int last, int m, int d)
    {
        if (YearAfter(last + 1) is { } y) return CalendarDay(first, y.Last, y.Year, m, d);
        if (YearWord(last + 1) is { } yw) return CalendarDay(first, last + 2, yw, m, d) is { } cd ? cd with { Tf = true } : null;
        return PartialDay(first, last, m, d);
    }

    private Hit? NumberAt(int j)
    {
        ref readonly var t = ref _t[j];
        if (Kind(j + 1, TokKind.AmPm) && t.Num is >= 1 and <= 12 && !t.Grouped) return ClockAt(j);
        // "1985 4th qtr": a year before an ordinal quarter dates it.
        if ((Kind(j + 1, TokKind.OrdinalNumber) || K(j + 1) == LexKind.Ordinal) && W(j + 2, "quarter") && YearToken(j) is { } qy && QuarterAt(j, j + 1, qy) is { } yq)
            return yq;
        if (t.Num is >= 1 and <= 12 && !t.Grouped && Is(j + 1, "in") && W(j + 2, "the") && K(j + 3) == LexKind.PartOfDay)
        {
            var h = t.Num % 12 + (_t[j + 3].Lex!.Value >= 2 ? 12 : 0);
            return Clocked(j, j + 3, h * 60, null);
        }

        if (!t.Grouped && t.Digits <= 2 && t.Num is >= 1 and <= 31 && (K(j + 1) == LexKind.Month || Is(j + 1, "of") && K(j + 2) == LexKind.Month))
        {
            var dm = DayMonth(j, j);
            if (dm is not null) return dm;
        }

        // "from 10-20 February", "on 16 or 17 March": the first day takes the month and year of the second.
        // The scanner drops a hyphen between digits, so "10-20" is two adjacent numbers one character apart.
        var other = Hyphened(j) ? j + 1 : Is(j + 1, "to") || Is(j + 1, "or") || Is(j + 1, "and") ? j + 2 : -1;
        if (other > 0 && !t.Grouped && t.Digits <= 2 && t.Num is >= 1 and <= 31
            && Kind(other, TokKind.Number) && !_t[other].Grouped && _t[other].Digits <= 2 && _t[other].Num > t.Num && _t[other].Num <= 31
            && DayMonth(other, other) is { RefDay: { } second } && t.Num <= DateTime.DaysInMonth(second.Year, second.Month))
        {
            var firstDay = new DateOnly(second.Year, second.Month, t.Num);
            return new Hit(j, j, TimexType.Date, TimeCalendar.Day(firstDay)) { Tf = true, RefDay = firstDay };
        }

        // "1930 GMT": a 24-hour clock time, not a year.
        if (ClockShaped(j) && j + 1 < _n && _t[j + 1].Kind == TokKind.Word && _t[j + 1].Lex is null && TimeLexicon.IsZone(Span(j + 1)))
            return Clocked(j, j + 1, t.Num / 100 * 60 + t.Num % 100, j + 2);
        // "received at 0620 hrs", "at about 1400 Gulf time", "shall be 1330 hrs": a 24-hour clock time after a word that
        // introduces one (or with a leading zero), and not an amount ("logged 2200 hours of flight time", "the 2004
        // Olympic time trial").
        if (ClockShaped(j) && t.Num / 100 <= 23 && (_text[t.Start] == '0' || ClockIntro(j - 1) || Is(j - 1, "about") && ClockIntro(j - 2)) && !Is(j + 2, "of")
            && (Is(j + 1, "hrs") || Is(j + 1, "hours") || j + 2 < _n && _t[j + 1].Kind == TokKind.Word && _t[j + 1].Cap && Is(j + 2, "time") || Is(j + 1, "local") && Is(j + 2, "time")))
        {
            var zoneEnd = Is(j + 2, "time") ? j + 2 : Is(j + 2, "local") && Is(j + 3, "time") ? j + 3 : j + 1;
            return Clocked(j, zoneEnd, t.Num / 100 * 60 + t.Num % 100, zoneEnd + 1);
        }

        // "ran for 1400 hours" is an amount of time, not a year ("in 1987 and 1986 quarters" and "In 1999 months of talks" keep theirs).
        if (YearToken(j) is { } y && !(K(j + 1) == LexKind.Unit && _t[j + 1].Lex!.Plural && (Is(j - 1, "for") || Is(j - 1, "than") || Is(j - 1, "over") || Is(j - 1, "some") || Is(j - 1, "nearly") || Is(j - 1, "almost"))))
            return YearAt(j, j, y);
        if (t.Digits == 2 && !t.Grouped && j > 1 && P(j - 1, '\'') && Adjacent(j - 1, j) && YearPreps.Contains(Span(j - 2)))
            return new Hit(j - 1, j, TimexType.Date, "19" + t.Num.ToString("D2", Inv)) { };
        return DurationAt(j, j);
    }

    /// <summary>A four-digit number that reads as a 24-hour clock: "0620", "1930" (minutes below 60, hours up to 24).</summary>
    private bool ClockShaped(int j) => _t[j].Digits == 4 && !_t[j].Grouped && TimeCalendar.IsClockValue(_t[j].Num);

    /// <summary>A word that introduces a clock time: "at 1400", "by 1800", "shall be 1330", "after 1530".</summary>
    private bool ClockIntro(int i) => Is(i, "at") || Is(i, "by") || Is(i, "until") || Is(i, "till") || Is(i, "before") || Is(i, "after") || Is(i, "from")
        || Is(i, "to") || Is(i, "between") || Is(i, "and") || Is(i, "be") || Is(i, "is") || Is(i, "was") || Is(i, "since");

    private Hit? YearAt(int first, int j, int y)
    {
        if (j + 1 < _n && (P(j + 1, '%') || YearFollowers.Contains(Span(j + 1)) && !(W(j + 1, "new") || Is(j + 1, "and") || Is(j + 1, "to")))) return null;
        if (j > 0 && _t[j - 1].Kind == TokKind.Punct && _t[j - 1].P is '$' or '£' or '€' or '#' or '(' && _t[j - 1].P != '(') return null;
        if (j > 0 && (Is(j - 1, "No") || Is(j - 1, "number") || Is(j - 1, "flight") || Is(j - 1, "route") || Is(j - 1, "Boeing") || Is(j - 1, "Airbus"))) return null;
        if (y is < 1900 or > 2099 && !(j > 0 && YearPreps.Contains(Span(j - 1)))) return null;
        // "1990's first quarter"
        if (P(j + 1, '\'') && Is(j + 2, "s") && K(j + 3) == LexKind.Ordinal && W(j + 4, "quarter"))
            return QuarterAt(first, j + 3, y);
        if (P(j + 1, '\'') && Is(j + 2, "s") && K(j + 3) == LexKind.Ordinal && W(j + 4, "half"))
            return HalfAt(first, j + 3, y);
        // "1987 third quarter", "the 1990 first half"
        if (K(j + 1) == LexKind.Ordinal && W(j + 2, "quarter") && _t[j + 1].Lex!.Value is >= 1 and <= 4) return QuarterAt(first, j + 1, y);
        if (K(j + 1) == LexKind.Ordinal && W(j + 2, "half") && _t[j + 1].Lex!.Value is >= 1 and <= 2) return HalfAt(first, j + 1, y);
        // "the 1986/87 crop", "fiscal 1986/1987", "the 2006-07 season": a split season or fiscal year, valued by the year
        // it starts in and spanning both. The scanner drops a hyphen between digits.
        var second = P(j + 1, '/') && Adjacent(j, j + 1) && Adjacent(j + 1, j + 2) ? j + 2 : Hyphened(j) ? j + 1 : -1;
        if (second > 0 && Kind(second, TokKind.Number) && !_t[second].Grouped
            && (_t[second].Digits == 2 && _t[second].Num == (y + 1) % 100 || _t[second].Digits == 4 && _t[second].Num == y + 1))
            return new Hit(first, second, TimexType.Date, TimeCalendar.Year(y)) { Earliest = new DateOnly(y, 1, 1), Latest = new DateOnly(y + 1, 12, 31), Gran = Granularity.Year };
        // "the 1987-92 period", "1990-1995": a run of years is one stretch of time from the first to the last, both
        // counted, not a date in its first year.
        if (second > 0 && Hyphened(j) && RangeEnd(y, second) is { } end)
            return new Hit(first, second, TimexType.Duration, "P" + (end - y + 1).ToString(Inv) + "Y") { Earliest = new DateOnly(y, 1, 1), Latest = new DateOnly(end, 12, 31), Gran = Granularity.Year };
        return new Hit(first, j, TimexType.Date, TimeCalendar.Year(y)) { RefDay = null };
    }

    /// <summary>
    /// The last year of a hyphenated run that starts in <paramref name="y"/>: "92" in "1987-92", "1995" in "1990-1995".
    /// A two-digit end of 12 or less reads as a month ("1998-02"), so it is not one.
    /// </summary>
    private int? RangeEnd(int y, int i)
    {
        if (!Kind(i, TokKind.Number) || _t[i].Grouped) return null;
        var end = _t[i].Digits switch
        {
            2 when _t[i].Num > 12 => y - y % 100 + _t[i].Num + (y % 100 >= _t[i].Num ? 100 : 0),
            4 => _t[i].Num,
            _ => 0,
        };
        // A two-digit end that crosses a century ("1998-15") spans a few years at most; "1990-85" is a score.
        var wraps = _t[i].Digits == 2 && end - y > 100 - y % 100;
        return end > y + 1 && end - y <= (wraps ? 30 : 100) ? end : null;
    }

    private Hit? DecadeAt(int first, int j)
    {
        ref readonly var t = ref _t[j];
        string v;
        if (t.Digits == 4)
        {
            if (t.Num % 10 != 0 || t.Num < 1000 || t.Num > 2090) return null;
            v = (t.Num / 10).ToString(Inv);
        }
        else
        {
            if (t.Num % 10 != 0) return null;
            if (!(j > 0 && P(j - 1, '\'') && Adjacent(j - 1, j))) return null;
            first = first == j ? j - 1 : first;
            v = "19" + (t.Num / 10).ToString(Inv);
        }

        return new Hit(first, j, TimexType.Date, v);
    }

    private Hit? OrdinalNumberAt(int j)
    {
        ref readonly var t = ref _t[j];
        if (t.Num is >= 1 and <= 31 && (K(j + 1) == LexKind.Month || Is(j + 1, "of") && K(j + 2) == LexKind.Month)) return DayMonth(j, j);
        if (W(j + 1, "century") && t.Num is >= 1 and <= 30) return new Hit(j, j + 1, TimexType.Date, (t.Num - 1).ToString("D2", Inv));
        if (t.Num is >= 1 and <= 4 && W(j + 1, "quarter")) return QuarterAt(j, j, null);
        return null;
    }

    private Hit? OrdinalAt(int first, int j)
    {
        var o = _t[j].Lex!.Value;
        if (o is >= 1 and <= 4 && W(j + 1, "quarter")) return QuarterAt(first, j, null);
        if (o is >= 1 and <= 2 && W(j + 1, "half")) return HalfAt(first, j, null);
        if (W(j + 1, "century")) return new Hit(first, j + 1, TimexType.Date, (o - 1).ToString("D2", Inv));
        // Not "for a third week in March", a count of weeks.
        if (o is >= 1 and <= 5 && W(j + 1, "week") && !_t[j + 1].Lex!.Plural && (first < j || Is(j - 1, "the"))) return WeekOfMonth(WithThe(first, j), j + 1, o);
        return null;
    }

    /// <summary>The expression's first token, taking in a "the" right before <paramref name="j"/> in the same sentence ("the June quarter").</summary>
    private int WithThe(int first, int j) => first == j && j > 0 && Is(j - 1, "the") && _t[j - 1].Start >= SentenceSpan(j).Start ? j - 1 : first;

    /// <summary>
    /// "the first week of April", "the third week in May", "the last week of May" (<paramref name="nth"/> 0): the ISO week
    /// holding the middle of that seven-day stretch of the month; null unless "of"/"in" and a month follow <paramref name="week"/>.
    /// </summary>
    private Hit? WeekOfMonth(int first, int week, int nth)
    {
        if (!(Is(week + 1, "of") || Is(week + 1, "in")) || K(week + 2) != LexKind.Month || MonthAt(week + 2, week + 2) is not { } mh || mh.Value.Length != 7
            || !int.TryParse(mh.Value.AsSpan(0, 4), Inv, out var y) || !int.TryParse(mh.Value.AsSpan(5, 2), Inv, out var m)) return null;
        var days = DateTime.DaysInMonth(y, m);
        var mid = nth == 0 ? days - 3 : Math.Min(7 * (nth - 1) + 4, days);
        return new Hit(first, mh.Last, TimexType.Date, TimeCalendar.Week(new DateOnly(y, m, mid))) { Tf = mh.Tf };
    }

    private Hit? QuarterAt(int first, int ordTok, int? year)
    {
        var q = _t[ordTok].Kind == TokKind.OrdinalNumber ? _t[ordTok].Num : _t[ordTok].Lex!.Value;
        // "the 13th quarter running" counts quarters; it names none.
        if (q is < 1 or > 4) return null;
        var last = ordTok + 1;
        if (year is null && Is(last + 1, "of"))
        {
            var k = last + 2;
            if (W(k, "fiscal")) k++;
            if (YearToken(k) is { } yy)
            {
                year = yy;
                last = k;
            }
        }
        else if (year is null && P(last + 1, ',') && YearToken(last + 2) is { } yc)
        {
            year = yc;
            last += 2;
        }
        else if (year is null && !P(last + 1, ',') && YearAfter(last + 1) is { } ya)
        {
            // "fourth quarter 1987 results", not "the first quarter 2000 employees"
            year = ya.Year;
            last = ya.Last;
        }

        // "the third quarter ended January 31" (a fiscal quarter): labelled by the year it ends in, as TimeBank does ("the
        // fourth quarter ended Sept. 30" 1989-Q4, "the fiscal-first quarter ended Sept. 30" 1989-Q1).
        if (year is null && (Is(last + 1, "ended") || Is(last + 1, "ending")) && EndOfStretch(last) is { } end)
            return new Hit(first, last, TimexType.Date, TimeCalendar.Quarter(end.Year, q)) { Tf = true };
        if (year is null && _dct is { } a)
            return new Hit(first, last, TimexType.Date, TimeCalendar.Quarter(QuarterYear(a, q, first, last), q)) { Tf = true };

        return year is { } yv
            ? new Hit(first, last, TimexType.Date, TimeCalendar.Quarter(yv, q))
            : new Hit(first, last, TimexType.Date, "XXXX-Q" + q.ToString(Inv)) { Tf = true, Anchored = false };
    }

    private Hit? HalfAt(int first, int ordTok, int? year)
    {
        var h = _t[ordTok].Lex!.Value;
        var last = ordTok + 1;
        if (year is null && PeriodYear(last) is { } py) (year, last) = py;
        // "scored twice in the first half": in a match report a bare half is the game's, not the year's.
        if (year is null && !(Is(last + 1, "of") && W(last + 3, "year")) && (GameHalf(first) || Is(last + 1, "injury") || Is(last + 1, "stoppage"))) return null;
        if (year is null && _dct is { } a) year = HalfYear(a, h, first, last);
        return new Hit(first, last, TimexType.Date, (year is { } y ? TimeCalendar.Year(y) : "XXXX") + "-H" + h.ToString(Inv)) { Tf = true, Anchored = year is not null };
    }

    /// <summary>The year of half <paramref name="h"/> named without one: the second half is last year's until it starts, unless the clause looks ahead.</summary>
    private int HalfYear(DateOnly a, int h, int first, int last) => h == 2 && a.Month <= 6 && !Future(first, last) ? a.Year - 1 : a.Year;

    /// <summary>A half in a match report, or in a sentence about a game ("a horrible game in the first half").</summary>
    private bool GameHalf(int tok) => MatchReport() || SentenceAny(tok, i => _t[i].Kind == TokKind.Word && GameSentenceWords.Contains(Span(i)));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GameSentenceWords = FrozenSet.ToFrozenSet(
        ["referee", "scoreline", "opponents", "striker", "goalkeeper", "halftime", "equaliser"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool? _matchReport;

    /// <summary>
    /// A game report: different words of one, a word only games use ("striker", "halftime") counting 2 and a word that
    /// other news uses too ("match", "goal", "penalty") 1, reaching 4.
    /// </summary>
    private bool MatchReport()
    {
        if (_matchReport is { } known) return known;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var score = 0;
        for (var i = 0; i < _n && score < 4; i++)
        {
            if (_t[i].Kind != TokKind.Word || _t[i].Lex is not null) continue;
            if (GameWords.TryGetValue(Span(i), out var w) && seen.Add(w)) score += 2;
            else if (SharedGameWords.TryGetValue(Span(i), out var v) && seen.Add(v)) score += 1;
        }

        _matchReport = score >= 4;
        return _matchReport.Value;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GameWords = FrozenSet.ToFrozenSet(
        ["midfielder", "midfield", "defender", "goalkeeper", "referee", "touchdown", "innings", "wicket", "halftime", "equaliser", "winger",
         "striker", "quarterback", "rebounds", "scoreline"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SharedGameWords = FrozenSet.ToFrozenSet(
        ["match", "goal", "goals", "scored", "penalty", "header", "league", "squad", "coach", "fans"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The year right after a period ending at token <paramref name="last"/>: "second half of 1987", "second-half 1987
    /// output". Not after a comma, and not a count ("the first half 2,000 people").
    /// </summary>
    private (int Year, int Last)? PeriodYear(int last)
    {
        if (Is(last + 1, "of") && YearToken(last + 2) is { } y) return (y, last + 2);
        return !P(last + 1, ',') && YearAfter(last + 1) is { } ya ? ya : null;
    }

    // ---------- clock times ----------
    private Hit? ClockAt(int j)
    {
        ref readonly var t = ref _t[j];
        var minutes = t.Kind == TokKind.Clock ? t.Num : t.Num * 60;
        var k = j + 1;
        var hasAmPm = false;
        if (Kind(k, TokKind.AmPm))
        {
            var h = minutes / 60 % 12 + _t[k].Num;
            minutes = h * 60 + minutes % 60;
            hasAmPm = true;
            k++;
            // "9 a.m. EST Tuesday": the abbreviation's period stays out of the token before a capital, but the zone and day belong.
            if (P(k, '.') && _t[k].Start == _t[k - 1].End && (K(k + 1) is LexKind.Weekday or LexKind.Month || IsZone(k + 1))) k++;
        }
        else if (t.Kind != TokKind.Clock) return null;

        var last = k - 1;
        if (IsZone(k))
        {
            last = k;
            k++;
        }

        if (!hasAmPm && last == j && t.Kind == TokKind.Clock && j > 0 && !(Is(j - 1, "at") || Is(j - 1, "by") || Is(j - 1, "until") || Is(j - 1, "from") || Is(j - 1, "around") || W(j - 1, "about") || Is(j - 1, "before") || Is(j - 1, "after"))) return null;
        return Clocked(j, last, minutes, k);
    }

    private bool IsZone(int k) => k < _n && _t[k].Kind == TokKind.Word && _t[k].Lex is null && TimeLexicon.IsZone(Span(k));

    private Hit Clocked(int first, int last, int minutes, int? dayAt)
    {
        var time = "T" + (minutes / 60).ToString("D2", Inv) + ":" + (minutes % 60).ToString("D2", Inv);
        if (dayAt is { } k)
        {
            var p = P(k, ',') ? k + 1 : k;
            if (Is(p, "on")) p++;
            var day = p < _n ? DayRef(p, first) : null;
            if (day is not null && day.Value.Length == 10)
                return new Hit(first, day.Last, TimexType.Time, day.Value + time) { Tf = day.Tf, Anchored = day.Anchored, RefDay = day.RefDay };
        }

        if ((_ref ?? _dct) is { } a)
        {
            // "The strike began at midnight", with no day named: the midnight that opened the publication day.
            if (minutes == 24 * 60 && _ref is null && first == last && Tense(first, last) < 0) a = a.AddDays(-1);
            return new Hit(first, last, TimexType.Time, TimeCalendar.Day(a) + time) { Tf = true };
        }

        return new Hit(first, last, TimexType.Time, "XXXX-XX-XX" + time) { Tf = true, Anchored = false };
    }

    /// <summary>
    /// A day-level expression at k (weekday, today, a month and day) for combining with a clock time or part of day; a
    /// weekday's tense is read from before <paramref name="clockFirst"/> ("until 9 a.m. Tuesday").
    /// </summary>
    private Hit? DayRef(int k, int clockFirst)
    {
        if (K(k) == LexKind.Weekday && !_t[k].Lex!.Plural) return WeekdayAt(clockFirst, k, 0, allowPart: false);
        if (K(k) == LexKind.Month) return MonthAt(k, k);
        // "midnight on 31 December", "9 a.m. on 5 May".
        if ((Kind(k, TokKind.Number) || Kind(k, TokKind.OrdinalNumber)) && _t[k].Digits <= 2 && K(k + 1) == LexKind.Month) return DayMonth(k, k);
        if (W(k, "today") || W(k, "yesterday") || W(k, "tomorrow")) return WordAt(k);
        return null;
    }

    // ---------- weekdays and parts of day ----------
    private Hit? WeekdayAt(int first, int j, int direction, bool allowPart = true)
    {
        ref readonly var t = ref _t[j];
        var dow = t.Lex!.Value;
        if (!t.Cap && !AllLower() || !t.Lex.Plural && InTitle(j)) return null;
        if (t.Lex.Plural)
        {
            var last = j;
            var v = "XXXX-WXX-" + dow.ToString(Inv);
            if (K(j + 1) == LexKind.PartOfDay)
            {
                last = j + 1;
                v += PartCodes[_t[j + 1].Lex!.Value];
            }

            return new Hit(first, last, TimexType.Set, v) { Quant = "EVERY", Freq = "1W" };
        }

        var k = j + 1;
        // "Tuesday nights" and the first half of "Monday and Tuesday nights" recur every week.
        if (direction == 0 && K(k) == LexKind.PartOfDay && _t[k].Lex!.Plural)
            return new Hit(first, k, TimexType.Set, "XXXX-WXX-" + dow.ToString(Inv) + PartCodes[_t[k].Lex!.Value]) { Quant = "EVERY", Freq = "1W" };
        if (direction == 0 && (Is(k, "and") || Is(k, "or")) && K(k + 1) == LexKind.Weekday && !_t[k + 1].Lex!.Plural && K(k + 2) == LexKind.PartOfDay && _t[k + 2].Lex!.Plural)
            return new Hit(first, j, TimexType.Set, "XXXX-WXX-" + dow.ToString(Inv) + PartCodes[_t[k + 2].Lex!.Value]) { Quant = "EVERY", Freq = "1W" };
        if (direction == 0)
        {
            var p = P(k, ',') ? k + 1 : k;
            if (K(p) == LexKind.Month)
            {
                var md = MonthAt(p, p);
                if (md is not null && md.Value.Length == 10) return md with { First = first };
            }

            if ((Kind(p, TokKind.Number) || Kind(p, TokKind.OrdinalNumber)) && _t[p].Digits <= 2 && (K(p + 1) == LexKind.Month || Is(p + 1, "of")))
            {
                var dm = DayMonth(p, p);
                if (dm is not null) return dm with { First = first };
            }
        }

        DateOnly? day;
        if (direction < 0)
        {
            day = Weekday(dow, false, 0);
            if (day == _dct) day = day?.AddDays(-7);
        }
        else if (direction > 0)
        {
            day = Weekday(dow, true, 0);
            if (day == _dct) day = day?.AddDays(7);
        }
        else day = WeekdayByTense(dow, WeekdayTense(first, j));

        var dayValue = day is { } dd ? TimeCalendar.Day(dd) : "XXXX-WXX-" + dow.ToString(Inv);
        var anchored = day is not null;
        if (allowPart && K(k) == LexKind.PartOfDay && !_t[k].Lex!.Plural)
            return new Hit(first, k, TimexType.Time, dayValue + PartCodes[_t[k].Lex!.Value]) { Tf = true, Anchored = anchored, RefDay = day };
        if (allowPart && (W(k, "noon") || W(k, "midnight")))
            return new Hit(first, k, TimexType.Time, dayValue + (W(k, "noon") ? "T12:00" : "T24:00")) { Tf = true, Anchored = anchored, RefDay = day };
        return new Hit(first, j, TimexType.Date, dayValue) { Tf = true, Anchored = anchored, RefDay = day };
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DropVerbs = FrozenSet.ToFrozenSet(
        ["stem", "halt", "arrest", "reverse", "stop", "slow", "cushion", "offset", "limit", "curb", "check", "caused", "triggered", "despite", "blamed"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DropFollowers = FrozenSet.ToFrozenSet(
        ["compares", "compared", "reflects", "reflected", "followed", "follows", "means", "reduced", "wiped"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private Hit? SeasonAt(int first, int j, int? direction)
    {
        ref readonly var t = ref _t[j];
        if (t.Lex!.Plural) return null;
        var s = t.Lex.Value;
        var code = SeasonCodes[s];
        var startMonth = s switch { 1 => 3, 2 => 6, 3 => 9, _ => 12 };
        if (Is(j + 1, "of") && (YearToken(j + 2) is { } y1 || SpelledYear(j + 2) is not null))
        {
            var (yy, last) = YearToken(j + 2) is { } y2 ? (y2, j + 2) : SpelledYear(j + 2)!.Value;
            return new Hit(first, last, TimexType.Date, TimeCalendar.Year(yy) + "-" + code);
        }

        if (YearToken(j + 1) is { } y3) return new Hit(first, j + 1, TimexType.Date, TimeCalendar.Year(y3) + "-" + code);
        if (direction is null)
        {
            // Bare season words are nouns only after a determiner or preposition; "fall" and "spring" are verbs too.
            var prev = first > 0 ? first - 1 : -1;
            var ok = prev >= 0 && (Is(prev, "in") || Is(prev, "during") || Is(prev, "by") || Is(prev, "until") || Is(prev, "since") || W(prev, "the") || W(prev, "early") || W(prev, "late") || W(prev, "mid") || Is(prev, "through") || W(prev, "this") || Is(prev, "next"));
            // "in late summer or fall", "spring and autumn": a season coordinated with a season is one too.
            var paired = prev >= 1 && (Is(prev, "or") || Is(prev, "and")) && K(prev - 1) == LexKind.Season
                && (j + 1 >= _n || _t[j + 1].Kind == TokKind.Punct || YearToken(j + 1) is not null);
            if (first != j || paired) ok = true;
            if (!ok) return null;
            if (Is(j + 1, "of")) return null;
            // "the fall in prices", "to stem the fall", "The fall compares with …": a drop, not autumn.
            if (s == 3 && t.Lex.Word == "fall" && !(W(j - 1, "the") && (Is(j - 2, "in") || Is(j - 2, "during") || Is(j - 2, "by") || Is(j - 2, "until") || Is(j - 2, "since"))) && (Is(j + 1, "in") || Is(j + 1, "to") || Is(j + 1, "from") || j + 1 < _n && _t[j + 1].Kind == TokKind.Word && DropFollowers.Contains(Span(j + 1))
                || W(j - 1, "the") && j >= 2 && _t[j - 2].Kind == TokKind.Word && DropVerbs.Contains(Span(j - 2)))) return null;
            // "brought on by the fall in prices": a fall in a lower-case noun is a drop, except "in the fall in most states".
            if (s == 3 && t.Lex.Word == "fall" && Is(j + 1, "in") && j + 2 < _n && _t[j + 2].Kind == TokKind.Word && !_t[j + 2].Cap && _t[j + 2].Lex is null
                && !(W(j - 1, "the") && Is(j - 2, "in"))) return null;
            if (s is 1 or 3 && !paired && !(prev >= 0 && (Is(prev, "in") || Is(prev, "this") || Is(prev, "last") || Is(prev, "next") || Is(prev, "the") || first != j) && !(K(j + 1) == LexKind.Unit))) return null;
        }

        if (_dct is not { } a) return new Hit(first, j, TimexType.Date, "XXXX-" + code) { Tf = true, Anchored = false };
        int year;
        var dir = direction ?? (Future(first, j) ? 1 : -1);
        if (direction == 0) year = a.Year;
        // "last spring" is the latest one that is over: in mid-March, spring 2004 (not the one just begun); in October,
        // this year's summer.
        else if (direction == -1) year = new DateOnly(a.Year, startMonth, 1).AddMonths(3) <= a ? a.Year : new DateOnly(a.Year - 1, startMonth, 1).AddMonths(3) <= a ? a.Year - 1 : a.Year - 2;
        else if (dir < 0) year = startMonth <= a.Month ? a.Year : a.Year - 1;
        else year = startMonth >= a.Month ? a.Year : a.Year + 1;
        if (direction is null && startMonth <= a.Month && a.Month < startMonth + 3) year = a.Year;
        return new Hit(first, j, TimexType.Date, TimeCalendar.Year(year) + "-" + code) { Tf = true };
    }

    // ---------- bare unit words ----------
    private Hit? UnitAt(int j)
    {
        ref readonly var t = ref _t[j];
        var u = t.Lex!.Unit;
        if (Is(j + 1, "old") || Is(j + 1, "olds")) return null;
        if (u == TimeUnit.Year && !t.Lex.Plural && j + 1 < _n && _t[j + 1].Start == t.End + 1 && _text[t.End] == '-')
        {
            if (W(j + 1, "earlier") || W(j + 1, "ago"))
            {
                if (!(W(j + 2, "quarter") || W(j + 2, "period")) && ComparedMonth(j) is { } cm) return Rel(j, j + 1, TimexType.Date, TimeUnit.Month, -12, null, cm);
                if (W(j + 2, "quarter") || W(j + 2, "period") || QuarterContext(j))
                    return YearAgoQuarter(j, j + 1);
                return Rel(j, j + 1, TimexType.Date, TimeUnit.Year, -1);
            }

            if (W(j + 1, "end")) return YearEnd(j, j + 1);
        }

        // "as a difficult month-end approached", "at the month-end": this month's end, or last month's early in a month
        // when the clause is past.
        if (u == TimeUnit.Month && !t.Lex.Plural && Hyphened(j) && W(j + 1, "end") && _dct is { } am)
        {
            var month = !Future(j, j + 1) && Tense(j, j + 1) < 0 && am.Day <= 10 ? am.AddMonths(-1) : am;
            return new Hit(WithThe(j, j), j + 1, TimexType.Date, TimeCalendar.Month(month.Year, month.Month)) { Mod = "END", Tf = true };
        }

        if (u == TimeUnit.Year && !t.Lex.Plural && W(j + 1, "end") && j > 0 && (Is(j - 1, "at") || Is(j - 1, "by") || Is(j - 1, "until") || W(j - 1, "around") || Is(j - 1, "before"))) return YearEnd(j, j + 1);
        // "a day-long meeting", "a decades-long dispute": the compound adjective is the duration.
        if (u >= TimeUnit.Minute && u != TimeUnit.Weekend && j + 1 < _n && _t[j + 1].Start == t.End + 1 && _text[t.End] == '-' && Is(j + 1, "long")
            && !(j > 0 && (Kind(j - 1, TokKind.Number) || K(j - 1) == LexKind.Number || W(j - 1, "a") || W(j - 1, "an"))))
        {
            var dv = DurationValue(t.Lex.Plural ? "X" : "1", u);
            return dv is null ? null : new Hit(j, j + 1, TimexType.Duration, dv) { Gran = TimeCalendar.GranularityOf(u) };
        }

        if (!t.Lex.Plural) return null;
        if (W(j + 1, "ago")) return Vague(j, j + 1, "PAST_REF");
        if (W(j + 1, "ahead") && u >= TimeUnit.Day) return Vague(j, j + 1, "FUTURE_REF");
        if (u is TimeUnit.Quarter or TimeUnit.Half or TimeUnit.Weekend) return null;
        // Bare plurals ("for years", "weeks of talks") are vague durations; annotators tag nearly all of them.
        if (u == TimeUnit.Second) return null;
        if (t.Cap && j > 0 && !(P(j - 1, '.') || P(j - 1, '"') || P(j - 1, '`') || P(j - 1, '\''))) return null;
        if (Hyphened(j) && !W(j + 1, "long")) return null;
        var v = DurationValue("X", u);
        return v is null ? null : new Hit(j, j, TimexType.Duration, v) { Gran = TimeCalendar.GranularityOf(u) };
    }

    private Hit YearEnd(int first, int last)
    {
        if (_dct is not { } a) return new Hit(first, last, TimexType.Date, "XXXX") { Mod = "END", Tf = true, Anchored = false };
        var y = !Future(first, last) && a.Month <= 3 ? a.Year - 1 : a.Year;
        return new Hit(first, last, TimexType.Date, TimeCalendar.Year(y)) { Mod = "END", Tf = true };
    }

    private bool SentenceHas(int tok, string word) => SentenceAny(tok, i => W(i, word) || _t[i].Lex?.Word == word + "s");

    /// <summary>Whether a token of the sentence holding <paramref name="tok"/> passes the test, nearest ones first.</summary>
    private bool SentenceAny(int tok, Func<int, bool> test)
    {
        var (start, end) = SentenceSpan(tok);
        for (var i = tok; i >= 0 && _t[i].Start >= start; i--)
        {
            if (test(i)) return true;
        }

        for (var i = tok + 1; i < _n && _t[i].End <= end; i++)
        {
            if (test(i)) return true;
        }

        return false;
    }
}
