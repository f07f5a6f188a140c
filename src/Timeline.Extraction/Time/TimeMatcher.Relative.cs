using System.Collections.Frozen;
using System.Globalization;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>Quantities, durations, sets, deictic words and determiner-led relative expressions.</summary>
internal sealed partial class TimeMatcher
{
    /// <summary>A quantity at j: "14", "twenty four", "a", "several", "a couple of", "2 1/2"; q is "X" when vague.</summary>
    private bool Quantity(int j, out string q, out int next)
    {
        q = "";
        next = j;
        if (j >= _n) return false;
        ref readonly var t = ref _t[j];
        if (t.Kind == TokKind.Number)
        {
            double v = t.Num;
            if (t.Grouped)
            {
                if (!double.TryParse(Span(j).ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, Inv, out v)) return false;
            }

            next = j + 1;
            if (Kind(next, TokKind.Number) && P(next + 1, '/') && Kind(next + 2, TokKind.Number) && _t[next + 2].Num > 0)
            {
                v += (double)_t[next].Num / _t[next + 2].Num;
                next += 3;
            }
            else if (AndAHalf(next) && K(next + 3) == LexKind.Unit)
            {
                v += 0.5;
                next += 3;
            }

            q = Num(v);
            return true;
        }

        if (K(j) == LexKind.Number)
        {
            var v = t.Lex!.Value;
            next = j + 1;
            if (v >= 20 && v < 100 && v % 10 == 0 && K(next) == LexKind.Number && _t[next].Lex!.Value < 10)
            {
                v += _t[next].Lex!.Value;
                next++;
            }

            if (W(next, "hundred") || W(next, "thousand"))
            {
                v *= _t[next].Lex!.Value;
                next++;
            }

            if (AndAHalf(next) && K(next + 3) == LexKind.Unit)
            {
                q = Num(v + 0.5);
                next += 3;
                return true;
            }

            q = v.ToString(Inv);
            return true;
        }

        if (W(j, "a") || W(j, "an"))
        {
            if (W(j + 1, "few") || W(j + 1, "couple") && Is(j + 2, "of"))
            {
                q = W(j + 1, "few") ? "X" : "2";
                next = W(j + 1, "few") ? j + 2 : j + 3;
                return true;
            }

            if (W(j + 1, "hundred") || W(j + 1, "thousand") || W(j + 1, "dozen"))
            {
                q = _t[j + 1].Lex!.Value.ToString(Inv);
                next = j + 2;
                return true;
            }

            q = "1";
            next = j + 1;
            return true;
        }

        if (W(j, "several") || W(j, "few") || W(j, "some") && K(j + 1) == LexKind.Unit && _t[j + 1].Lex!.Plural && _t[j + 1].Lex!.Unit != TimeUnit.Quarter)
        {
            q = "X";
            next = j + 1;
            return true;
        }

        if (W(j, "couple") && Is(j + 1, "of"))
        {
            q = "2";
            next = j + 2;
            return true;
        }

        return false;
    }

    private bool AndAHalf(int k) => Is(k, "and") && (W(k + 1, "a") || Is(k + 1, "one")) && Is(k + 2, "half");

    /// <summary>Quantity + unit: a duration, or with "ago"/"earlier"/"later" a date.</summary>
    private Hit? DurationAt(int first, int j)
    {
        if (!Quantity(j, out var q, out var k)) return null;
        // "three to five years", "12-18 months", "two or three weeks": one expression, valued at its lower bound as
        // TimeBank does ("two to three weeks" = P2W).
        // Not "extended the term from five to 10 years": a change, whose new value is the expression.
        // The scanner drops a hyphen between digits: "12-18" is two numbers one character apart.
        var upper = Is(k, "to") || Is(k, "or") ? k + 1 : Kind(k, TokKind.Number) && Kind(k - 1, TokKind.Number) && Hyphened(k - 1) ? k : -1;
        if (!Is(j - 1, "from") && upper > 0 && q != "X" && Quantity(upper, out var q2, out var k2) && K(k2) == LexKind.Unit && q2 != "X"
            && double.Parse(q2, Inv) > double.Parse(q, Inv))
            k = k2;
        if (Is(k, "more") || Is(k, "additional") || W(k, "straight") || W(k, "consecutive") || W(k, "trading") || W(k, "business") || Is(k, "working") && K(k + 1) == LexKind.Unit || W(k, "full") || Is(k, "long") && K(k + 1) == LexKind.Unit) k++;
        if (K(k) != LexKind.Unit) return null;
        var lex = _t[k].Lex!;
        var u = lex.Unit;
        var isArticle = (W(j, "a") || W(j, "an")) && q == "1";
        // "60 Minutes" mid-sentence with a capitalised unit is a title.
        if (_t[k].Cap && !_t[j].Cap && first > 0 && !P(first - 1, '.') && !P(first - 1, '"') && !P(first - 1, '`')) return null;
        if (Is(k + 1, "old") || Is(k + 1, "olds")) return null;
        if (isArticle && lex.Plural) return null;
        if (u is TimeUnit.Half) return null;
        // "a quarter of", "three-quarters": fractions, not periods.
        if (u == TimeUnit.Quarter && (isArticle || Is(k + 1, "of") || Adjacent(k - 1, k) || _t[k].Start > 0 && _text[_t[k].Start - 1] == '-')) return null;
        // "a year-earlier": the adjective alone is the expression.
        if (isArticle && (W(k + 1, "earlier") || W(k + 1, "ago")) && Hyphened(k)) return null;
        // "last-minute", "all-day": compounds, not expressions.
        if (Hyphened(k) && K(k + 1) == LexKind.None && !Is(k + 1, "long") && !Is(k + 1, "old") && _t[j].Kind != TokKind.Number && K(j) != LexKind.Number) return null;
        // "will one day be", "One day it will be extended": an unspecified future day, not a length of time.
        if (u == TimeUnit.Day && Is(j, "one") && first == j && !lex.Plural && OneDayAhead(j, k)) return Vague(j, k, "FUTURE_REF");
        var last = k;
        string? mod = null;
        if (AndAHalf(k + 1) && !lex.Plural && q != "X")
        {
            // "a minute and a half"
            q = Num(double.Parse(q, Inv) + 0.5);
            last = k + 3;
        }

        if (Is(last + 1, "or") && Is(last + 2, "so"))
        {
            last += 2;
            mod = "APPROX";
        }

        if (W(last + 1, "ago"))
        {
            last++;
            if (q == "X") return new Hit(first, last, TimexType.Date, "PAST_REF") { Tf = true, Mod = mod };
            var n = (int)Math.Round(double.Parse(q, Inv));
            if (u == TimeUnit.Year && n == 1 && QuarterContext(j)) return YearAgoQuarter(first, last) with { Mod = mod };
            return Ago(first, last, u, -n, _dct, mod);
        }

        // "five years earlier than expected": how much earlier, not when.
        if ((W(last + 1, "earlier") || W(last + 1, "later")) && Is(last + 2, "than"))
        {
            var dv = DurationValue(q, u);
            return dv is null ? null : new Hit(first, last, TimexType.Duration, dv) { Mod = mod, Gran = TimeCalendar.GranularityOf(u) };
        }

        if ((W(last + 1, "earlier") || W(last + 1, "later")) && q != "X")
        {
            var n = (int)Math.Round(double.Parse(q, Inv)) * (W(last + 1, "earlier") ? -1 : 1);
            return Shifted(first, last + 1, u, n, mod);
        }

        if (Is(last + 1, "from") && W(last + 2, "now") && q != "X")
            return Ago(first, last + 2, u, (int)Math.Round(double.Parse(q, Inv)), _dct, mod);

        if (W(last + 1, "mark") || W(last + 1, "anniversary"))
        {
            // "the one-month mark": the anniversary of the last dated event, else today.
            if (q == "X") return null;
            var n = (int)Math.Round(double.Parse(q, Inv));
            if (_ref is { } r && _dct is { } a0 && r <= a0)
            {
                var d = TimeCalendar.Add(r, u, n);
                return new Hit(first, last + 1, TimexType.Date, TimeCalendar.Day(d)) { Tf = true, RefDay = d };
            }

            return _dct is { } a1
                ? new Hit(first, last + 1, TimexType.Date, TimeCalendar.Day(a1)) { Tf = true }
                : new Hit(first, last + 1, TimexType.Date, "XXXX-XX-XX") { Tf = true, Anchored = false };
        }

        // "$5 a year", "three times a day": a set; "12 people a week after the riot" is a distance in time.
        if (isArticle && j > 0 && !(Is(k + 1, "after") || Is(k + 1, "before") || W(k + 1, "later") || W(k + 1, "earlier")) && (Kind(j - 1, TokKind.Number) || P(j - 1, '%') || Is(j - 1, "percent") || Is(j - 1, "times") || Is(j - 1, "once") || AmountBefore(j)))
            return TimesBefore(j) is { } freq ? new Hit(j - 2, k, TimexType.Set, DurationValue("1", u)!) { Freq = freq } : new Hit(j, k, TimexType.Set, DurationValue("1", u)!);

        var v = DurationValue(q, u);
        return v is null ? null : new Hit(first, last, TimexType.Duration, v) { Mod = mod, Gran = TimeCalendar.GranularityOf(u) };
    }

    /// <summary>
    /// "a year earlier", "two days later", "the year before": <paramref name="n"/> units from the period the story is
    /// on. A year-on-year comparison is of the month named (<see cref="ComparedMonth"/>) or, in an earnings story, of the
    /// quarter; years count from a year the story named, shorter units from the publication date or the day the story is on.
    /// </summary>
    private Hit Shifted(int first, int last, TimeUnit u, int n, string? mod)
    {
        if (u == TimeUnit.Year && ComparedMonth(first) is { } cm) return Rel(first, last, TimexType.Date, TimeUnit.Month, 12 * n, null, cm) with { Mod = mod };
        if (u == TimeUnit.Year && n == -1 && QuarterContext(first)) return YearAgoQuarter(first, last) with { Mod = mod };
        var story = u >= TimeUnit.Year ? StoryYear(first) : null;
        return Ago(first, last, u, n, story ?? (u >= TimeUnit.Month ? _dct : _ref ?? _dct), mod);
    }

