namespace Timeline.Extraction;

/// <summary>Feature bucket ids of a sentence: token i owns Ids[Offsets[i]..Offsets[i+1]].</summary>
internal readonly record struct SentenceFeatures(int[] Ids, int[] Offsets)
{
    public int Length => Offsets.Length - 1;

    public ReadOnlySpan<int> Of(int token) => Ids.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}

/// <summary>
/// Turns the sentences of one document into hashed feature ids. Local features (pass 1) look at the word, its shape,
/// affixes, neighbours, casing in context, the lexicons and how the word is cased elsewhere in the document; document
/// features (pass 2) add what the first pass tagged this word as elsewhere in the document.
/// </summary>
internal sealed class NerFeaturizer(NerResources resources, int bits)
{
    private static readonly ulong[] T = Enumerable.Range(0, 64).Select(FeatureHash.Template).ToArray();
    private static readonly ulong Bos = FeatureHash.Text("<s>"), Eos = FeatureHash.Text("</s>");

    public int Bits => bits;

    private struct Tok
    {
        public string Word;
        public ulong W, L, Shape, Short;
        public bool InitCap, StartLike;
        public byte Case;
        public uint Cluster;
    }

    public SentenceFeatures[] Local(IReadOnlyList<IReadOnlyList<string>> document)
    {
        var result = new SentenceFeatures[document.Count];
        Local(document, (s, f) => result[s] = new SentenceFeatures(f.Ids.AsSpan(0, f.Offsets[^1]).ToArray(), f.Offsets));
        return result;
    }

