using System.Collections.Immutable;

namespace Timeline.Extraction;

/// <summary>Precision, recall and F1 of one measure.</summary>
public readonly record struct Prf(double Precision, double Recall, double F1)
{
    /// <summary>From counts of correct items, system items and gold items.</summary>
    public static Prf From(int correct, int system, int gold)
    {
        var p = system == 0 ? 0 : (double)correct / system;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>TempEval-3 task A scores for temporal expressions.</summary>
public sealed record TimeMlScores(int Documents, int Gold, int System, int StrictMatches, int RelaxedMatches, int ValueCorrect, int TypeCorrect)
{
    /// <summary>Exact-span scores.</summary>
    public Prf Strict => Prf.From(StrictMatches, System, Gold);

    /// <summary>Overlapping-span scores.</summary>
    public Prf Relaxed => Prf.From(RelaxedMatches, System, Gold);

    /// <summary>Value attribute: correct values over relaxed matches, folded into P/R/F1.</summary>
    public Prf Value => Prf.From(ValueCorrect, System, Gold);

    /// <summary>Type attribute, folded the same way.</summary>
    public Prf Type => Prf.From(TypeCorrect, System, Gold);

    /// <summary>Value accuracy over relaxed matches.</summary>
    public double ValueAccuracy => RelaxedMatches == 0 ? 0 : (double)ValueCorrect / RelaxedMatches;

    /// <summary>Sum of two score sets.</summary>
    public static TimeMlScores operator +(TimeMlScores a, TimeMlScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new TimeMlScores(a.Documents + b.Documents, a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches,
            a.RelaxedMatches + b.RelaxedMatches, a.ValueCorrect + b.ValueCorrect, a.TypeCorrect + b.TypeCorrect);
    }

    /// <summary>No documents scored.</summary>
    public static TimeMlScores Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Named alternative to the + operator.</summary>
    public static TimeMlScores Add(TimeMlScores a, TimeMlScores b) => a + b;
}

/// <summary>Scores system TIMEX3 against gold as TempEval-3 did (strict and relaxed spans; value and type over relaxed matches).</summary>
public static class TimeMlEvaluator
{
    /// <summary>Scores one document pair; throws <see cref="TimeMlFormatException"/> when the texts differ.</summary>
    public static TimeMlScores Score(TimeMlDocument gold, TimeMlDocument system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        if (!string.Equals(gold.Text, system.Text, StringComparison.Ordinal))
            throw new TimeMlFormatException($"{system.Name}: text differs from the gold text (at offset {FirstDifference(gold.Text, system.Text)})");
        return Score(gold.Timexes, system.Timexes);
    }

    /// <summary>Scores two lists of TIMEX3 over the same text.</summary>
    public static TimeMlScores Score(ImmutableArray<TimeMlTimex> gold, ImmutableArray<TimeMlTimex> system)
    {
        var g = gold.OrderBy(t => t.Span.Start).ThenBy(t => t.Span.End).ToArray();
        var s = system.OrderBy(t => t.Span.Start).ThenBy(t => t.Span.End).ToArray();
        var used = new bool[s.Length];
        int strict = 0, relaxed = 0, value = 0, type = 0;
        foreach (var gt in g)
        {
            // One-to-one: the first unused system expression overlapping the gold one, preferring an exact match.
            var pick = -1;
            for (var k = 0; k < s.Length; k++)
            {
                if (used[k] || !s[k].Span.Overlaps(gt.Span)) continue;
                if (s[k].Span == gt.Span)
                {
                    pick = k;
                    break;
                }

                if (pick < 0) pick = k;
            }

            if (pick < 0) continue;
            used[pick] = true;
            relaxed++;
            if (s[pick].Span == gt.Span) strict++;
            if (string.Equals(s[pick].Value, gt.Value, StringComparison.Ordinal)) value++;
            if (string.Equals(s[pick].Type, gt.Type, StringComparison.Ordinal)) type++;
        }

        return new TimeMlScores(1, g.Length, s.Length, strict, relaxed, value, type);
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i]) return i;
        }

        return n;
    }
}