    /// <summary>
    /// The quarter a year before the one the earnings story names in this sentence or the one before ("profit for the
    /// first quarter ended January 31 … from the year-ago quarter" is 1986-Q1 for 1987-Q1); without one, the last
    /// complete quarter a year back. A quarter named in the two sentences before counts only if it is a recent one, not an
    /// aside ("which was not part of GE in the first quarter of 1986").
    /// </summary>
    private Hit YearAgoQuarter(int first, int last) => NamedQuarter(first, last, 1) ?? Rel(first, last, TimexType.Date, TimeUnit.Quarter, -5);

    /// <summary>
    /// The quarter the earnings story names in this sentence or (if recent) one of the two before, <paramref name="yearsBack"/>
    /// years back; null when there is none, or when it is a quarter still to come ("expects fourth quarter profit to rise").
    /// </summary>
    private Hit? NamedQuarter(int first, int last, int yearsBack) =>
        _lastQuarter is { } lq && _dct is { } a && (SentenceOf(first) == lq.Sentence
            || SentenceOf(first) - lq.Sentence is 1 or 2 && a.DayNumber - new DateOnly(lq.Year, 3 * lq.Quarter, 1).AddMonths(1).DayNumber < 300)
            ? new Hit(first, last, TimexType.Date, TimeCalendar.Quarter(lq.Year - yearsBack, lq.Quarter)) { Tf = true }
            : null;

    /// <summary>
    /// "one day" or "some day" at <paramref name="j"/> as "some day in the future": right after a modal ("will one day", "could one day"),
    /// or opening a sentence whose clause looks ahead ("One day it will …"); never before "of", "after" and the like.
    /// </summary>
    private bool OneDayAhead(int j, int k)
    {
        if (Is(k + 1, "of") || Is(k + 1, "after") || Is(k + 1, "before") || W(k + 1, "later") || W(k + 1, "earlier") || W(k + 1, "ago") || Is(k + 1, "to") || Is(k + 1, "a") || Is(k + 1, "per")) return false;
        if (Is(j - 1, "will") || Is(j - 1, "would") || Is(j - 1, "could") || Is(j - 1, "may") || Is(j - 1, "might") || Is(j - 1, "can") || Is(j - 1, "shall") || Is(j - 1, "ll")) return true;
        // At the start of a sentence "One day" must open an adverbial, not be the subject ("One day will be set aside", "Some day trips").
        var start = SentenceSpan(j).Start;
        var opens = Is(k + 1, "it") || Is(k + 1, "we") || Is(k + 1, "you") || Is(k + 1, "they") || Is(k + 1, "he") || Is(k + 1, "she") || Is(k + 1, "i")
            || Is(k + 1, "there") || Is(k + 1, "the") || Is(k + 1, "this") || P(k + 1, ',');
        return opens && (j == 0 || _t[j - 1].End <= start || P(j - 1, '"') && (j == 1 || _t[j - 2].End <= start)) && Tense(j, k) > 0;
    }

    /// <summary>A vague reference to the past, present or future ("recently", "now", "soon"): TimeML's PAST_REF, PRESENT_REF, FUTURE_REF.</summary>
    private static Hit Vague(int first, int last, string value) => new(first, last, TimexType.Date, value) { Tf = true };

    /// <summary>"four times" right before the rate word at <paramref name="j"/> ("four times a year", "10 times per week"): its frequency, "4X".</summary>
    private string? TimesBefore(int j) =>
        !Is(j - 1, "times") ? null
        : Kind(j - 2, TokKind.Number) && !_t[j - 2].Grouped && _t[j - 2].Num is > 0 and < 1000 ? _t[j - 2].Num.ToString(Inv) + "X"
        : K(j - 2) == LexKind.Number ? _t[j - 2].Lex!.Value.ToString(Inv) + "X" : null;

    private Hit Ago(int first, int last, TimeUnit u, int n, DateOnly? anchor, string? mod)
    {
        if (u is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second && anchor is { } a)
            return new Hit(first, last, TimexType.Date, TimeCalendar.Day(a)) { Tf = true, Mod = mod };
        var h = Rel(first, last, TimexType.Date, u, n, null, anchor);
        return h with { Mod = mod };
    }

    private Hit? NumberWordAt(int j)
    {
        if (SpelledYear(j) is { } sy && K(sy.Last + 1) != LexKind.Unit) return new Hit(j, sy.Last, TimexType.Date, TimeCalendar.Year(sy.Year));
        return DurationAt(j, j);
    }

    private Hit? WordAt(int j)
    {
        var w = _t[j].Lex!.Word;
        switch (w)
        {
            case "today":
                return InTitle(j) || GenericToday(j) ? null : DayWord(j, 0);
            case "yesterday":
                return DayWord(j, -1);
            case "tomorrow":
                return DayWord(j, 1);
            // "Are You Lonesome Tonight": a capitalised word inside a run of capitalised words is a title.
            case "tonight" or "now" when _t[j].Cap && MidSentenceName(j) && !TitleCaseSentence(j):
                return null;
            case "tonight":
                return _dct is { } a
                    ? new Hit(j, j, TimexType.Time, TimeCalendar.Day(a) + "TNI") { Tf = true, RefDay = a }
                    : new Hit(j, j, TimexType.Time, "XXXX-XX-XXTNI") { Tf = true, Anchored = false };
            // "every now and then", "now and again": a vague frequency, not the present.
            case "now" when Is(j + 1, "and") && (Is(j + 2, "then") || Is(j + 2, "again")):
                return null;
            case "now":
            case "currently":
            case "presently":
            case "nowadays":
                return Vague(w == "now" && j > 0 && Is(j - 1, "right") ? j - 1 : j, j, "PRESENT_REF");
            case "recently":
            case "lately":
                return Vague(j, j, "PAST_REF");
            case "soon":
                if (j > 0 && (Is(j - 1, "as") || Is(j - 1, "how") || Is(j - 1, "too"))) return null;
                if (Is(j + 1, "after") || Is(j + 1, "afterwards") || Tense(j, j) < 0) return null;
                return Vague(j, j, "FUTURE_REF");
            case "these":
                return K(j + 1) == LexKind.Unit && _t[j + 1].Lex!.Unit == TimeUnit.Day && _t[j + 1].Lex!.Plural ? Vague(j, j + 1, "PRESENT_REF") : null;
            case "recent":
                if (K(j + 1) == LexKind.Unit && _t[j + 1].Lex!.Plural && _t[j + 1].Lex!.Unit >= TimeUnit.Day)
                    return Vague(j, j + 1, "PAST_REF");
                return null;
            case "noon":
            case "midday":
            case "midnight":
                if (j > 0 && Is(j - 1, "high") || MidSentenceName(j)) return null;
                return Clocked(j, j, w == "midnight" ? 24 * 60 : 12 * 60, j + 1);
            case "the":
                return TheAt(j);
            case "current":
                return Det(j, j, false) ?? CurrentAdjective(j);
            case "this" when Is(j + 1, "moment") && Is(j - 1, "at") && EndsPhrase(j + 2):
                return Vague(j, j + 1, "PRESENT_REF");
            case "present":
                // "At present there are five members": now (the adjective "present levels" is left alone).
                return Is(j - 1, "at") && EndsPhrase(j + 1) ? Vague(j, j, "PRESENT_REF") : null;
            case "this" when Is(j + 1, "time") && (W(j + 2, "last") || W(j + 2, "next")) && K(j + 3) == LexKind.Unit && !_t[j + 3].Lex!.Plural && _t[j + 3].Lex!.Unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year:
                return ThisTime(j);
            case "this":
            case "last":
            case "next":
            case "past":
            case "coming":
            case "previous":
            case "following":
            case "latest":
            case "that":
            case "upcoming":
                return Det(j, j, false);
            case "every":
            case "each":
                return EveryAt(j);
            case "per":
                // "six mln per month", "793,000 barrels of oil per day": a rate.
                if (K(j + 1) != LexKind.Unit || _t[j + 1].Lex!.Plural || !(AmountBefore(j) || AfterFigure(j))) return null;
                if (DurationValue("1", _t[j + 1].Lex!.Unit) is not { } pv) return null;
                return TimesBefore(j) is { } pf ? new Hit(j - 2, j + 1, TimexType.Set, pv) { Freq = pf } : new Hit(j, j + 1, TimexType.Set, pv);
            case "future" when K(j + 1) == LexKind.Unit && _t[j + 1].Lex!.Plural && !_t[j].Cap && _t[j + 1].Lex!.Unit >= TimeUnit.Week:
                // "in future years", "over future decades": the future, as TimeBank tags "future years".
                return Vague(j, j + 1, "FUTURE_REF");
            case "future":
                // British "in future" ("will in future be charged"): the future, unless it modifies a noun ("in future years").
                if (!Is(j - 1, "in") || _t[j].Cap || Kind(j + 1, TokKind.Word) && K(j + 1) != LexKind.Word && !LowerWordIn(j + 1, FunctionWords) && !Is(j + 1, "be")) return null;
                return Vague(j, j, "FUTURE_REF");
            case "someday":
                // A capitalised "Someday" inside a sentence is a title ("will release Someday, its new single").
                return Tense(j, j) < 0 || _t[j].Cap && j > 0 && _t[j - 1].End > SentenceSpan(j).Start && !P(j - 1, '"') ? null : Vague(j, j, "FUTURE_REF");
            case "some":
                // "for some years": a vague count; "may some day return": an unspecified future day.
                // Not "in some quarters" (among some people).
                if (K(j + 1) == LexKind.Unit && _t[j + 1].Lex!.Plural && _t[j + 1].Lex!.Unit != TimeUnit.Quarter) return DurationAt(j, j);
                return W(j + 1, "day") && !_t[j + 1].Lex!.Plural && OneDayAhead(j, j + 1) ? Vague(j, j + 1, "FUTURE_REF") : null;
            case "annually":
            case "daily":
            case "weekly":
            case "monthly":
            case "yearly":
            case "hourly":
            case "nightly":
                // "People's Daily", "the Daily Mail": a capitalised rate word inside a sentence is a name.
                return _t[j].Cap && !AllCaps(j) && j > 0 && _t[j - 1].Start >= SentenceSpan(j).Start && !P(j - 1, '"') ? null : Adverbial(j, w);
            case "once":
            case "twice":
            case "thrice":
                return TimesAt(j, w == "once" ? 1 : w == "twice" ? 2 : 3);
            case "a":
            case "an":
            case "several":
            case "few":
            case "couple":
                return DurationAt(j, j);
            case "calendar" when YearToken(j + 1) is { } cy:
                // "profit for calendar 1986", as against a fiscal year.
                return YearAt(j, j + 1, cy);
            case "fiscal":
                if (YearToken(j + 1) is { } fy)
                {
                    var h = YearAt(j, j + 1, fy);
                    return h;
                }

                if (W(j + 1, "year") && YearToken(j + 2) is { } fy2) return YearAt(j, j + 2, fy2);
                if (K(j + 1) == LexKind.Ordinal && W(j + 2, "quarter")) return QuarterAt(j, j + 1, null);
                return null;
            case "christmas":
            case "thanksgiving":
            case "easter":
            case "new":
            case "election":
            case "labor":
            case "memorial":
            case "halloween":
            case "boxing":
            case "valentine":
            case "good":
                return Holiday(j, w);
            default:
                return null;
        }
    }

