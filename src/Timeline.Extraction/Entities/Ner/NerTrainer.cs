using System.Diagnostics;
using System.Globalization;

namespace Timeline.Extraction;

/// <summary>Settings of a training run; the defaults are what the committed model was trained with.</summary>
internal sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 20;

    public int Bits { get; init; } = 20;

    public ulong Seed { get; init; } = 20231106;

    /// <summary>Gazetteer membership of a phrase; the committed model uses <see cref="Timeline.Extraction.Gazetteer.Default"/>.</summary>
    public PhraseFlags? Gazetteer { get; init; }

    /// <summary>Extra unlabeled sentences for the case profile.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Unlabeled { get; init; } = [];
}

/// <summary>
/// Trains the two-pass averaged perceptron. Pass 1 (local features) is trained on all of the training data and its
/// best epoch on the dev set is kept. The document features of pass 2 need first-pass tags of training text that
/// the first pass did not see, so two more pass-1 models are trained on alternate halves of the documents and each
/// tags the other half (the same jackknife keeps training-data names out of their own sentences' lexicon features).
/// Single-threaded and seeded: the same inputs give the same model bytes.
/// </summary>
internal sealed class NerTrainer(NerTrainingOptions options, TextWriter log)
{
    private sealed class Doc
    {
        public required IReadOnlyList<IReadOnlyList<string>> Words { get; init; }

        public required int[][] Gold { get; init; }

        public required int Fold { get; init; }

        public SentenceFeatures[] Local { get; set; } = [];

        public SentenceFeatures[] Extra { get; set; } = [];

        public int[][] FirstPass { get; set; } = [];
    }

    public NerModel Train(ConllCorpus train, ConllCorpus dev)
    {
        var clock = Stopwatch.StartNew();
        var trainDocs = ToDocs(train);
        var devDocs = ToDocs(dev);
        var bits = options.Bits;

        var clusters = WordClusters.Build([.. trainDocs.SelectMany(d => d.Words).Concat(options.Unlabeled)], options.Seed, log);
        Log($"clusters built ({clock.Elapsed.TotalSeconds:F1} s)");
        var full = BuildResources(trainDocs, null);
        var byFold = new[] { BuildResources(trainDocs, 1), BuildResources(trainDocs, 0) };
        foreach (var r in new[] { full, byFold[0], byFold[1] })
        {
            foreach (var (k, v) in clusters) r.Clusters[k] = v;
        }

        Log($"resources: {full.Lexicon.Count} lexicon entries, {full.CaseProfile.Count} case-profile words ({clock.Elapsed.TotalSeconds:F1} s)");

        var fullFeaturizer = new NerFeaturizer(full, bits);
        foreach (var d in trainDocs) d.Local = new NerFeaturizer(byFold[d.Fold], bits).Local(d.Words);
        foreach (var d in devDocs) d.Local = fullFeaturizer.Local(d.Words);
        Log($"features: {trainDocs.Sum(d => d.Local.Sum(s => s.Ids.Length))} train feature occurrences ({clock.Elapsed.TotalSeconds:F1} s)");

        // Pass 1 on everything, best epoch by dev F1.
        var (first, firstEpoch) = TrainPass("pass 1", trainDocs, false, options.Epochs, w => Evaluate(devDocs, d => Pass1(w, d)));

        // Jackknifed first-pass tags for the training documents.
        for (var fold = 0; fold < 2; fold++)
        {
            var (half, _) = TrainPass($"pass 1 fold {fold}", [.. trainDocs.Where(d => d.Fold == fold)], false, firstEpoch, null);
            foreach (var d in trainDocs.Where(d => d.Fold != fold)) d.FirstPass = Pass1(half, d);
        }

        foreach (var d in trainDocs) d.Extra = fullFeaturizer.Document(d.Words, d.FirstPass);
        foreach (var d in devDocs)
        {
            d.FirstPass = Pass1(first, d);
            d.Extra = fullFeaturizer.Document(d.Words, d.FirstPass);
        }

        var (second, _) = TrainPass("pass 2", trainDocs, true, options.Epochs, w => Evaluate(devDocs, d => Pass2(w, d)));
        Log($"trained in {clock.Elapsed.TotalSeconds:F1} s");
        return new NerModel(full, first, second);
    }

    private static int[][] Pass1(NerWeights w, Doc d) => [.. d.Local.Select(f => w.Tag(f, null))];

    private static int[][] Pass2(NerWeights w, Doc d) => [.. d.Local.Select((f, i) => w.Tag(f, d.Extra[i]))];

    private static SpanScore Evaluate(List<Doc> docs, Func<Doc, int[][]> tag)
    {
        var score = new SpanScore();
        foreach (var d in docs)
        {
            var predicted = tag(d);
            for (var s = 0; s < d.Gold.Length; s++) score.Add(d.Gold[s], predicted[s]);
        }

        return score;
    }

