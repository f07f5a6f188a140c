namespace Timeline.Extraction;

/// <summary>Shapes of tokens the temporal matcher distinguishes.</summary>
internal enum TokKind : byte
{
    Word,
    Number,
    Decade,
    OrdinalNumber,
    Clock,
    IsoDate,
    SlashDate,
    AmPm,
    Punct,
}

/// <summary>A token of the temporal scanner. Attached hyphens are dropped, so "third-quarter" reads as two words.</summary>
internal struct TTok
{
    public int Start;
    public int End;
    public TokKind Kind;
    public Lex? Lex;

    /// <summary>Numeric value: the number, decade start year, ordinal, minutes since midnight for clocks (hour*60+min).</summary>
    public int Num;

    public bool Cap;
    public bool Grouped;
    public byte Digits;
    public char P;

    /// <summary>Year, month, day of an ISO or slash date, packed into <see cref="Num"/> as yyyymmdd.</summary>
    public readonly int Y => Num / 10000;

    public readonly int M => Num / 100 % 100;

    public readonly int D => Num % 100;

    public readonly bool Is(string w) => Lex is not null && ReferenceEquals(Lex.Word, w) || Lex is not null && Lex.Word == w;

    public readonly LexKind LK => Lex?.Kind ?? LexKind.None;
}

/// <summary>A growable token array; the matcher indexes <see cref="Items"/> directly.</summary>
internal sealed class TokenBuffer(int capacity)
{
    public TTok[] Items { get; private set; } = new TTok[Math.Max(16, capacity)];

    public int Count { get; private set; }

    public ref TTok Last => ref Items[Count - 1];

    public void Add(in TTok t)
    {
        if (Count == Items.Length)
        {
            var bigger = new TTok[Items.Length * 2];
            Array.Copy(Items, bigger, Count);
            Items = bigger;
        }

        Items[Count++] = t;
    }
}