    /// <summary>
    /// "the same month last year", "the same week a year ago", "the same time last year", "the same quarter a year ago":
    /// the month the story is about (or its day, quarter, or the publication date) a year back, as one expression. Without a named month, "the same month"
    /// is left to "last year" alone.
    /// </summary>
    private Hit? SameAYearBack(int j, int k)
    {
        var unit = k + 1;
        var last = W(unit + 1, "last") && W(unit + 2, "year") ? unit + 2
            : (Is(unit + 1, "a") || Is(unit + 1, "one")) && W(unit + 2, "year") && (Is(unit + 3, "ago") || Is(unit + 3, "earlier") || Is(unit + 3, "before")) ? unit + 3
            : Is(unit + 1, "of") && W(unit + 2, "last") && W(unit + 3, "year") ? unit + 3
            : -1;
        // "the same month last year's champion won" is about the champion.
        if (last < 0 || PossessiveAfter(last)) return null;
        // The story's day when this sentence named it, its month when this sentence or the one before did; else the
        // publication date ("Sales this week were up on the same week last year").
        var sentence = SentenceOf(j);
        var day = _ref is { } r && sentence == _refSentence ? r : _dct;
        if (W(unit, "month") && _lastNamedMonth is { } nm && sentence - nm.Sentence <= 1) return new Hit(j, last, TimexType.Date, TimeCalendar.Shift(nm.Month, TimeUnit.Month, -12)) { Tf = true };
        if (W(unit, "week") && day is { } wd) return new Hit(j, last, TimexType.Date, TimeCalendar.SameWeekYearBefore(wd)) { Tf = true };
        // "3 cts in the same quarter a year ago": the quarter the earnings story names, a year back.
        if (W(unit, "quarter")) return YearAgoQuarter(j, last);
        if (Is(unit, "period") && NamedQuarter(j, last, 1) is { } samePeriod) return samePeriod;
        if ((W(unit, "day") || Is(unit, "time") || Is(unit, "date")) && day is { } dd) return new Hit(j, last, TimexType.Date, TimeCalendar.Day(dd.AddYears(-1))) { Tf = true };
        return null;
    }

    /// <summary>"this time last year", "this time next week": the publication date moved by one unit, as a day.</summary>
    private Hit ThisTime(int j)
    {
        var n = W(j + 2, "last") ? -1 : 1;
        if (_dct is not { } a) return new Hit(j, j + 3, TimexType.Date, "XXXX-XX-XX") { Tf = true, Anchored = false };
        var d = TimeCalendar.Add(a, _t[j + 3].Lex!.Unit, n);
        return new Hit(j, j + 3, TimexType.Date, TimeCalendar.Day(d)) { Tf = true, RefDay = d };
    }

    /// <summary>
    /// Attributive "current" ("the current system", "its current share") is TimeML's PRESENT_REF, "then current" PAST_REF;
    /// the noun ("electric current") and "current account" are not.
    /// </summary>
    private Hit? CurrentAdjective(int j)
    {
        var k = j + 1;
        if (k >= _n || _t[j].Cap && j > 0 && !P(j - 1, '.') && !P(j - 1, '"') && !P(j - 1, '`')) return null;
        if (!(_t[k].Kind == TokKind.Number || _t[k].Kind == TokKind.Word && !_t[k].Cap)) return null;
        if (Is(k, "account") || Is(k, "accounts") || Is(k, "affairs") || Is(k, "and") || Is(k, "or") || Is(k, "is") || Is(k, "was") || Is(k, "of") || Is(k, "flows") || Is(k, "flow")) return null;
        if (j > 0 && Is(j - 1, "then")) return Vague(j - 1, j, "PAST_REF");
        return Vague(j, j, "PRESENT_REF");
    }

    /// <summary>
    /// "the week ended June 8", "the quarter ended July 31", "the month ending March 31": the week, month or quarter that
    /// holds most of the stretch ending on that day (its middle), not the current one. "the year ended" stays a
    /// twelve-month stretch, as TimeBank has it.
    /// </summary>
    private Hit? EndedPeriod(int first, int k, TimeUnit u)
    {
        if (u is not (TimeUnit.Week or TimeUnit.Month or TimeUnit.Quarter) || EndOfStretch(k) is not { } end) return null;
        var middle = end.AddDays(u switch { TimeUnit.Week => -3, TimeUnit.Month => -14, _ => -45 });
        return Rel(first, k, TimexType.Date, u, 0, null, middle);
    }

    /// <summary>
    /// The day a stretch named at <paramref name="k"/> ends on: "ended June 8", "ending in March", and the British "to"
    /// before a day or month ("the year to March 2005", "the week to October 18"); null otherwise ("the year to date").
    /// </summary>
    private DateOnly? EndOfStretch(int k)
    {
        if (!(Is(k + 1, "ended") || Is(k + 1, "ending") || Is(k + 1, "to"))) return null;
        var at = Is(k + 2, "in") && !Is(k + 1, "to") ? k + 3 : k + 2;
        return at < _n && At(at) is { } h ? LastDay(h) : null;
    }

    /// <summary>The last day a day or month hit covers: "June 8" itself, the 31st of "March".</summary>
    private static DateOnly? LastDay(Hit h) =>
        h.RefDay ?? (h.Value.Length == 7 && DateOnly.TryParseExact(h.Value + "-01", "yyyy-MM-dd", Inv, DateTimeStyles.None, out var first) ? first.AddMonths(1).AddDays(-1) : null);

    /// <summary>
    /// -1 when "for the year" or "for the full year" is the year just ended: written in January or February in a clause
    /// whose verb is a plain past other than a report ("profit for the year rose", "For the full year, it posted a
    /// loss"), as annual results are; "during the year" likewise up to March, when annual reports come out ("debt
    /// declined during the year"). Otherwise 0, the current year ("the year has started well", "later in the year",
    /// "he said the year would be hard", "will be extended during the year"). In a past clause, a year the story named
    /// in this sentence or the one before, when it is last year, is the year meant ("has a weakening bent early in the
    /// year" is the present one).
    /// </summary>
    private int ResultsYear(int first, int last)
    {
        // "profit in 1986 rose … These holdings returned 13.5 pct in the year": the year last year's story just named.
        // "In 2002, twelve journalists were killed during the year": a year named earlier in the same sentence, any year.
        if ((Is(first - 1, "in") || Is(first - 1, "for") || Is(first - 1, "during")) && _dct is { } a && StoryYear(first) is { } sy
            && (sy.Year == a.Year - 1 || _storyYearSentence == SentenceOf(first))
            && !(Is(last + 1, "to") || Is(last + 1, "ahead") || Is(last + 1, "before") || Is(last + 1, "earlier") || Is(last + 1, "ago") || Is(last + 1, "after")
                || Is(last + 1, "since") || Is(last + 1, "that") || Is(last + 1, "which") || Is(last + 1, "following") || Is(last + 1, "when"))
            && !Future(first, last) && NearestMarker(first, last) is var pm and >= 0 && Marker(pm) < 0 && !Is(pm, "has") && !Is(pm, "have")) return sy.Year - a.Year;
        if (!(_dct is { Month: <= 2 } && Is(first - 1, "for") || _dct is { Month: <= 3 } && Is(first - 1, "during"))) return 0;
        var m = NearestMarker(first, last);
        return m >= 0 && Marker(m) < 0 && StrongPast(m) && !Is(m, "said") && !Is(m, "told") ? -1 : 0;
    }

    private bool IsAmountWord(int i) => i >= 0 && i < _n && _t[i].Kind == TokKind.Word && AmountWords.Contains(Span(i));