    /// <summary>
    /// Local features of each sentence in turn, handed to <paramref name="sink"/> with the sentence index. The ids
    /// array is a buffer reused for the next sentence (it may be longer than the offsets say), so the tagger scores
    /// sentences without keeping every sentence's features alive.
    /// </summary>
    public void Local(IReadOnlyList<IReadOnlyList<string>> document, Action<int, SentenceFeatures> sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var toks = new Tok[document.Count][];
        var caps = new bool[document.Count];
        var docCase = new Dictionary<ulong, (int Lower, int Upper)>();
        for (var s = 0; s < document.Count; s++)
        {
            var words = document[s];
            caps[s] = NerResources.IsAllCaps(words);
            var t = toks[s] = new Tok[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var w = NerResources.Normalise(words[i]);
                ref var k = ref t[i];
                k.Word = w;
                k.W = FeatureHash.Text(w);
                k.L = FeatureHash.Lower(w);
                Shapes(w, out k.Shape, out k.Short);
                k.InitCap = w.Length > 0 && char.IsUpper(w[0]);
                k.StartLike = i == 0 || (i <= 2 && IsOpener(t[i - 1].Word));
                k.Case = resources.CaseOf(k.L);
                k.Cluster = resources.Clusters.TryGetValue(k.L, out var cl) ? cl : NoCluster;
                if (!caps[s] && !k.StartLike && w.Length > 0 && char.IsLetter(w[0]))
                {
                    var c = docCase.GetValueOrDefault(k.L);
                    docCase[k.L] = k.InitCap ? (c.Lower, c.Upper + 1) : (c.Lower + 1, c.Upper);
                }
            }
        }

        var ids = new IdBuffer();
        for (var s = 0; s < document.Count; s++)
        {
            var t = toks[s];
            var n = t.Length;
            var offsets = new int[n + 1];
            ids.Count = 0;
            var (bMask, iMask) = LexiconMatches(t);
            var (gB, gI) = GazetteerMatches(t);
            for (var i = 0; i < n; i++)
            {
                offsets[i] = ids.Count;
                ref var k = ref t[i];
                var lm2 = i >= 2 ? t[i - 2].L : Bos;
                var lm1 = i >= 1 ? t[i - 1].L : Bos;
                var lp1 = i + 1 < n ? t[i + 1].L : Eos;
                var lp2 = i + 2 < n ? t[i + 2].L : Eos;
                var sm1 = i >= 1 ? t[i - 1].Short : Bos;
                var sp1 = i + 1 < n ? t[i + 1].Short : Eos;
                var allCaps = caps[s] ? 1UL : 0UL;
                var start = k.StartLike ? 1UL : 0UL;

                Add(ids, T[1]);
                Add(ids, FeatureHash.Combine(T[2], k.W));
                Add(ids, FeatureHash.Combine(T[3], k.L));
                Add(ids, FeatureHash.Combine(T[4], k.Shape));
                Add(ids, FeatureHash.Combine(T[5], k.Short));
                var w = k.Word.AsSpan();
                for (var a = 1; a <= 4 && a < w.Length; a++)
                {
                    Add(ids, FeatureHash.Combine(T[5 + a], FeatureHash.Lower(w[..a])));
                    Add(ids, FeatureHash.Combine(T[9 + a], FeatureHash.Lower(w[^a..])));
                }

                Add(ids, FeatureHash.Combine(T[14], lm2));
                Add(ids, FeatureHash.Combine(T[15], lm1));
                Add(ids, FeatureHash.Combine(T[16], lp1));
                Add(ids, FeatureHash.Combine(T[17], lp2));
                Add(ids, FeatureHash.Combine(T[18], lm1, k.L));
                Add(ids, FeatureHash.Combine(T[19], k.L, lp1));
                Add(ids, FeatureHash.Combine(T[20], sm1, k.Short));
                Add(ids, FeatureHash.Combine(T[21], k.Short, sp1));
                Add(ids, FeatureHash.Combine(T[22], FeatureHash.Combine(sm1, k.Short), sp1));
                Add(ids, FeatureHash.Combine(T[23], start, k.Short));
                Add(ids, FeatureHash.Combine(T[24], (ulong)Math.Min(i, 3), i == n - 1 ? 1UL : 0UL));
                if (caps[s])
                {
                    Add(ids, FeatureHash.Combine(T[25], k.L));
                    Add(ids, FeatureHash.Combine(T[26], k.Short));
                }

                Add(ids, FeatureHash.Combine(T[27], k.Case));
                Add(ids, FeatureHash.Combine(T[28], FeatureHash.Combine(k.Case, start), FeatureHash.Combine(allCaps, k.Short)));
                Add(ids, FeatureHash.Combine(T[33], lm1, k.Short));
                Add(ids, FeatureHash.Combine(T[34], k.Short, lp1));
                if (i >= 1) Add(ids, FeatureHash.Combine(T[35], FeatureHash.Combine(t[i - 1].Case, t[i - 1].Short), k.Short));

                if (k.Cluster == NoCluster)
                {
                    Add(ids, FeatureHash.Combine(T[45], 9999UL, k.Short));
                }
                else
                {
                    var (fine, mid, coarse) = WordClusters.Unpack(k.Cluster);
                    Add(ids, FeatureHash.Combine(T[45], (ulong)fine));
                    Add(ids, FeatureHash.Combine(T[46], (ulong)mid));
                    Add(ids, FeatureHash.Combine(T[47], (ulong)coarse));
                    Add(ids, FeatureHash.Combine(T[50], (ulong)fine, k.Short));
                }

                Add(ids, FeatureHash.Combine(T[48], i >= 1 ? MidOf(t[i - 1].Cluster) : 8888UL, MidOf(k.Cluster)));
                Add(ids, FeatureHash.Combine(T[49], MidOf(k.Cluster), i + 1 < n ? MidOf(t[i + 1].Cluster) : 8888UL));

                // Casing of the same word elsewhere in the document (not counting this occurrence when it was counted).
                var dc = docCase.GetValueOrDefault(k.L);
                if (!caps[s] && !k.StartLike && w.Length > 0 && char.IsLetter(w[0]))
                {
                    dc = k.InitCap ? (dc.Lower, dc.Upper - 1) : (dc.Lower - 1, dc.Upper);
                }

                var docClass = dc.Lower + dc.Upper == 0 ? 0UL : dc.Upper == 0 ? 1UL : dc.Lower == 0 ? 3UL : 2UL;
                Add(ids, FeatureHash.Combine(T[30], docClass, FeatureHash.Combine(start, allCaps, k.Short)));

                for (var c = 0; c < 16; c++)
                {
                    if ((bMask[i] & (1 << c)) != 0) Add(ids, FeatureHash.Combine(T[31], (ulong)c));
                    if ((iMask[i] & (1 << c)) != 0) Add(ids, FeatureHash.Combine(T[32], (ulong)c));
                }

                for (var c = 0; c < 8; c++)
                {
                    if ((gB[i] & (1 << c)) != 0) Add(ids, FeatureHash.Combine(T[37], (ulong)c));
                    if ((gI[i] & (1 << c)) != 0) Add(ids, FeatureHash.Combine(T[38], (ulong)c));
                }

                if (gB[i] != 0 || gI[i] != 0) Add(ids, FeatureHash.Combine(T[39], (ulong)(gB[i] | gI[i]), k.Short));

                var lexAround = FeatureHash.Combine(i >= 1 ? (ulong)(bMask[i - 1] | iMask[i - 1]) : 99UL, i + 1 < n ? (ulong)(bMask[i + 1] | iMask[i + 1]) : 99UL);
                if ((bMask[i] | iMask[i]) == 0) Add(ids, FeatureHash.Combine(T[36], lexAround, k.Short));
            }

            offsets[n] = ids.Count;
            sink(s, new SentenceFeatures(ids.Items, offsets));
        }
    }

