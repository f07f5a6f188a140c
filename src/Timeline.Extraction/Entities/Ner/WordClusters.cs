using System.Globalization;

namespace Timeline.Extraction;

/// <summary>
/// Brown-like word classes learned from unlabeled text, cheaply: each frequent (lower-cased) word is described by the
/// positive PMI of its left and right neighbours, randomly projected to a few dimensions, and clustered with spherical
/// k-means; the centroids are clustered again twice, giving a three-level hierarchy (fine, mid, coarse) that the
/// tagger uses like Brown-cluster prefixes. Seeded and single-threaded: the same text gives the same classes.
/// </summary>
internal static class WordClusters
{
    public const int Fine = 512, Mid = 64, Coarse = 8;

    public static uint Pack(int fine, int mid, int coarse) => (uint)(fine | (mid << 10) | (coarse << 20));

    public static (int Fine, int Mid, int Coarse) Unpack(uint packed) => ((int)(packed & 0x3FF), (int)((packed >> 10) & 0x3FF), (int)(packed >> 20));

    public static string Fold(string word)
    {
        var chars = NerResources.Normalise(word).ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = char.IsAsciiDigit(chars[i]) ? '0' : char.ToLowerInvariant(chars[i]);
        return new string(chars);
    }

    /// <summary>Word (by <see cref="FeatureHash.Lower"/>) → packed cluster ids.</summary>
    public static Dictionary<ulong, uint> Build(IReadOnlyList<IReadOnlyList<string>> sentences, ulong seed, TextWriter log, int vocabulary = 30000, int contexts = 600, int minCount = 4)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var folded = new List<string[]>(sentences.Count);
        foreach (var s in sentences)
        {
            var f = new string[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                f[i] = Fold(s[i]);
                counts[f[i]] = counts.GetValueOrDefault(f[i]) + 1;
            }

            folded.Add(f);
        }

        var ranked = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var vocab = ranked.Take(vocabulary).ToArray();
        if (vocab.Length == 0) return [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocab.Length; i++) index[vocab[i]] = i;
        var c = Math.Min(contexts, vocab.Length);
        var side = c + 2; // c context words, "rare", "boundary"
        var width = 2 * side;
        var cooc = new float[vocab.Length * width];
        foreach (var f in folded)
        {
            for (var i = 0; i < f.Length; i++)
            {
                if (!index.TryGetValue(f[i], out var w)) continue;
                var left = i == 0 ? c + 1 : Context(f[i - 1]);
                var right = i + 1 == f.Length ? c + 1 : Context(f[i + 1]);
                cooc[(w * width) + left]++;
                cooc[(w * width) + side + right]++;
            }
        }

        int Context(string word) => index.TryGetValue(word, out var k) && k < c ? k : c;

        // Positive PMI per side.
        var colSum = new double[width];
        var rowSum = new double[vocab.Length];
        double total = 0;
        for (var w = 0; w < vocab.Length; w++)
        {
            for (var j = 0; j < width; j++)
            {
                var v = cooc[(w * width) + j];
                colSum[j] += v;
                rowSum[w] += v;
                total += v;
            }
        }

        // Sparse positive-PMI rows, unit length.
        var rowStart = new int[vocab.Length + 1];
        var cols = new List<int>();
        var vals = new List<float>();
        for (var w = 0; w < vocab.Length; w++)
        {
            rowStart[w] = cols.Count;
            double norm = 0;
            for (var j = 0; j < width; j++)
            {
                var n = cooc[(w * width) + j];
                if (n == 0) continue;
                var pmi = Math.Log(n * total / (rowSum[w] * colSum[j]));
                if (pmi <= 0) continue;
                cols.Add(j);
                vals.Add((float)pmi);
                norm += pmi * pmi;
            }

            var inv = norm == 0 ? 0f : (float)(1 / Math.Sqrt(norm));
            for (var k = rowStart[w]; k < cols.Count; k++) vals[k] *= inv;
        }

        rowStart[vocab.Length] = cols.Count;
        var rng = new SplitMix64(seed);
        var fine = SparseKMeans(rowStart, [.. cols], [.. vals], width, Fine, 10, rng, out var fineCentroids);
        var mid = KMeans(fineCentroids, width, fineCentroids.Length / width, Mid, 10, rng, out var midCentroids);
        var coarse = KMeans(midCentroids, width, midCentroids.Length / width, Coarse, 10, rng, out _);
        var result = new Dictionary<ulong, uint>();
        for (var w = 0; w < vocab.Length; w++)
        {
            var f = fine[w];
            result[FeatureHash.Lower(vocab[w])] = Pack(f, mid[f], coarse[mid[f]]);
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clusters: {vocab.Length} words from {sentences.Count} sentences into {Fine}/{Mid}/{Coarse} classes"));
        return result;
    }