    /// <summary>
    /// "millions of tonnes of grain a year", "$1.8m an hour": an amount a few words back, with only nouns and "of"
    /// between, makes "a year" a rate. "rose 5 pct in a year" is not one: a preposition right before it takes the unit.
    /// </summary>
    private bool AmountBefore(int j)
    {
        if (Is(j - 1, "in") || Is(j - 1, "for") || Is(j - 1, "within") || Is(j - 1, "over") || Is(j - 1, "after") || Is(j - 1, "than") || Is(j - 1, "about")
            || Is(j - 1, "during") || Is(j - 1, "throughout") || Is(j - 1, "of")) return false;
        for (var i = j - 1; i >= 0 && i >= j - 6; i--)
        {
            // A spelled count: "one a week", "six to eight satellites a year" (not the determiner in "one moment in a year").
            if (K(i) == LexKind.Number && (i == j - 1 || _t[i].Lex!.Value >= 2)) return true;
            if (Kind(i, TokKind.Number) || IsAmountWord(i) || _t[i].Kind == TokKind.Word && char.IsAsciiDigit(_text[_t[i].Start])) return true;
            if (P(i, '$') || P(i, '£') || P(i, '€')) return true;
            if (_t[i].Kind != TokKind.Word || _t[i].Lex is not null || IsClauseWord(i) || Marker(i) != 0 || Is(i, "that") || Is(i, "which")) return false;
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmountWords = FrozenSet.ToFrozenSet(
        ["million", "millions", "billion", "billions", "trillion", "mln", "bln", "m", "bn", "thousands", "hundreds", "dozens", "tonnes", "tons", "barrels",
         "dollars", "dlrs", "pounds", "stg", "euros", "yen", "francs", "marks"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A day word that is part of a title: "the Today programme", "USA Today", "The Mail on Sunday", "the Sunday
    /// Times", "the Good Friday Agreement". Only capitalised words inside a sentence: "Today, talks resumed" and "On Sunday, …" are days.
    /// </summary>
    private bool InTitle(int j)
    {
        if (!_t[j].Cap || AllLower()) return false;
        if (j == 0 || _t[j - 1].End <= SentenceSpan(j).Start) return false;
        if (Is(j + 1, "programme") || Is(j + 1, "program") || Is(j + 1, "show") || Is(j + 1, "newspaper")) return true;
        if (Is(j - 1, "Good") && _t[j - 1].Cap && (Is(j + 1, "agreement") || Is(j + 1, "accord"))) return true;
        if (j + 1 < _n && _t[j + 1].Cap && _t[j + 1].Kind == TokKind.Word && Publications.Contains(Span(j + 1))) return true;
        // "told Today", "Radio 4's Today the minister said": a capitalised "Today" after a lower-case word is the programme.
        if (W(j, "today") && Span(j)[1..].ContainsAnyInRange('a', 'z') && _t[j - 1].Kind == TokKind.Word && !_t[j - 1].Cap) return true;
        if (Is(j - 1, "on") && j >= 2 && _t[j - 2].Cap && (Is(j - 2, "Mail") || Is(j - 2, "Independent") || Is(j - 2, "Observer"))) return true;
        // "USA Today", "VOA Today": an acronym before a capitalised "Today", unless it is in capitals too (a headline).
        // Not weekdays: "told CNN Sunday", "The FBI Friday arrested" are days.
        var prev = Span(j - 1);
        return W(j, "today") && _t[j - 1].Kind == TokKind.Word && _t[j - 1].Lex is null && prev.Length is >= 2 and <= 5 && !prev.ContainsAnyExceptInRange('A', 'Z')
            && Span(j).ContainsAnyInRange('a', 'z') && !IsZone(j - 1);
    }

    /// <summary>
    /// "today's youth", "in today's world", "many of today's personal computers": the present age, not the day, which
    /// TimeML leaves untagged. "today's meeting" and "today's editions" are the day.
    /// </summary>
    private bool GenericToday(int j)
    {
        if (!PossessiveAfter(j)) return false;
        for (var k = j + 3; k <= j + 5 && k < _n && _t[k].Kind == TokKind.Word; k++)
        {
            // The age noun must head the phrase: "today's climate talks" and "today's youth team" are the day's.
            if (LowerWordIn(k, AgeNouns)) return !(LowerWordIn(k + 1, EventNouns) || Possessive(k + 1));
            // The noun phrase ends at a function word: "today's protest by people" is the day's protest.
            if (LowerWordIn(k, FunctionWords)) return false;
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChristmasThings = FrozenSet.ToFrozenSet(
        ["tree", "trees", "card", "cards", "carol", "carols", "cracker", "crackers", "decorations", "lights", "pudding", "puddings", "jumper", "jumpers",
         "stocking", "stockings", "hamper", "hampers", "single", "album", "songs", "song", "ad", "advert", "adverts", "island"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before "New Year" that make it another calendar's or a greeting.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherNewYears = FrozenSet.ToFrozenSet(
        ["chinese", "lunar", "jewish", "islamic", "muslim", "hijri", "persian", "iranian", "vietnamese", "korean", "tibetan", "orthodox", "hindu",
         "sikh", "tamil", "thai", "sinhala", "bengali", "nepali", "ethiopian", "kurdish", "khmer", "cambodian", "lao", "mongolian", "happy", "merry", "prosperous"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that name a kind of day before a weekday: "expiration Friday", "market Monday".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayKinds = FrozenSet.ToFrozenSet(
        ["expiration", "expiry", "settlement", "trading", "market", "business", "working", "polling", "race", "match", "school", "pay", "collection"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of forecasting or reporting a period's results, which is over by then.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportedWords = FrozenSet.ToFrozenSet(
        ["expected", "expects", "expect", "estimated", "estimates", "estimate", "forecast", "forecasts", "report", "reports", "post", "posts"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Prepositions, conjunctions and auxiliaries, which end a noun phrase: "the future of" and "the future with hope" are
    /// the future, unlike "the future king"; "today's protest by people" is the day's.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = FrozenSet.ToFrozenSet(
        ["of", "and", "with", "for", "in", "at", "by", "from", "to", "as", "but", "or", "than", "when", "if", "because", "while", "without",
         "is", "was", "are", "were", "has", "had", "will"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns of a day's events, which an age noun before them only modifies: "today's climate talks", "today's youth team".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EventNouns = FrozenSet.ToFrozenSet(
        ["talks", "conference", "match", "final", "meeting", "summit", "game", "concert", "championship", "championships", "team", "event", "session",
         "show", "race", "election", "debate", "festival", "parade", "ceremony", "trial", "hearing", "rally", "protest", "launch", "deadline",
         "edition", "editions", "programme", "program", "broadcast", "forum", "fair", "exhibition", "lecture", "march", "strike", "walkout"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that make "today's" mean the present age: people, society and everyday things.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeNouns = FrozenSet.ToFrozenSet(
        ["world", "society", "youth", "youngsters", "generation", "generations", "children", "kids", "teenagers", "parents", "families", "consumers",
         "culture", "standards", "technology", "computers", "cars", "homes", "life", "lifestyles", "climate", "era", "people"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Publications = FrozenSet.ToFrozenSet(
        ["Times", "Telegraph", "Mirror", "Express", "Herald", "Post", "People", "Tribune", "Independent", "Mail", "Sun", "World", "Star", "Business", "Journal", "Chronicle", "Standard", "Gazette", "Edition"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private Hit DayWord(int j, int offset)
    {
        var last = j;
        string suffix = "";
        var type = TimexType.Date;
        if (offset != 0 && K(j + 1) == LexKind.PartOfDay && !_t[j + 1].Lex!.Plural)
        {
            last = j + 1;
            suffix = PartCodes[_t[j + 1].Lex!.Value];
            type = TimexType.Time;
        }

        return Rel(j, last, type, TimeUnit.Day, offset, suffix.Length > 0 ? suffix : null);
    }

    private Hit? Adverbial(int j, string w)
    {
        // "daily newspaper" and the like still denote a daily recurrence in TimeML.
        var v = w switch
        {
            "daily" => "P1D",
            "weekly" => "P1W",
            "monthly" => "P1M",
            "annually" or "yearly" => "P1Y",
            "hourly" => "PT1H",
            "quarterly" => "P1Q",
            _ => "XXXX-XX-XXTNI",
        };
        // "the party daily Granma", "China Daily", "Screen Daily": a newspaper, not a recurrence.
        if (w is "daily" or "weekly" or "monthly" && (K(j + 1) == LexKind.None && j + 1 < _n && _t[j + 1].Kind == TokKind.Word && _t[j + 1].Cap || MidSentenceName(j)))
            return null;
        return new Hit(j, j, TimexType.Set, v) { Quant = null, Freq = "1X" };
    }

    private Hit? TimesAt(int j, int times)
    {
        var k = j + 1;
        if (!(W(k, "a") || W(k, "per") || W(k, "every") || W(k, "each"))) return null;
        if (K(k + 1) != LexKind.Unit || _t[k + 1].Lex!.Plural) return null;
        var v = DurationValue("1", _t[k + 1].Lex!.Unit);
        return v is null ? null : new Hit(j, k + 1, TimexType.Set, v) { Freq = times.ToString(Inv) + "X" };
    }

    private Hit? EveryAt(int j)
    {
        var quant = W(j, "every") ? "EVERY" : "EACH";
        var k = j + 1;
        if (Is(k, "other")) k++;
        // "each expiration Friday", "every market Monday": a word for a kind of day may come between ("fined each player
        // Monday" is a day).
        if (LowerWordIn(k, DayKinds) && K(k + 1) == LexKind.Weekday && !_t[k + 1].Lex!.Plural) k++;
        var lk = K(k);
        if (lk == LexKind.Unit && !_t[k].Lex!.Plural)
        {
            var v = DurationValue(Is(j + 1, "other") ? "2" : "1", _t[k].Lex!.Unit);
            return v is null ? null : new Hit(j, k, TimexType.Set, v) { Quant = quant };
        }

        if (lk == LexKind.Weekday && !_t[k].Lex!.Plural)
        {
            var v = "XXXX-WXX-" + _t[k].Lex!.Value.ToString(Inv);
            var last = k;
            if (K(k + 1) == LexKind.PartOfDay)
            {
                v += PartCodes[_t[k + 1].Lex!.Value];
                last = k + 1;
            }

            return new Hit(j, last, TimexType.Set, v) { Quant = quant };
        }

        if (lk == LexKind.Month && _t[k].Cap) return new Hit(j, k, TimexType.Set, "XXXX-" + _t[k].Lex!.Value.ToString("D2", Inv)) { Quant = quant };
        if (lk == LexKind.PartOfDay) return new Hit(j, k, TimexType.Set, "XXXX-XX-XX" + PartCodes[_t[k].Lex!.Value]) { Quant = quant };
        if (lk == LexKind.Season) return new Hit(j, k, TimexType.Set, "XXXX-" + SeasonCodes[_t[k].Lex!.Value]) { Quant = quant };
        if (Quantity(k, out var q, out var k2) && K(k2) == LexKind.Unit && q != "X")
        {
            var v = DurationValue(q, _t[k2].Lex!.Unit);
            return v is null ? null : new Hit(j, k2, TimexType.Set, v) { Quant = quant };
        }

        return null;
    }

    private Hit? Holiday(int j, string w)
    {
        int m, d;
        var last = j;
        switch (w)
        {
            case "christmas":
                // "Christmas trees", "Christmas cards": things, not the day.
                if (!_t[j].Cap || LowerWordIn(j + 1, ChristmasThings)) return null;
                (m, d) = (12, 25);
                if (W(j + 1, "eve")) { d = 24; last++; }
                else if (W(j + 1, "day")) last++;
                break;
            case "new":
                if (!(_t[j].Cap && W(j + 1, "year") && !_t[j + 1].Lex!.Plural)) return null;
                if (Possessive(j + 2) && (W(j + 4, "day") || W(j + 4, "eve")))
                {
                    last = j + 4;
                    (m, d) = W(j + 4, "eve") ? (12, 31) : (1, 1);
                    break;
                }

                // "see in the New Year", "over New Year": the first of January. Not another calendar's ("Chinese New
                // Year", "the lunar New Year") nor a greeting ("Happy New Year").
                if (!_t[j + 1].Cap || j > 0 && _t[j - 1].Kind == TokKind.Word && OtherNewYears.Contains(Span(j - 1)) || AllCaps(j)) return null;
                (m, d, last) = (1, 1, j + 1);
                break;
            case "thanksgiving":
                if (!_t[j].Cap) return null;
                if (W(j + 1, "day")) last++;
                return Movable(j, last, y => NthWeekday(y, 11, DayOfWeek.Thursday, 4));
            case "easter":
                if (!_t[j].Cap) return null;
                if (W(j + 1, "sunday") || W(j + 1, "day")) last++;
                return Movable(j, last, Easter);
            case "good":
                // Not "the Good Friday Agreement" (Belfast, 1998).
                if (!(W(j + 1, "friday") && _t[j].Cap && _t[j + 1].Cap) || Is(j + 2, "agreement") || Is(j + 2, "accord") || Is(j + 2, "peace") || Is(j + 2, "deal")) return null;
                return Movable(j, j + 1, y => Easter(y).AddDays(-2));
            // United States holidays that US news names without a country ("Election Day", "Labor Day"). Both words
            // capitalised: "on election day" and "the labor day" are too often some other country's or a common noun.
            case "election":
            case "labor":
            case "memorial":
                if (!CapitalDay(j)) return null;
                return Movable(j, j + 1, w switch
                {
                    // The Tuesday after the first Monday of November.
                    "election" => y => NthWeekday(y, 11, DayOfWeek.Monday, 1).AddDays(1),
                    "labor" => y => NthWeekday(y, 9, DayOfWeek.Monday, 1),
                    _ => y => NthWeekday(y, 6, DayOfWeek.Monday, 1).AddDays(-7),
                });
            case "halloween":
                if (!_t[j].Cap) return null;
                (m, d) = (10, 31);
                break;
            case "boxing":
                if (!CapitalDay(j)) return null;
                (m, d, last) = (12, 26, j + 1);
                break;
            case "valentine":
                if (!(_t[j].Cap && Possessive(j + 1) && W(j + 3, "day"))) return null;
                (m, d, last) = (2, 14, j + 3);
                break;
            default:
                return null;
        }

        if (YearToken(last + 1) is { } y0) return CalendarDay(j, last + 1, y0, m, d);
        return PartialDay(j, last, m, d);
    }

    /// <summary>"Election Day", "Boxing Day": both words capitalised.</summary>
    private bool CapitalDay(int j) => _t[j].Cap && W(j + 1, "day") && _t[j + 1].Cap;

    /// <summary>A fully dated day starting at k ("March 6", "6 March"), or null.</summary>
    private Hit? FullDayAt(int k)
    {
        Hit? h = null;
        if (K(k) == LexKind.Month) h = MonthAt(k, k);
        else if ((Kind(k, TokKind.Number) || Kind(k, TokKind.OrdinalNumber)) && _t[k].Digits <= 2 && K(k + 1) == LexKind.Month) h = DayMonth(k, k);
        return h is { RefDay: not null } && h.Value.Length == 10 ? h : null;
    }

    private Hit Movable(int first, int last, Func<int, DateOnly> date)
    {
        if (YearToken(last + 1) is { } y0)
        {
            var dd = date(y0);
            return new Hit(first, last + 1, TimexType.Date, TimeCalendar.Day(dd)) { RefDay = dd };
        }

        if (_dct is not { } a) return new Hit(first, last, TimexType.Date, "XXXX-XX-XX") { Tf = true, Anchored = false };
        // The occurrence nearest the publication date in the tense's direction, as for a month and day without a
        // year: "as Easter week began" written six days before Easter is this year's.
        var here = date(a.Year);
        var past = here <= a ? here : date(a.Year - 1);
        var future = here >= a ? here : date(a.Year + 1);
        var d = Pick(a, past, future, Tense(first, last))!.Value;
        // "Easter week" is the ISO week that ends on Easter Sunday.
        if (W(last + 1, "week") && _text[_t[last].End] == ' ')
            return new Hit(first, last + 1, TimexType.Date, TimeCalendar.Week(d)) { Tf = true };
        return new Hit(first, last, TimexType.Date, TimeCalendar.Day(d)) { Tf = true, RefDay = d };
    }

    private static DateOnly NthWeekday(int y, int m, DayOfWeek dow, int nth)
    {
        var d = new DateOnly(y, m, 1);
        while (d.DayOfWeek != dow) d = d.AddDays(1);
        return d.AddDays(7 * (nth - 1));
    }

    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }

    // ---------- "the …" ----------
    private Hit? TheAt(int j)
    {
        var k = j + 1;
        if (k >= _n) return null;
        // "the day before last Tuesday('s hearing)", "the day after Christmas": one day off a named day.
        if (W(k, "day") && (Is(k + 1, "before") || Is(k + 1, "after")) && k + 2 < _n && At(k + 2) is { RefDay: { } named } nd && nd.Value.Length == 10)
        {
            var day = named.AddDays(Is(k + 1, "before") ? -1 : 1);
            return new Hit(j, nd.Last, TimexType.Date, TimeCalendar.Day(day)) { Tf = true, RefDay = day };
        }

        // "the week of March 6": the ISO week holding that day.
        if (W(k, "week") && Is(k + 1, "of") && FullDayAt(k + 2) is { } wk)
            return wk with { First = j, Type = TimexType.Date, Value = TimeCalendar.Week(wk.RefDay!.Value), RefDay = null };
        if ((Is(k, "near") || Is(k, "distant") || Is(k, "foreseeable") || Is(k, "immediate")) && W(k + 1, "future"))
            return Vague(j, k + 1, "FUTURE_REF");
        // "at the moment", "for the moment", "for the time being", the British "at the minute": now (not "at the moment of
        // impact", "the moment the bomb went off").
        if ((Is(k, "moment") || Is(k, "minute") && Is(j - 1, "at")) && (Is(j - 1, "at") || Is(j - 1, "for")) && EndsPhrase(k + 1) || Is(k, "time") && Is(k + 1, "being") && Is(j - 1, "for"))
            return Vague(j, Is(k, "time") ? k + 1 : k, "PRESENT_REF");
        // "Back to the Future", "Cinema of the Future": a capitalised "Future" mid-sentence is a title,
        // whether the "the" before it is capitalised or not.
        if (W(k, "future") && _t[k].Cap && (MidSentenceName(k) || !AllCaps(k) && Is(k - 1, "the") && _t[k - 1].Start > SentenceSpan(k).Start)) return null;
        // "player of the year", "pick of the week": an award, not a period.
        if (K(k) == LexKind.Unit && !_t[k].Lex!.Plural && Is(j - 1, "of") && j >= 2 && _t[j - 2].Kind == TokKind.Word && AwardNouns.Contains(Span(j - 2)) && !Ranked(j - 3)) return null;
        // "the future king" is a noun's modifier; "the future with hope", "the future of" are the future.
        if (W(k, "future") && !(K(k + 1) == LexKind.None && k + 1 < _n && _t[k + 1].Kind == TokKind.Word && !LowerWordIn(k + 1, FunctionWords)))
            return Vague(j, k, "FUTURE_REF");
        if (W(k, "recent") && W(k + 1, "past")) return Vague(j, k + 1, "PAST_REF");
        // "In 1955 he won. In the same year he married.": the year the story just named.
        if (W(k, "same") && W(k + 1, "year") && !_t[k + 1].Lex!.Plural && !Hyphened(k + 1) && !W(k + 2, "ago") && !W(k + 2, "earlier") && !W(k + 2, "last")
            && !Is(k + 2, "a") && !Is(k + 2, "that") && !Is(k + 2, "as") && !Is(k + 2, "when") && StoryYear(j) is { } sameYear)
            return new Hit(j, k + 1, TimexType.Date, TimeCalendar.Year(sameYear.Year)) { Tf = true };
        // "early in the new year": the coming year in the second half of a year, the one just begun in the first. Not a thing of the
        // holiday ("the new year celebrations", "the new year's honours"), which the capitalised New Year rule reads.
        if (Is(k, "new") && !_t[k].Cap && W(k + 1, "year") && !_t[k + 1].Lex!.Plural && !_t[k + 1].Cap && _dct is { } ny
            && !P(k + 2, '\'') && !(k + 2 < _n && _t[k + 2].Kind == TokKind.Word && !_t[k + 2].Cap && !LowerWordIn(k + 2, FunctionWords)))
            return new Hit(j, k + 1, TimexType.Date, TimeCalendar.Year(ny.Month >= 7 ? ny.Year + 1 : ny.Year)) { Tf = true, Gran = Granularity.Year };
        // "in the near term", "in the short term": the noun phrase (not the hyphenated adjective "short-term debt").
        if ((Is(k, "near") || Is(k, "short") || Is(k, "medium") || Is(k, "long")) && Is(k + 1, "term") && _text[_t[k].End] == ' ')
            return Vague(j, k + 1, "FUTURE_REF");
        if (SpelledDecade(k) is { } sd) return new Hit(j, k, TimexType.Date, sd);
        if ((W(k, "early") || W(k, "late") || W(k, "mid")) && SpelledDecade(k + 1) is { } sd2)
            return new Hit(j, k + 1, TimexType.Date, sd2) { Mod = W(k, "early") ? "START" : W(k, "late") ? "END" : "MID" };
        if (K(k) == LexKind.Unit && _t[k].Lex!.Plural && W(k + 1, "ahead") && _t[k].Lex!.Unit >= TimeUnit.Day)
            return Vague(j, k + 1, "FUTURE_REF");
        if (Is(k, "other") && W(k + 1, "day") && !_t[k + 1].Lex!.Plural && !Is(k - 2, "every") && !Is(k + 2, "of")) return Vague(j, k + 1, "PAST_REF");
        if (W(k, "same") && SameAYearBack(j, k) is { } sameBack) return sameBack;
        if (W(k, "same") && W(k + 1, "day")) return _ref is { } r ? new Hit(j, k + 1, TimexType.Date, TimeCalendar.Day(r)) { Tf = true, RefDay = r } : null;
        if (PartOfYear(j, k) is { } part) return part;
        if ((W(k, "last") || K(k) == LexKind.Ordinal && _t[k].Lex!.Value <= 2) && W(k + 1, "half"))
        {
            var half = W(k, "last") ? 2 : _t[k].Lex!.Value;
            var last = k + 1;
            int? hy = null;
            if (PeriodYear(k + 1) is { } halfYear) (hy, last) = halfYear;
            else if (!(Is(k + 2, "of") && W(k + 4, "year")) && GameHalf(j)) return null;
            hy ??= _dct?.Year;
            return new Hit(j, last, TimexType.Date, (hy is { } hv ? TimeCalendar.Year(hv) : "XXXX") + "-H" + half.ToString(Inv)) { Tf = true, Anchored = hy is not null };
        }
        // Earnings reports: "the latest period" is the quarter being reported, the last complete one.
        // "Sales in the latest period": the quarter the story just named, else the last complete one.
        if (W(k, "latest") && Is(k + 1, "period") && QuarterContext(k + 1)) return NamedQuarter(j, k + 1, 0) ?? Rel(j, k + 1, TimexType.Date, TimeUnit.Quarter, -1);
        if ((W(k, "past") || W(k, "last") || W(k, "next") || W(k, "coming") || W(k, "following") || W(k, "previous") || W(k, "latest") || W(k, "current") || W(k, "upcoming"))
            && Det(j, k, true) is { } det)
            return det;
        if (Kind(k, TokKind.Decade)) return DecadeAt(j, k);
        if (K(k) == LexKind.Season) return SeasonAt(j, k, null);
        if (W(k, "year") && _t[k].End < _text.Length && _text[_t[k].End] == '-' && (W(k + 1, "earlier") || W(k + 1, "ago")))
        {
            // "the year-earlier third quarter", "the year-ago period"; else the adjective alone.
            if (K(k + 2) == LexKind.Ordinal && W(k + 3, "quarter") && _dct is { } aq)
            {
                var qh = QuarterAt(j, k + 2, aq.Year - 1);
                return qh;
            }

            if (W(k + 2, "quarter") || W(k + 2, "period")) return YearAgoQuarter(j, k + 2);
            if (Quantity(k + 2, out var yq, out var yk) && K(yk) == LexKind.Unit && yq != "X") return new Hit(j, yk, TimexType.Duration, DurationValue(yq, _t[yk].Lex!.Unit) ?? "PX");
            return UnitAt(k);
        }

        if (YearToken(k) is { } py && (W(k + 1, "period") || W(k + 1, "quarter") || K(k + 1) == LexKind.Ordinal && W(k + 2, "quarter")))
        {
            if (K(k + 1) == LexKind.Ordinal) return QuarterAt(j, k + 1, py);
            var lq = _dct is { } aq2 ? TimeCalendar.QuarterOf(aq2.AddMonths(-3)) : 0;
            return new Hit(j, k + 1, TimexType.Date, lq > 0 ? TimeCalendar.Quarter(py, lq) : TimeCalendar.Year(py)) { Tf = true };
        }

        if (K(k) == LexKind.Ordinal && W(k + 1, "quarter") && Hyphened(k)) return OrdinalAt(k, k);
        if ((W(k, "previous") || W(k, "following")) && K(k + 1) == LexKind.Weekday)
        {
            var wd = WeekdayAt(k + 1, k + 1, W(k, "previous") ? -1 : 1);
            return wd is null ? null : wd with { First = j };
        }


        if ((Kind(k, TokKind.OrdinalNumber) || K(k) == LexKind.Ordinal) && W(k + 1, "century"))
            return Kind(k, TokKind.OrdinalNumber) ? OrdinalNumberAt(k) is { } h1 ? h1 with { First = j } : null : OrdinalAt(j, k);
        if (K(k) == LexKind.Ordinal && W(k + 1, "quarter")) return OrdinalAt(j, k);
        if (Kind(k, TokKind.OrdinalNumber) && W(k + 1, "quarter")) return QuarterAt(j, k, null);
        if (W(k, "fiscal") && K(k + 1) == LexKind.Ordinal && W(k + 2, "quarter")) return QuarterAt(j, k + 1, null);
        if (W(k, "fiscal") && W(k + 1, "year")) return Det(j, k, true, bareThe: true);
        if (W(k, "full") && W(k + 1, "year")) return Rel(j, k + 1, TimexType.Date, TimeUnit.Year, ResultsYear(j, k + 1));
        if (K(k) == LexKind.Ordinal && _t[k].Lex!.Value == 1 && Quantity(k + 1, out var fq, out var fk) && fq != "X" && K(fk) == LexKind.Unit && _t[fk].Lex!.Plural)
            return new Hit(j, fk, TimexType.Duration, DurationValue(fq, _t[fk].Lex!.Unit) ?? "PX") { };
        if (W(k, "year") && YearToken(k + 1) is { } yy) return new Hit(j, k + 1, TimexType.Date, TimeCalendar.Year(yy));
        if (W(k, "year") && SpelledYear(k + 1) is { } sy) return new Hit(j, sy.Last, TimexType.Date, TimeCalendar.Year(sy.Year));
        if (W(k, "year") && W(k + 1, "two") && W(k + 2, "thousand")) return new Hit(j, k + 2, TimexType.Date, "2000");
        if (W(k, "year") && (W(k + 1, "ago") || W(k + 1, "earlier")) && (W(k + 2, "quarter") || W(k + 2, "period")) && _text[_t[k].End] == '-')
            return Rel(j, k + 2, TimexType.Date, TimeUnit.Quarter, -5);
        if (W(k, "past") && !(K(k + 1) is LexKind.Unit or LexKind.Number) && !Kind(k + 1, TokKind.Number) && !W(k + 1, "few") && !W(k + 1, "several"))
            return Vague(j, k, "PAST_REF");
        // "from 5 mln the year before", "up from the year earlier": a year back from the period discussed.
        if (W(k, "year") && (W(k + 1, "earlier") || Is(k + 1, "before") && (k + 2 >= _n || _t[k + 2].Kind == TokKind.Punct || IsClauseWord(k + 2))))
            return Shifted(j, k + 1, TimeUnit.Year, -1, null);
        if (K(k) == LexKind.Unit && !_t[k].Lex!.Plural) return Det(j, k - 1, true, bareThe: true);
        if (Quantity(k, out _, out var qk) && !W(k, "a") && !W(k, "an") && qk < _n && K(qk) == LexKind.Unit)
        {
            var hyphenated = _t[qk].Start > 0 && _text[_t[qk].Start - 1] == '-' && !W(qk + 1, "mark") && !W(qk + 1, "anniversary");
            return DurationAt(hyphenated ? k : j, k);
        }

        return null;
    }

    /// <summary>
    /// "the last quarter of 2004", "the first month of the year", "the final day of 1999", "the first two quarters of
    /// 1990" (the first half), "the last half of the '80s" (the decade's end): a part of a named year or decade is one
    /// date, as TimeBank marks "the third quarter of 1984" and "the last half of 1989". <paramref name="k"/> is the
    /// word after "the".
    /// </summary>
    private Hit? PartOfYear(int j, int k)
    {
        var lastOne = W(k, "last") || Is(k, "final");
        int nth;
        if (lastOne) nth = int.MaxValue;
        else if (K(k) == LexKind.Ordinal) nth = _t[k].Lex!.Value;
        else if (Kind(k, TokKind.OrdinalNumber)) nth = _t[k].Num;
        else return null;
        var u = k + 1;
        var two = (nth == 1 || lastOne) && Is(u, "two");
        if (two) u++;
        if (K(u) != LexKind.Unit || _t[u].Lex!.Plural != two || !Is(u + 1, "of")) return null;
        var unit = _t[u].Lex!.Unit;
        if (two && unit != TimeUnit.Quarter) return null;
        var y = u + 2;
        if (unit == TimeUnit.Half && (nth <= 2 || lastOne) && DecadeOf(y) is { } dec)
            return new Hit(j, dec.Last, TimexType.Date, dec.Value) { Mod = nth == 1 ? "START" : "END", Tf = dec.Tf };
        if (YearOf(y) is not { } yr) return null;
        if (unit == TimeUnit.Day)
        {
            // Only the first and the last day of a year are named this way.
            if (!lastOne && nth != 1) return null;
            var day = lastOne ? new DateOnly(yr.Year, 12, 31) : new DateOnly(yr.Year, 1, 1);
            return new Hit(j, yr.Last, TimexType.Date, TimeCalendar.Day(day)) { Tf = yr.Tf, RefDay = day };
        }

        var (part, max) = unit switch
        {
            TimeUnit.Quarter => (two ? "-H" : "-Q", two ? 2 : 4),
            TimeUnit.Half => ("-H", 2),
            TimeUnit.Month => ("-", 12),
            _ => ("", 0),
        };
        if (max == 0 || !lastOne && nth > max) return null;
        var index = lastOne ? max : nth;
        var value = TimeCalendar.Year(yr.Year) + part + (unit == TimeUnit.Month ? index.ToString("D2", Inv) : index.ToString(Inv));
        return new Hit(j, yr.Last, TimexType.Date, value) { Tf = yr.Tf };
    }

    /// <summary>A year named at k: "2004", "fiscal 1990", or "the year", "this year", "last year", "next year" resolved.</summary>
    private (int Year, int Last, bool Tf)? YearOf(int k)
    {
        if (W(k, "fiscal")) k++;
        // Not the first year of a split year ("the final quarter of 1986/87"), which the year rules read whole.
        if (YearToken(k) is { } y) return P(k + 1, '/') || Hyphened(k) && Kind(k + 1, TokKind.Number) ? null : (y, k, false);
        // "grew 3.1% in 2004 after accelerating in the last quarter of the year": the year the story named.
        if (W(k, "the") && W(k + 1, "year") && StoryYear(k) is { } sy) return (sy.Year, k + 1, true);
        if ((W(k, "the") || W(k, "this") || W(k, "last") || W(k, "next") || W(k, "that")) && W(k + 1, "year") && At(k) is { Type: TimexType.Date } h && h.Last == k + 1
            && h.Value.Length == 4 && int.TryParse(h.Value, NumberStyles.None, Inv, out var hy))
            return (hy, k + 1, true);
        return null;
    }

    /// <summary>A decade named at k: "the '80s", "the 1990s", "the eighties", "the decade".</summary>
    private (string Value, int Last, bool Tf)? DecadeOf(int k)
    {
        if (!W(k, "the") && !W(k, "this")) return null;
        var d = Kind(k + 1, TokKind.Decade) ? k + 1 : P(k + 1, '\'') && Kind(k + 2, TokKind.Decade) ? k + 2 : -1;
        if (d > 0 && DecadeAt(k, d) is { } h) return (h.Value, d, false);
        if (SpelledDecade(k + 1) is { } sd) return (sd, k + 1, false);
        if (W(k + 1, "decade") && _dct is { } a) return (TimeCalendar.Shift(a, TimeUnit.Decade, 0), k + 1, true);
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AwardNouns = FrozenSet.ToFrozenSet(
        ["player", "album", "song", "single", "record", "goal", "person", "man", "woman", "coach", "manager", "team", "film", "movie", "book", "car", "pick",
         "try", "artist", "act", "newcomer", "athlete", "sportsman", "sportswoman", "personality", "footballer", "cricketer", "entertainer", "programme", "website",
         "rookie", "driver", "jockey", "trainer", "breakthrough", "discovery", "photographer", "journalist", "businessman", "businesswoman", "chef", "word"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An ordinal or superlative before an award noun makes it a count within the period: "his first goal of the year", "the best record of the year".</summary>
    private bool Ranked(int i) => i >= 0 && (K(i) == LexKind.Ordinal || Kind(i, TokKind.OrdinalNumber) || W(i, "last") || W(i, "latest")
        || _t[i].Kind == TokKind.Word && (Span(i).EndsWith("est", StringComparison.OrdinalIgnoreCase) || Span(i).StartsWith("best", StringComparison.OrdinalIgnoreCase)
            || Span(i).StartsWith("worst", StringComparison.OrdinalIgnoreCase) || Is(i, "most") || Span(i).EndsWith("selling", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether token <paramref name="i"/> ends a phrase: punctuation, the end, "and", or a pronoun opening a present clause.</summary>
    private bool EndsPhrase(int i) => i >= _n || _t[i].Kind == TokKind.Punct || Is(i, "and") || Is(i, "but") || Is(i, "or") || Is(i, "because") || Is(i, "is") || Is(i, "are")
        // "at the moment there are", "at the moment we have": a new clause in the present ("At the moment he was shot" is a relative clause).
        || (Is(i, "there") || Is(i, "it") || Is(i, "we") || Is(i, "they") || Is(i, "he") || Is(i, "she") || Is(i, "i") || Is(i, "you"))
            && (Is(i + 1, "is") || Is(i + 1, "are") || P(i + 1, '\'') || P(i + 1, '’') || Is(i + 1, "have") || Is(i + 1, "has") || Is(i + 1, "do") || Is(i + 1, "does") || Is(i + 1, "can") || Is(i + 1, "am")
                || (Is(i + 1, "was") || Is(i + 1, "were")) && Is(i, "there"));

    /// <summary>
    /// A capitalised time word after a capitalised word inside a sentence is part of a name: "Jamie Noon", "China Daily",
    /// "Screen Daily" (not at the start of a sentence, nor in an all-capitals text).
    /// </summary>
    private bool MidSentenceName(int j)
    {
        if (!_t[j].Cap || j == 0 || AllCaps(j)) return false;
        var start = SentenceSpan(j).Start;
        var p = j - 1;
        return _t[p].Start >= start && _t[p].Kind == TokKind.Word && _t[p].Cap;
    }

    /// <summary>
    /// A headline in title case ("Crime Rose Last Summer, Police Say"): nearly every word of the sentence capitalised,
    /// where a capitalised time word is no sign of a title inside running text.
    /// </summary>
    private bool TitleCaseSentence(int j)
    {
        var (start, end) = SentenceSpan(j);
        int words = 0, caps = 0;
        for (var i = j; i >= 0 && _t[i].Start >= start; i--) Count(i);
        for (var i = j + 1; i < _n && _t[i].End <= end; i++) Count(i);
        return words >= 4 && caps * 5 >= words * 4;

        void Count(int i)
        {
            if (_t[i].Kind != TokKind.Word || Span(i).Length < 2) return;
            words++;
            if (_t[i].Cap) caps++;
        }
    }

    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>"the nineties": the decade of the twentieth century (spelled decades in news are nearly always those).</summary>
    private string? SpelledDecade(int k)
    {
        if (k >= _n || _t[k].Kind != TokKind.Word) return null;
        for (var d = 0; d < DecadeWords.Length; d++)
        {
            if (Is(k, DecadeWords[d])) return "19" + (d + 2).ToString(Inv);
        }

        return null;
    }

    /// <summary>this/last/next/past/coming/following/previous/latest/current/that + weekday, month, season, unit or quantity.</summary>
    private Hit? Det(int first, int d, bool withThe, bool bareThe = false)
    {
        var det = bareThe ? "the" : _t[d].Lex!.Word;
        var k = d + 1;
        // "the coming fiscal year", "the next financial year".
        if (W(k, "fiscal") || Is(k, "financial") && W(k + 1, "year")) k++;
        if (k >= _n) return null;
        var lk = K(k);
        // "the last-minute effort" is a compound adjective; "ABC's This Week" a programme title (the unit word is capitalised).
        if (!bareThe && _t[k].Start == _t[d].End + 1 && _text[_t[d].End] == '-') return null;
        if (lk == LexKind.Unit && _t[k].Cap && !AllCaps(k)) return null;
        // "the play Suddenly Last Summer": a capitalised season inside a run of capitalised words is a title.
        if (lk == LexKind.Season && _t[k].Cap && !AllCaps(k) && MidSentenceName(d) && !TitleCaseSentence(k)) return null;
        var back = det is "last" or "previous" or "past" or "latest";
        var fwd = det is "next" or "coming" or "following" or "upcoming";

        if (lk == LexKind.Weekday && !_t[k].Lex!.Plural && (!withThe || det is "previous" or "following"))
        {
            if (det is "that") return null;
            if (withThe && _ref is { } rw)
            {
                // "the previous Friday" counts from the day the story is on, not from the publication date.
                var dow = _t[k].Lex!.Value % 7;
                var step = back ? ((int)rw.DayOfWeek - dow + 7) % 7 : (dow - (int)rw.DayOfWeek + 7) % 7;
                if (step == 0) step = 7;
                var wd = rw.AddDays(back ? -step : step);
                return new Hit(first, k, TimexType.Date, TimeCalendar.Day(wd)) { Tf = true, RefDay = wd };
            }

            // "this Friday" written on a Thursday is tomorrow whatever the tense ("the meeting this Friday was called
            // off"): a day later in the publication week is never a past one.
            var later = det == "this" && _dct is { } pub && _t[k].Lex!.Value > ((int)pub.DayOfWeek + 6) % 7 + 1;
            var h = WeekdayAt(k, k, back ? -1 : fwd || later ? 1 : 0);
            return h is null ? null : h with { First = first };
        }

        if (lk == LexKind.Month && !withThe && _t[k].Cap && _dct is { } am && det is "last" or "next" or "this")
        {
            // "last Oct. 23": that day in the past (or, after "next", the future), not the month alone.
            var dom = k + 1 < _n ? _t[k + 1].Num : 0;
            if (det is "last" or "next" && (Kind(k + 1, TokKind.Number) && !_t[k + 1].Grouped && _t[k + 1].Digits <= 2 || Kind(k + 1, TokKind.OrdinalNumber))
                && dom >= 1 && dom <= DateTime.DaysInMonth(am.Year, _t[k].Lex!.Value))
            {
                var mo = _t[k].Lex!.Value;
                var cand = new DateOnly(am.Year, mo, dom);
                if (det == "last" && cand >= am) cand = new DateOnly(am.Year - 1, mo, Math.Min(dom, DateTime.DaysInMonth(am.Year - 1, mo)));
                if (det == "next" && cand <= am) cand = new DateOnly(am.Year + 1, mo, Math.Min(dom, DateTime.DaysInMonth(am.Year + 1, mo)));
                return new Hit(first, k + 1, TimexType.Date, TimeCalendar.Day(cand)) { Tf = true, RefDay = cand };
            }

            var m = _t[k].Lex!.Value;
            var y = det == "last" ? (m < am.Month ? am.Year : am.Year - 1) : det == "next" ? (m > am.Month ? am.Year : am.Year + 1) : am.Year;
            return new Hit(first, k, TimexType.Date, TimeCalendar.Month(y, m)) { Tf = true };
        }

        if (lk == LexKind.Season && !withThe && det is "last" or "next" or "this")
            return SeasonAt(first, k, det == "last" ? -1 : det == "next" ? 1 : 0);

        if (lk == LexKind.PartOfDay && !_t[k].Lex!.Plural && !withThe)
        {
            var code = PartCodes[_t[k].Lex!.Value];
            if (det == "this") return Rel(first, k, TimexType.Time, TimeUnit.Day, 0, code);
            if (det == "last" && _t[k].Lex!.Value == 4) return Rel(first, k, TimexType.Time, TimeUnit.Day, -1, code);
            if (det == "that" && _ref is { } r) return new Hit(first, k, TimexType.Time, TimeCalendar.Day(r) + code) { Tf = true, RefDay = r };
            return null;
        }

        if (lk == LexKind.PartOfDay && !_t[k].Lex!.Plural && withThe && det is "next" or "following" && (_ref ?? _dct) is { } rd)
        {
            var next = rd.AddDays(1);
            return new Hit(first, k, TimexType.Time, TimeCalendar.Day(next) + PartCodes[_t[k].Lex!.Value]) { Tf = true, RefDay = next };
        }

        if (lk == LexKind.Unit && !_t[k].Lex!.Plural)
        {
            var u = _t[k].Lex!.Unit;
            if (u == TimeUnit.Weekend) return Weekend(first, k, det);
            if (det == "last" && u == TimeUnit.Week && WeekOfMonth(first, k, 0) is { } lastWeek) return lastWeek;
            if (Hyphened(k)) return null;
            if (Is(k + 1, "old") || Is(k + 1, "olds")) return null;
            if (det == "that")
            {
                if (PeriodRef(u) is not { } r || u is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second) return null;
                return Rel(first, k, TimexType.Date, u, 0, null, r);
            }

            if (u is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
                return withThe && back ? Span1(first, k, u, -1) : null;
            if (det == "the")
            {
                // Bare "the week/month/year/quarter": the current one, except quarters, which in reporting refer to the last complete one.
                // "the year ended March 31" is a twelve-month period, as is "throughout the year"; "for the year" alone is this year.
                if (EndedPeriod(first, k, u) is { } ended) return ended;
                if (u == TimeUnit.Decade && first > 0 && (Is(first - 1, "during") || Is(first - 1, "throughout") || W(first - 1, "over")))
                    return new Hit(first, k, TimexType.Duration, "P10Y") { Gran = Granularity.Decade };
                // "during the year" alone is the year in question, like "in the year".
                if (u == TimeUnit.Year && (Is(k + 1, "ended") || Is(k + 1, "ending") || Is(k + 1, "to") && !Is(first - 1, "of") && EndOfStretch(k) is not null || first > 0 && (Is(first - 1, "throughout") || W(first - 1, "over"))))
                    return new Hit(first, k, TimexType.Duration, "P1Y") { Gran = Granularity.Year };
                return u switch
                {
                    TimeUnit.Year => Rel(first, k, TimexType.Date, u, ResultsYear(first, k)),
                    TimeUnit.Week or TimeUnit.Month => Rel(first, k, TimexType.Date, u, 0),
                    // "will declare the loans non-performing at the end of the quarter": a clause that looks ahead means the
                    // current one, unless it forecasts or reports a quarter's results ("analysts expect 35 cents for the
                    // quarter", "will report results for the quarter on Tuesday", "the quarter ended Feb 28").
                    TimeUnit.Quarter => Rel(first, k, TimexType.Date, u, Future(first, k) && !Is(k + 1, "ended") && !Is(k + 1, "ending") && !SentenceAny(first, i => LowerWordIn(i, ReportedWords)) ? 0 : -1),
                    TimeUnit.Decade => Rel(first, k, TimexType.Date, u, 0),
                    _ => null,
                };
            }

            if (u == TimeUnit.Year && det is "this" or "last" or "next" && P(k + 1, '\'') && Is(k + 2, "s") && K(k + 3) == LexKind.Ordinal && W(k + 4, "quarter") && _dct is { } ay)
                return QuarterAt(first, k + 3, ay.Year + (det == "last" ? -1 : det == "next" ? 1 : 0));
            if (det is "this" or "current") return u == TimeUnit.Day ? null : Rel(first, k, TimexType.Date, u, 0);
            if (det == "latest") return u == TimeUnit.Quarter ? Rel(first, k, TimexType.Date, u, -1) : u == TimeUnit.Year ? Rel(first, k, TimexType.Date, u, -1) : null;
            if (u == TimeUnit.Day)
            {
                if (!withThe) return null;
                if (det is "next" or "following") return _ref is { } r1 ? Rel(first, k, TimexType.Date, u, 1, null, r1) : null;
                if (det is "previous") return _ref is { } r2 ? Rel(first, k, TimexType.Date, u, -1, null, r2) : null;
                if (back) return Span1(first, k, u, -1);
                return null;
            }

            if (det is "following" or "previous" && withThe) return Rel(first, k, TimexType.Date, u, det == "following" ? 1 : -1, null, PeriodRef(u) ?? _dct);
            if (back && (withThe || det == "past")) return Span1(first, k, u, -1);
            // "over the next decade" is the coming ten years, as "the past decade" is the last ten; "early in the next
            // decade" is the next decade on the calendar.
            if (fwd && withThe && u == TimeUnit.Decade && first > 0 && (Is(first - 1, "for") || Is(first - 1, "over") || Is(first - 1, "during") || Is(first - 1, "within") || Is(first - 1, "throughout"))) return new Hit(first, k, TimexType.Duration, "P10Y") { Tf = true, Gran = Granularity.Decade };
            if (back) return Rel(first, k, TimexType.Date, u, -1);
            if (fwd) return Rel(first, k, TimexType.Date, u, 1);
            return null;
        }

        if (lk == LexKind.Unit && _t[k].Lex!.Plural)
        {
            var u = _t[k].Lex!.Unit;
            if (det is "coming" or "upcoming" && u >= TimeUnit.Day) return Vague(first, k, "FUTURE_REF");
            if (det == "recent") return null;
            var v = DurationValue("X", u);
            if (v is null || !(back || fwd)) return null;
            return new Hit(first, k, TimexType.Duration, v) { Tf = true };
        }

        if (det is "the" || !(back || fwd)) return null;
        if (!Quantity(k, out var q, out var qk)) return null;
        if (W(k, "a") || W(k, "an")) return null;
        if (K(qk) != LexKind.Unit) return null;
        var unit = _t[qk].Lex!.Unit;
        var dv = DurationValue(q, unit);
        if (dv is null) return null;
        var hit = new Hit(first, qk, TimexType.Duration, dv) { Tf = true, Gran = TimeCalendar.GranularityOf(unit) };
        if (Is(qk + 1, "or") && Is(qk + 2, "so")) hit = hit with { Last = qk + 2, Mod = "APPROX" };
        if (q != "X" && _dct is { } a && det is not "following" and not "previous")
        {
            var n = (int)Math.Round(double.Parse(q, Inv));
            hit = back
                ? hit with { Earliest = TimeCalendar.Add(a, unit, -n), Latest = a }
                : hit with { Earliest = a, Latest = TimeCalendar.Add(a, unit, n) };
        }

        return hit;
    }

    private bool AllCaps(int k)
    {
        foreach (var c in Span(k))
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    private Hit Span1(int first, int last, TimeUnit u, int n)
    {
        var hit = new Hit(first, last, TimexType.Duration, DurationValue("1", u) ?? "PX") { Tf = true, Gran = TimeCalendar.GranularityOf(u) };
        return _dct is { } a ? hit with { Earliest = TimeCalendar.Add(a, u, n), Latest = a } : hit with { Anchored = false };
    }

    private Hit Weekend(int first, int last, string det)
    {
        if (_dct is not { } a) return new Hit(first, last, TimexType.Date, "XXXX-WXX-WE") { Tf = true, Anchored = false };
        var fut = det is "next" or "coming" or "upcoming" || det is not "last" and not "past" and not "previous" && Future(first, last);
        var cur = (int)a.DayOfWeek;
        DateOnly sat;
        if (fut) sat = a.AddDays((6 - cur + 7) % 7);
        else sat = cur == 0 ? a.AddDays(-1) : a.AddDays(-((cur + 1) % 7));
        if (det == "last" && cur is 0 or 6) sat = sat.AddDays(-7);
        // "two debut this Sunday, another next weekend": "next weekend" is the one after the coming one (on a Sunday,
        // the coming one is already next week's).
        if (det == "next" && cur is >= 1 and <= 6) sat = sat.AddDays(7);
        return new Hit(first, last, TimexType.Date, TimeCalendar.Week(sat) + "-WE") { Tf = true, Earliest = sat, Latest = sat.AddDays(1), Gran = Granularity.Week };
    }
}