    /// <summary>Document features from the first pass's tags of every sentence of the same document.</summary>
    public SentenceFeatures[] Document(IReadOnlyList<IReadOnlyList<string>> document, IReadOnlyList<int[]> firstPass)
    {
        var lower = new ulong[document.Count][];
        var counts = new Dictionary<ulong, int[]>();
        var firstType = new Dictionary<ulong, int>();
        for (var s = 0; s < document.Count; s++)
        {
            var words = document[s];
            lower[s] = new ulong[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                lower[s][i] = FeatureHash.Lower(NerResources.Normalise(w));
                if (!IsCapitalised(w)) continue;
                if (!counts.TryGetValue(lower[s][i], out var c)) counts[lower[s][i]] = c = new int[NerTags.Count];
                c[firstPass[s][i]]++;
                if (firstPass[s][i] != 0) firstType.TryAdd(lower[s][i], NerTags.TypeOf(firstPass[s][i]));
            }
        }

        var result = new SentenceFeatures[document.Count];
        var ids = new List<int>(16);
        Span<int> others = stackalloc int[NerTags.Count];
        for (var s = 0; s < document.Count; s++)
        {
            var words = document[s];
            var tags = firstPass[s];
            var n = words.Count;
            var offsets = new int[n + 1];
            ids.Clear();
            for (var i = 0; i < n; i++)
            {
                offsets[i] = ids.Count;
                var own = (ulong)tags[i];
                Add(ids, FeatureHash.Combine(T[40], own));
                Add(ids, FeatureHash.Combine(T[41], i > 0 ? (ulong)tags[i - 1] : 99UL, own));
                Add(ids, FeatureHash.Combine(T[42], own, i + 1 < n ? (ulong)tags[i + 1] : 99UL));
                var w = words[i];
                if (!IsCapitalised(w) || !counts.TryGetValue(lower[s][i], out var c)) continue;
                c.CopyTo(others);
                others[tags[i]]--;
                var byType = new int[5];
                var mask = 0UL;
                for (var k = 0; k < NerTags.Count; k++)
                {
                    byType[NerTags.TypeOf(k) + 1] += others[k];
                    if (others[k] > 0) mask |= 1UL << k;
                }

                var best = -1;
                for (var k = 1; k < 5; k++)
                {
                    if (byType[k] > 0 && (best < 0 || byType[k] > byType[best])) best = k;
                }

                var doc = best > 0 ? (ulong)best : byType[0] > 0 ? 0UL : 9UL;
                var mixed = 0UL;
                for (var k = 1; k < 5; k++)
                {
                    if (k != best && byType[k] > 0) mixed = 1;
                }

                Add(ids, FeatureHash.Combine(T[43], doc, mixed));
                Add(ids, FeatureHash.Combine(T[44], doc, own));
                Add(ids, FeatureHash.Combine(T[51], mask));
                Add(ids, FeatureHash.Combine(T[52], mask, own));
                if (firstType.TryGetValue(lower[s][i], out var ft)) Add(ids, FeatureHash.Combine(T[53], (ulong)ft, own));
            }

            offsets[n] = ids.Count;
            result[s] = new SentenceFeatures([.. ids], offsets);
        }

        return result;
    }