/// <summary>Splits text into <see cref="TTok"/>s with a single forward pass and no regular expressions.</summary>
internal static class TimeScanner
{
    public static TokenBuffer Scan(string text, int start, int end)
    {
        var toks = new TokenBuffer((end - start) / 6);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i, end, toks);
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end, toks);
                continue;
            }

            if (c == '-' && i > start && i + 1 < end && !char.IsWhiteSpace(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) && text[i - 1] != '-')
            {
                i++;
                continue;
            }

            var j = i + 1;
            if (c is '-' or '.') while (j < end && text[j] == c) j++;
            toks.Add(new TTok { Start = i, End = j, Kind = TokKind.Punct, P = j - i > 1 ? '~' : c });
            i = j;
        }

        return toks;
    }

    /// <summary>
    /// The end of "am", "a.m" or "PM" starting at <paramref name="p"/> (just past the "m"), or -1 when there is none or it
    /// starts a longer word ("amid").
    /// </summary>
    private static int AmPmEnd(string text, int p, int end)
    {
        if (p >= end || text[p] is not ('a' or 'p' or 'A' or 'P')) return -1;
        var j = p + 1;
        if (j < end && text[j] == '.') j++;
        return j < end && text[j] is 'm' or 'M' && (j + 1 >= end || !char.IsLetter(text[j + 1])) ? j + 1 : -1;
    }

    private static int ScanWord(string text, int i, int end, TokenBuffer toks)
    {
        var c = text[i];
        // "a.m." / "p.m." / "am" / "pm" after a number: one token.
        if (toks.Count > 0 && toks.Last.Kind is TokKind.Number or TokKind.Clock && toks.Last.End >= i - 1)
        {
            var j = AmPmEnd(text, i, end);
            if (j > 0)
            {
                if (j < end && text[j] == '.' && IncludeTrailingPeriod(text, j, end)) j++;
                toks.Add(new TTok { Start = i, End = j, Kind = TokKind.AmPm, Num = c is 'p' or 'P' ? 12 : 0 });
                return j;
            }
        }

        var k = i;
        while (k < end && (char.IsLetter(text[k]) || text[k] == '\u0301')) k++;
        var span = text.AsSpan(i, k - i);
        TimeLexicon.Lookup.TryGetValue(span, out var lex);
        var tok = new TTok { Start = i, End = k, Kind = TokKind.Word, Lex = lex, Cap = char.IsUpper(c) };
        if (lex is not null && lex.Kind == LexKind.Month && lex.Word.Length <= 4 && lex.Word is not ("june" or "july" or "may") && k < end && text[k] == '.')
        {
            // "Sept." keeps its period, at the end of a sentence too (one period serves both); "May." is a full name and
            // its period ends the sentence.
            tok.End = k + 1;
            k++;
        }

        toks.Add(tok);
        return k;
    }

    private static bool IncludeTrailingPeriod(string text, int j, int end)
    {
        var n = j + 1;
        while (n < end && text[n] == ' ') n++;
        return n >= end ? false : !(char.IsUpper(text[n]) || text[n] == '\n' || text[n] == '\r');
    }

    private static int ScanNumber(string text, int i, int end, TokenBuffer toks)
    {
        var j = i;
        var value = 0L;
        while (j < end && char.IsAsciiDigit(text[j]))
        {
            value = Math.Min(value * 10 + (text[j] - '0'), 100_000_000);
            j++;
        }

        var digits = j - i;
        // ISO date 2023-11-06
        if (digits == 4 && j + 5 < end + 0 && j + 6 <= end && text[j] == '-' && Two(text, j + 1) is int mo && text[j + 3] == '-' && Two(text, j + 4) is int da
            && (j + 6 == end || !char.IsAsciiDigit(text[j + 6])) && mo is >= 1 and <= 12 && da is >= 1 and <= 31)
        {
            toks.Add(new TTok { Start = i, End = j + 6, Kind = TokKind.IsoDate, Num = (int)value * 10000 + mo * 100 + da });
            return j + 6;
        }

        // Slash date 11/06/2023 or 6/11/23
        if (digits <= 2 && j < end && text[j] == '/')
        {
            var (b, jb) = Digits(text, j + 1, end);
            if (jb - (j + 1) is 1 or 2 && jb < end && text[jb] == '/')
            {
                var (y, jy) = Digits(text, jb + 1, end);
                var yd = jy - (jb + 1);
                if (yd is 2 or 4 && (jy >= end || !char.IsLetterOrDigit(text[jy])))
                {
                    if (yd == 2) y += y < 50 ? 2000 : 1900;
                    toks.Add(new TTok { Start = i, End = jy, Kind = TokKind.SlashDate, Num = y * 10000 + (int)value * 100 + b });
                    return jy;
                }
            }
        }

        // Clock 17:21
        if (digits <= 2 && j + 2 < end + 0 && j + 3 <= end && text[j] == ':' && Two(text, j + 1) is int mins && (j + 3 >= end || !char.IsAsciiDigit(text[j + 3])) && value <= 24 && mins < 60)
        {
            toks.Add(new TTok { Start = i, End = j + 3, Kind = TokKind.Clock, Num = (int)value * 60 + mins });
            return j + 3;
        }

        // "8.37 a.m.", "10.30pm": the British clock, only before am/pm (else it is a decimal).
        if (digits <= 2 && j + 3 <= end && text[j] == '.' && Two(text, j + 1) is int dm && (j + 3 >= end || !char.IsAsciiDigit(text[j + 3])) && value is >= 1 and <= 12 && dm < 60
            && AmPmEnd(text, j + 3 < end && text[j + 3] == ' ' ? j + 4 : j + 3, end) > 0)
        {
            toks.Add(new TTok { Start = i, End = j + 3, Kind = TokKind.Clock, Num = (int)value * 60 + dm });
            return j + 3;
        }

        var grouped = false;
        while (j + 1 < end && text[j] is ',' or '.' && char.IsAsciiDigit(text[j + 1]))
        {
            grouped = true;
            j++;
            while (j < end && char.IsAsciiDigit(text[j])) j++;
        }

        if (!grouped && j < end && char.IsLetter(text[j]))
        {
            var k = j;
            while (k < end && char.IsLetter(text[k])) k++;
            var suf = text.AsSpan(j, k - j);
            if (suf.Equals("s", StringComparison.OrdinalIgnoreCase) && digits is 2 or 4)
            {
                toks.Add(new TTok { Start = i, End = k, Kind = TokKind.Decade, Num = (int)value, Digits = (byte)Math.Min(digits, 255) });
                return k;
            }

            if (suf.Equals("st", StringComparison.OrdinalIgnoreCase) || suf.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suf.Equals("rd", StringComparison.OrdinalIgnoreCase) || suf.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                toks.Add(new TTok { Start = i, End = k, Kind = TokKind.OrdinalNumber, Num = (int)value, Digits = (byte)Math.Min(digits, 255) });
                return k;
            }

            // "at 2100GMT": a 24-hour clock glued to its zone is the number then the zone, as if spaced.
            var gluedZone = digits == 4 && TimeCalendar.IsClockValue(value) && TimeLexicon.IsZone(suf);
            // "3D", "10am": treat as a word, except am/pm handled by the next scan.
            if (!gluedZone && !(suf.Equals("am", StringComparison.OrdinalIgnoreCase) || suf.Equals("pm", StringComparison.OrdinalIgnoreCase)))
            {
                toks.Add(new TTok { Start = i, End = k, Kind = TokKind.Word });
                return k;
            }
        }

        toks.Add(new TTok { Start = i, End = j, Kind = TokKind.Number, Num = (int)value, Grouped = grouped, Digits = (byte)Math.Min(digits, 255) });
        return j;
    }

    private static int? Two(string text, int p) =>
        p + 1 < text.Length && char.IsAsciiDigit(text[p]) && char.IsAsciiDigit(text[p + 1]) ? (text[p] - '0') * 10 + (text[p + 1] - '0') : null;

    private static (int Value, int End) Digits(string text, int p, int end)
    {
        var v = 0;
        var q = p;
        while (q < end && q - p < 5 && char.IsAsciiDigit(text[q]))
        {
            v = v * 10 + (text[q] - '0');
            q++;
        }

        return (v, q);
    }
}
