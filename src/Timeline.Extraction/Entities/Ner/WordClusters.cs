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
    public const int Dimensions = 64;
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

        // Positive PMI per side, then a fixed random ±1 projection.
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

        var rng = new SplitMix64(seed);
        var projection = new float[width * Dimensions];
        for (var i = 0; i < projection.Length; i++) projection[i] = (rng.Next() & 1) == 0 ? 1f : -1f;
        var vectors = new float[vocab.Length * Dimensions];
        for (var w = 0; w < vocab.Length; w++)
        {
            var v = vectors.AsSpan(w * Dimensions, Dimensions);
            for (var j = 0; j < width; j++)
            {
                var n = cooc[(w * width) + j];
                if (n == 0) continue;
                var pmi = Math.Log(n * total / (rowSum[w] * colSum[j]));
                if (pmi <= 0) continue;
                var p = projection.AsSpan(j * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++) v[d] += (float)pmi * p[d];
            }

            Normalise(v);
        }

        var fine = KMeans(vectors, vocab.Length, Fine, 8, rng, out var fineCentroids);
        var mid = KMeans(fineCentroids, Fine, Mid, 10, rng, out var midCentroids);
        var coarse = KMeans(midCentroids, Mid, Coarse, 10, rng, out _);
        var result = new Dictionary<ulong, uint>();
        for (var w = 0; w < vocab.Length; w++)
        {
            var f = fine[w];
            result[FeatureHash.Lower(vocab[w])] = Pack(f, mid[f], coarse[mid[f]]);
        }

        if (Environment.GetEnvironmentVariable("NER_DEBUG_CLUSTERS") is { } dbg)
        {
            File.WriteAllLines(dbg, vocab.Select((v, w) => $"{fine[w]}\t{mid[fine[w]]}\t{v}").OrderBy(x => x, StringComparer.Ordinal));
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"clusters: {vocab.Length} words from {sentences.Count} sentences into {Fine}/{Mid}/{Coarse} classes"));
        return result;
    }

    private static int[] KMeans(float[] vectors, int count, int k, int iterations, SplitMix64 rng, out float[] centroids)
    {
        k = Math.Min(k, count);
        centroids = new float[k * Dimensions];
        var chosen = new HashSet<int>();
        for (var i = 0; i < k; i++)
        {
            int pick;
            do pick = (int)(rng.Next() % (ulong)count);
            while (!chosen.Add(pick));
            vectors.AsSpan(pick * Dimensions, Dimensions).CopyTo(centroids.AsSpan(i * Dimensions, Dimensions));
        }

        var assign = new int[count];
        for (var iter = 0; iter < iterations; iter++)
        {
            for (var w = 0; w < count; w++)
            {
                var v = vectors.AsSpan(w * Dimensions, Dimensions);
                var best = 0;
                var bestDot = float.NegativeInfinity;
                for (var j = 0; j < k; j++)
                {
                    var dot = Dot(v, centroids.AsSpan(j * Dimensions, Dimensions));
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = j;
                    }
                }

                assign[w] = best;
            }

            var sums = new float[k * Dimensions];
            var sizes = new int[k];
            for (var w = 0; w < count; w++)
            {
                sizes[assign[w]]++;
                var s = sums.AsSpan(assign[w] * Dimensions, Dimensions);
                var v = vectors.AsSpan(w * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++) s[d] += v[d];
            }

            for (var j = 0; j < k; j++)
            {
                if (sizes[j] == 0) continue;
                var s = sums.AsSpan(j * Dimensions, Dimensions);
                Normalise(s);
                s.CopyTo(centroids.AsSpan(j * Dimensions, Dimensions));
            }
        }

        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (var d = 0; d < a.Length; d += 4)
        {
            s0 += a[d] * b[d];
            s1 += a[d + 1] * b[d + 1];
            s2 += a[d + 2] * b[d + 2];
            s3 += a[d + 3] * b[d + 3];
        }

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
