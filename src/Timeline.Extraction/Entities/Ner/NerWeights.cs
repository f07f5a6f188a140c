namespace Timeline.Extraction;

/// <summary>
/// Quantised weights of one pass: 16-bit emission weights, <see cref="NerTags.Count"/> per feature bucket, and 32-bit
/// transition weights on the same scale (row 0 = sentence start, row p+1 = previous tag p).
/// </summary>
internal sealed class NerWeights(int bits, short[] emit, int[] transitions)
{
    public const int TransitionRows = NerTags.Count + 1;

    public int Bits => bits;

    public short[] Emit => emit;

    public int[] Transitions => transitions;

    public void Score(SentenceFeatures features, SentenceFeatures? extra, Span<int> scores)
    {
        scores.Clear();
        var n = features.Length;
        for (var i = 0; i < n; i++)
        {
            var row = scores.Slice(i * NerTags.Count, NerTags.Count);
            Accumulate(features.Of(i), row);
            if (extra is { } x) Accumulate(x.Of(i), row);
        }
    }

    /// <summary>Adds the weights of <paramref name="features"/> to existing scores (n × tags).</summary>
    public void AddScores(SentenceFeatures features, Span<int> scores)
    {
        for (var i = 0; i < features.Length; i++) Accumulate(features.Of(i), scores.Slice(i * NerTags.Count, NerTags.Count));
    }

    private void Accumulate(ReadOnlySpan<int> ids, Span<int> row)
    {
        var e = emit;
        int s0 = row[0], s1 = row[1], s2 = row[2], s3 = row[3], s4 = row[4], s5 = row[5], s6 = row[6], s7 = row[7], s8 = row[8];
        foreach (var f in ids)
        {
            var b = f * NerTags.Count;
            var w = e.AsSpan(b, NerTags.Count);
            s0 += w[0];
            s1 += w[1];
            s2 += w[2];
            s3 += w[3];
            s4 += w[4];
            s5 += w[5];
            s6 += w[6];
            s7 += w[7];
            s8 += w[8];
        }

        row[0] = s0;
        row[1] = s1;
        row[2] = s2;
        row[3] = s3;
        row[4] = s4;
        row[5] = s5;
        row[6] = s6;
        row[7] = s7;
        row[8] = s8;
    }

    public int[] Tag(SentenceFeatures features, SentenceFeatures? extra)
    {
        var n = features.Length;
        var tags = new int[n];
        if (n == 0) return tags;
        var scores = n * NerTags.Count <= 4096 ? stackalloc int[n * NerTags.Count] : new int[n * NerTags.Count];
        Score(features, extra, scores);
        Viterbi.Decode(scores, transitions, tags);
        return tags;
    }

    /// <summary>Rounds averaged float weights to 16 bits with one scale for emissions and transitions.</summary>
    public static NerWeights Quantise(int bits, float[] emit, float[] transitions)
    {
        var max = 1e-6f;
        foreach (var v in emit) max = Math.Max(max, Math.Abs(v));
        var scale = 32000f / max;
        var q = new short[emit.Length];
        for (var i = 0; i < emit.Length; i++) q[i] = (short)Math.Round(emit[i] * scale, MidpointRounding.ToEven);
        var t = new int[transitions.Length];
        for (var i = 0; i < transitions.Length; i++) t[i] = (int)Math.Round(transitions[i] * scale, MidpointRounding.ToEven);
        return new NerWeights(bits, q, t);
    }
}

/// <summary>Best tag sequence under BIO constraints: I-X only after B-X or I-X, never first.</summary>
internal static class Viterbi
{
    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>For each tag, the previous tags allowed before it, ascending (I-X has two; the rest have all).</summary>
    private static readonly int[][] Predecessors = [.. Enumerable.Range(0, NerTags.Count)
        .Select(t => Enumerable.Range(0, NerTags.Count).Where(p => Allowed[((p + 1) * NerTags.Count) + t]).ToArray())];

    private static bool[] BuildAllowed()
    {
        var a = new bool[NerWeights.TransitionRows * NerTags.Count];
        for (var p = -1; p < NerTags.Count; p++)
        {
            for (var t = 0; t < NerTags.Count; t++) a[((p + 1) * NerTags.Count) + t] = NerTags.Allowed(p, t);
        }

        return a;
    }

    /// <summary>Fills <paramref name="best"/> from emission scores (n × tags) and transitions (start row, then one row per previous tag).</summary>
    public static void Decode(ReadOnlySpan<int> emit, ReadOnlySpan<int> transitions, Span<int> best)
    {
        const int K = NerTags.Count;
        const long NegInf = long.MinValue / 4;
        var n = best.Length;
        if (n == 0) return;
        var back = n * K <= 4096 ? stackalloc byte[n * K] : new byte[n * K];
        Span<long> prev = stackalloc long[K];
        Span<long> cur = stackalloc long[K];
        for (var t = 0; t < K; t++) prev[t] = Allowed[t] ? emit[t] + (long)transitions[t] : NegInf;
        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < K; t++)
            {
                var bestScore = NegInf;
                var arg = 0;
                foreach (var p in Predecessors[t])
                {
                    if (prev[p] == NegInf) continue;
                    var s = prev[p] + transitions[((p + 1) * K) + t];
                    if (s > bestScore)
                    {
                        bestScore = s;
                        arg = p;
                    }
                }

                cur[t] = bestScore == NegInf ? NegInf : bestScore + emit[(i * K) + t];
                back[(i * K) + t] = (byte)arg;
            }

            cur.CopyTo(prev);
        }

        var last = 0;
        for (var t = 1; t < K; t++)
        {
            if (prev[t] > prev[last]) last = t;
        }

        best[n - 1] = last;
        for (var i = n - 1; i > 0; i--) best[i - 1] = back[(i * K) + best[i]];
    }
}