    /// <summary>
    /// Spherical k-means over sparse unit rows. Centroids are stored transposed (feature × cluster) so one sparse row
    /// scores every cluster with lane-wise vector adds, which give the same sums at any vector width.
    /// </summary>
    private static int[] SparseKMeans(int[] rowStart, int[] cols, float[] vals, int width, int k, int iterations, SplitMix64 rng, out float[] centroids)
    {
        var count = rowStart.Length - 1;
        k = Math.Min(k, count);
        var ct = new float[width * k];
        var chosen = new HashSet<int>();
        for (var j = 0; j < k; j++)
        {
            int pick;
            do pick = (int)(rng.Next() % (ulong)count);
            while (!chosen.Add(pick));
            for (var z = rowStart[pick]; z < rowStart[pick + 1]; z++) ct[(cols[z] * k) + j] = vals[z];
        }

        var assign = new int[count];
        var scores = new float[k];
        for (var iter = 0; iter < iterations; iter++)
        {
            for (var w = 0; w < count; w++)
            {
                Array.Clear(scores);
                var acc = scores.AsSpan();
                for (var z = rowStart[w]; z < rowStart[w + 1]; z++)
                {
                    var row = ct.AsSpan(cols[z] * k, k);
                    var v = new System.Numerics.Vector<float>(vals[z]);
                    var lanes = System.Numerics.Vector<float>.Count;
                    var d = 0;
                    for (; d + lanes <= k; d += lanes)
                    {
                        var a = new System.Numerics.Vector<float>(acc[d..]);
                        (a + (v * new System.Numerics.Vector<float>(row[d..]))).CopyTo(acc[d..]);
                    }

                    for (; d < k; d++) acc[d] += vals[z] * row[d];
                }

                var best = 0;
                for (var j = 1; j < k; j++)
                {
                    if (scores[j] > scores[best]) best = j;
                }

                assign[w] = best;
            }

            var sums = new float[width * k];
            var sizes = new int[k];
            for (var w = 0; w < count; w++)
            {
                sizes[assign[w]]++;
                for (var z = rowStart[w]; z < rowStart[w + 1]; z++) sums[(cols[z] * k) + assign[w]] += vals[z];
            }

            var norms = new double[k];
            for (var i = 0; i < sums.Length; i++) norms[i % k] += sums[i] * sums[i];
            for (var i = 0; i < sums.Length; i++)
            {
                var j = i % k;
                if (sizes[j] > 0) ct[i] = norms[j] == 0 ? 0 : (float)(sums[i] / Math.Sqrt(norms[j]));
            }
        }

        centroids = new float[k * width];
        for (var f = 0; f < width; f++)
        {
            for (var j = 0; j < k; j++) centroids[(j * width) + f] = ct[(f * k) + j];
        }

        return assign;
    }

    private static int[] KMeans(float[] vectors, int dimensions, int count, int k, int iterations, SplitMix64 rng, out float[] centroids)
    {
        k = Math.Min(k, count);
        centroids = new float[k * dimensions];
        var chosen = new HashSet<int>();
        for (var i = 0; i < k; i++)
        {
            int pick;
            do pick = (int)(rng.Next() % (ulong)count);
            while (!chosen.Add(pick));
            vectors.AsSpan(pick * dimensions, dimensions).CopyTo(centroids.AsSpan(i * dimensions, dimensions));
        }

        var assign = new int[count];
        for (var iter = 0; iter < iterations; iter++)
        {
            for (var w = 0; w < count; w++)
            {
                var v = vectors.AsSpan(w * dimensions, dimensions);
                var best = 0;
                var bestDot = float.NegativeInfinity;
                for (var j = 0; j < k; j++)
                {
                    var dot = Dot(v, centroids.AsSpan(j * dimensions, dimensions));
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = j;
                    }
                }

                assign[w] = best;
            }

            var sums = new float[k * dimensions];
            var sizes = new int[k];
            for (var w = 0; w < count; w++)
            {
                sizes[assign[w]]++;
                var s = sums.AsSpan(assign[w] * dimensions, dimensions);
                var v = vectors.AsSpan(w * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++) s[d] += v[d];
            }

            for (var j = 0; j < k; j++)
            {
                if (sizes[j] == 0) continue;
                var s = sums.AsSpan(j * dimensions, dimensions);
                Normalise(s);
                s.CopyTo(centroids.AsSpan(j * dimensions, dimensions));
            }
        }

        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var d = 0;
        for (; d + 4 <= a.Length; d += 4)
        {
            s0 += a[d] * b[d];
            s1 += a[d + 1] * b[d + 1];
            s2 += a[d + 2] * b[d + 2];
            s3 += a[d + 3] * b[d + 3];
        }

        for (; d < a.Length; d++) s0 += a[d] * b[d];
        return (s0 + s1) + (s2 + s3);
    }

    private static void Normalise(Span<float> v)
    {
        double norm = 0;
        foreach (var x in v) norm += x * x;
        if (norm == 0) return;
        var inv = (float)(1 / Math.Sqrt(norm));
        for (var d = 0; d < v.Length; d++) v[d] *= inv;
    }
}