    /// <summary>
    /// Gazetteer bits per token: B for the first token of a matching name, I for the rest. Names start and end with a
    /// capitalised word and may contain short lower-case joiners ("Isle of Man", "Bosnia and Herzegovina").
    /// </summary>
    private (byte[] B, byte[] I) GazetteerMatches(Tok[] t)
    {
        var b = new byte[t.Length];
        var inside = new byte[t.Length];
        if (resources.Gazetteer is not { } lookup) return (b, inside);
        // The n-grams starting at one token share a prefix, so the phrase grows in one buffer instead of a string each.
        var buffer = new char[128];
        for (var i = 0; i < t.Length; i++)
        {
            if (!IsCapitalised(t[i].Word)) continue;
            var length = 0;
            for (var j = i; j < t.Length && j - i < NerResources.MaxNameLength; j++)
            {
                var w = t[j].Word;
                var capital = IsCapitalised(w);
                if (!capital && !(w.Length <= 3 && w.Length > 0 && char.IsLower(w[0]))) break;
                var needed = length + (j > i ? 1 : 0) + w.Length;
                if (needed > buffer.Length) Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
                if (j > i) buffer[length++] = ' ';
                w.CopyTo(buffer.AsSpan(length));
                length += w.Length;
                if (!capital) continue;
                var flags = (byte)lookup(buffer.AsSpan(0, length));
                if (flags == 0) continue;
                b[i] |= flags;
                for (var k = i + 1; k <= j; k++) inside[k] |= flags;
            }
        }

        return (b, inside);
    }

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);

    private (ushort[] B, ushort[] I) LexiconMatches(Tok[] t)
    {
        var b = new ushort[t.Length];
        var inside = new ushort[t.Length];
        if (resources.Lexicon.Count == 0) return (b, inside);
        for (var i = 0; i < t.Length; i++)
        {
            var w = t[i].Word;
            if (w.Length == 0 || !(char.IsUpper(w[0]) || char.IsDigit(w[0]))) continue;
            var h = NerResources.SequenceStart;
            for (var j = i; j < t.Length && j - i < NerResources.MaxNameLength; j++)
            {
                h = NerResources.Extend(h, t[j].L);
                if (!resources.Lexicon.TryGetValue(h, out var mask)) continue;
                b[i] |= mask;
                for (var k = i + 1; k <= j; k++) inside[k] |= mask;
            }
        }

        return (b, inside);
    }

    private const uint NoCluster = uint.MaxValue;

    private static ulong MidOf(uint cluster) => cluster == NoCluster ? 9999UL : (ulong)WordClusters.Unpack(cluster).Mid;

    private void Add(List<int> ids, ulong h) => ids.Add(FeatureHash.Bucket(h, bits));

    private void Add(IdBuffer ids, ulong h) => ids.Add(FeatureHash.Bucket(h, bits));

    /// <summary>A growable int buffer whose array can be handed out as is (unlike a List, no copy).</summary>
    private sealed class IdBuffer
    {
        public int[] Items { get; private set; } = new int[1024];

        public int Count { get; set; }

        public void Add(int id)
        {
            if (Count == Items.Length)
            {
                var bigger = new int[Items.Length * 2];
                Items.AsSpan().CopyTo(bigger);
                Items = bigger;
            }

            Items[Count++] = id;
        }
    }

    private static bool IsOpener(string w) => w is "\"" or ":" or "-" or "--" or "(" or "'" or "``" or "[";

    /// <summary>Long shape (runs capped at four: "Xxxxx", "dddd-dd-dd") and short shape (runs collapsed: "Xx", "d-d-d").</summary>
    private static void Shapes(string w, out ulong shape, out ulong shortShape)
    {
        Span<char> longBuf = stackalloc char[Math.Min(w.Length, 48)];
        Span<char> shortBuf = stackalloc char[Math.Min(w.Length, 48)];
        int nl = 0, ns = 0, run = 0;
        var last = '\0';
        for (var i = 0; i < w.Length && nl < longBuf.Length; i++)
        {
            var c = w[i];
            var m = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = m == last ? run + 1 : 1;
            if (run <= 4) longBuf[nl++] = m;
            if (m != last) shortBuf[ns++] = m;
            last = m;
        }

        shape = FeatureHash.Text(longBuf[..nl]);
        shortShape = FeatureHash.Text(shortBuf[..ns]);
    }
}