    private (NerWeights Weights, int Epoch) TrainPass(string name, List<Doc> docs, bool withExtra, int epochs, Func<NerWeights, SpanScore>? dev)
    {
        var items = new List<(SentenceFeatures Local, SentenceFeatures? Extra, int[] Gold)>();
        foreach (var d in docs)
        {
            for (var s = 0; s < d.Gold.Length; s++)
            {
                if (d.Gold[s].Length > 0) items.Add((d.Local[s], withExtra ? d.Extra[s] : null, d.Gold[s]));
            }
        }

        var perceptron = new Perceptron(options.Bits);
        var rng = new SplitMix64(options.Seed);
        var order = Enumerable.Range(0, items.Count).ToArray();
        NerWeights? best = null;
        var bestF1 = -1.0;
        var bestEpoch = epochs;
        var clock = Stopwatch.StartNew();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            var mistakes = 0;
            foreach (var k in order)
            {
                var (local, extra, gold) = items[k];
                if (perceptron.Learn(local, extra, gold)) mistakes++;
            }

            if (dev is null)
            {
                if (epoch == epochs) best = perceptron.Averaged();
                continue;
            }

            var weights = perceptron.Averaged();
            var score = dev(weights);
            var f1 = score.Overall.F1;
            Log(string.Create(CultureInfo.InvariantCulture, $"{name} epoch {epoch}: {mistakes} sentences wrong, dev F1 {f1:F4} (P {score.Overall.Precision:F4} R {score.Overall.Recall:F4}) {clock.Elapsed.TotalSeconds:F1} s"));
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = weights;
                bestEpoch = epoch;
            }
        }

        if (dev is not null) Log(string.Create(CultureInfo.InvariantCulture, $"{name}: best epoch {bestEpoch}, dev F1 {bestF1:F4}"));
        return (best!, bestEpoch);
    }

    private NerResources BuildResources(List<Doc> docs, int? fold)
    {
        var r = new NerResources();
        foreach (var (k, v) in NerResources.BuildCaseProfile(docs.SelectMany(d => d.Words).Concat(options.Unlabeled))) r.CaseProfile[k] = v;
        foreach (var d in docs)
        {
            if (fold is { } f && d.Fold != f) continue;
            for (var s = 0; s < d.Words.Count; s++)
            {
                foreach (var (start, end, type) in NerTags.Spans(d.Gold[s]))
                {
                    r.AddName([.. d.Words[s].Skip(start).Take(end - start)], type);
                }
            }
        }

        r.Gazetteer = options.Gazetteer;
        return r;
    }

    private static List<Doc> ToDocs(ConllCorpus corpus) =>
        [.. corpus.Documents.Select((d, i) => new Doc
        {
            Words = [.. d.Sentences.Select(s => (IReadOnlyList<string>)s.Words)],
            Gold = [.. d.Sentences.Select(s => s.Gold.IsDefaultOrEmpty ? [] : s.Gold.ToArray())],
            Fold = i & 1,
        })];

    private void Log(string line) => log.WriteLine(line);
}

/// <summary>Structured perceptron with lazy averaging; integer updates keep training exactly reproducible.</summary>
internal sealed class Perceptron(int bits)
{
    private const int K = NerTags.Count;
    private readonly int[] w = new int[(1 << bits) * K];
    private readonly long[] u = new long[(1 << bits) * K];
    private readonly int[] tw = new int[NerWeights.TransitionRows * K];
    private readonly long[] tu = new long[NerWeights.TransitionRows * K];
    private long c = 1;

    /// <summary>Decodes with the current weights and updates on a mistake; true when the sentence was wrong.</summary>
    public bool Learn(SentenceFeatures local, SentenceFeatures? extra, int[] gold)
    {
        var n = gold.Length;
        var scores = new int[n * K];
        for (var i = 0; i < n; i++)
        {
            Add(local.Of(i), scores.AsSpan(i * K, K));
            if (extra is { } x) Add(x.Of(i), scores.AsSpan(i * K, K));
        }

        var predicted = new int[n];
        Viterbi.Decode(scores, tw, predicted);
        var wrong = false;
        for (var i = 0; i < n; i++)
        {
            var pg = i == 0 ? 0 : gold[i - 1] + 1;
            var pp = i == 0 ? 0 : predicted[i - 1] + 1;
            if (gold[i] != predicted[i])
            {
                wrong = true;
                Update(local.Of(i), gold[i], predicted[i]);
                if (extra is { } x) Update(x.Of(i), gold[i], predicted[i]);
            }

            if (pg != pp || gold[i] != predicted[i])
            {
                tw[(pg * K) + gold[i]]++;
                tu[(pg * K) + gold[i]] += c;
                tw[(pp * K) + predicted[i]]--;
                tu[(pp * K) + predicted[i]] -= c;
            }
        }

        c++;
        return wrong;
    }

    public NerWeights Averaged()
    {
        var emit = new float[w.Length];
        for (var i = 0; i < w.Length; i++) emit[i] = (float)(w[i] - ((double)u[i] / c));
        var trans = new float[tw.Length];
        for (var i = 0; i < tw.Length; i++) trans[i] = (float)(tw[i] - ((double)tu[i] / c));
        return NerWeights.Quantise(bits, emit, trans);
    }

    private void Add(ReadOnlySpan<int> ids, Span<int> row)
    {
        foreach (var f in ids)
        {
            var b = f * K;
            for (var t = 0; t < K; t++) row[t] += w[b + t];
        }
    }

    private void Update(ReadOnlySpan<int> ids, int good, int bad)
    {
        foreach (var f in ids)
        {
            var b = f * K;
            w[b + good]++;
            u[b + good] += c;
            w[b + bad]--;
            u[b + bad] -= c;
        }
    }
}

/// <summary>A tiny seeded generator (SplitMix64) so shuffles do not depend on System.Random's implementation.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
