using System.Globalization;
using System.Text;

namespace Timeline.Extraction;

/// <summary>Precision, recall and F1 of one entity type (or all), with the counts behind them.</summary>
internal readonly record struct SpanCounts(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Span-level scores with conlleval semantics: a name counts only when its type and both boundaries match.</summary>
internal sealed class SpanScore
{
    private readonly int[] correct = new int[NerTags.Types.Length];
    private readonly int[] predicted = new int[NerTags.Types.Length];
    private readonly int[] gold = new int[NerTags.Types.Length];

    public int Tokens { get; private set; }

    public int CorrectTokens { get; private set; }

    public SpanCounts Overall => new(correct.Sum(), predicted.Sum(), gold.Sum());

    public SpanCounts For(int type) => new(correct[type], predicted[type], gold[type]);

    public double TokenAccuracy => Tokens == 0 ? 0 : (double)CorrectTokens / Tokens;

    /// <summary>Adds one sentence's gold and predicted tags (either may be IOB1 or BIO).</summary>
    public void Add(ReadOnlySpan<int> goldTags, ReadOnlySpan<int> predictedTags)
    {
        if (goldTags.Length != predictedTags.Length) throw new ArgumentException("gold and predicted lengths differ");
        var g = NerTags.Spans(goldTags);
        var p = NerTags.Spans(predictedTags);
        foreach (var s in g) gold[s.Type]++;
        foreach (var s in p) predicted[s.Type]++;
        var goldSet = new HashSet<(int, int, int)>(g);
        foreach (var s in p)
        {
            if (goldSet.Contains(s)) correct[s.Type]++;
        }

        Tokens += goldTags.Length;
        for (var i = 0; i < goldTags.Length; i++)
        {
            if (goldTags[i] == predictedTags[i]) CorrectTokens++;
        }
    }

    /// <summary>A conlleval-like table: overall then one line per type.</summary>
    public string Report()
    {
        var sb = new StringBuilder();
        var o = Overall;
        sb.Append(CultureInfo.InvariantCulture, $"tokens {Tokens}, names gold {o.Gold}, predicted {o.Predicted}, correct {o.Correct}; token accuracy {TokenAccuracy:P2}\n");
        sb.Append(CultureInfo.InvariantCulture, $"overall  P {o.Precision:F4}  R {o.Recall:F4}  F1 {o.F1:F4}\n");
        for (var t = 0; t < NerTags.Types.Length; t++)
        {
            var c = For(t);
            sb.Append(CultureInfo.InvariantCulture, $"{NerTags.Types[t],-8} P {c.Precision:F4}  R {c.Recall:F4}  F1 {c.F1:F4}  ({c.Gold} gold, {c.Predicted} predicted)\n");
        }

        return sb.ToString();
    }
}
