using System.IO.Compression;

namespace Timeline.Extraction;

/// <summary>
/// A trained two-pass tagger: the word lists its features need, the first-pass weights (local features) and the
/// second-pass weights (local features plus what the first pass found elsewhere in the document).
/// </summary>
internal sealed class NerModel(NerResources resources, NerWeights first, NerWeights second)
{
    private const string Magic = "TLNER";
    private const int Version = 4;

    public NerResources Resources => resources;

    public NerWeights First => first;

    public NerWeights Second => second;

    public NerFeaturizer Featurizer { get; } = new(resources, first.Bits);

    /// <summary>
    /// Both passes' weights for each non-zero bucket side by side (9 for pass 1, then 9 for pass 2), so the local
    /// features, which both passes score, cost one memory access instead of two. Built on first use.
    /// </summary>
    private CompactWeights Compact => compact ??= CompactWeights.Build(first.Emit, second.Emit);

    private CompactWeights? compact;

    /// <summary>BIO tags of every sentence of one document.</summary>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> document)
    {
        const int K = NerTags.Count;
        var table = Compact;
        var firstPass = new int[document.Count][];
        var secondScores = new int[document.Count][];
        var firstScores = new int[256 * K];
        // Each sentence's local features are scored for both passes as soon as they are built; only the second
        // pass's partial scores wait for the document features.
        Featurizer.Local(document, (s, local) =>
        {
            var n = local.Length;
            if (firstScores.Length < n * K) firstScores = new int[Math.Max(n * K, firstScores.Length * 2)];
            var s1 = firstScores.AsSpan(0, n * K);
            s1.Clear();
            var s2 = secondScores[s] = new int[n * K];
            ScoreBoth(table, local, s1, s2);
            Viterbi.Decode(s1, first.Transitions, firstPass[s] = new int[n]);
        });

        var doc = Featurizer.Document(document, firstPass);
        var result = new int[document.Count][];
        for (var s = 0; s < document.Count; s++)
        {
            var s2 = secondScores[s];
            table.AddSecond(doc[s], s2);
            Viterbi.Decode(s2, second.Transitions, result[s] = new int[document[s].Count]);
            DropHonorifics(document[s], result[s]);
        }

        return result;
    }

    private static void ScoreBoth(CompactWeights table, SentenceFeatures features, Span<int> first, Span<int> second)
    {
        const int K = NerTags.Count;
        for (var i = 0; i < features.Length; i++)
        {
            var a = first.Slice(i * K, K);
            var b = second.Slice(i * K, K);
            foreach (var f in features.Of(i))
            {
                var row = table.Row(f);
                if (row < 0) continue;
                var w = table.Rows.AsSpan(row * 2 * K, 2 * K);
                for (var t = 0; t < K; t++)
                {
                    a[t] += w[t];
                    b[t] += w[K + t];
                }
            }
        }
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Mme", "Mme.", "Messrs", "Messrs.",
    };

    /// <summary>
    /// "Mr Blinken" → PER "Blinken": CoNLL leaves honorifics outside names, but Reuters 1996 almost never writes them,
    /// so the model has not learnt it while British and web news use them in nearly every second reference.
    /// </summary>
    private static void DropHonorifics(IReadOnlyList<string> words, int[] tags)
    {
        for (var i = 0; i + 1 < tags.Length; i++)
        {
            if (tags[i] == NerTags.Begin(0) && tags[i + 1] == NerTags.Inside(0) && Honorifics.Contains(words[i]))
            {
                tags[i] = NerTags.Outside;
                tags[i + 1] = NerTags.Begin(0);
            }
        }
    }

    public void Save(Stream stream)
    {
        // Fixed-width little-endian arrays inside gzip: compact enough, and loading is a few bulk copies.
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip);
        w.Write(Magic);
        w.Write(Version);
        w.Write(first.Bits);
        w.Write(resources.Gazetteer is not null);
        WriteMap(w, resources.Lexicon, (bw, v) => bw.Write(v));
        WriteMap(w, resources.CaseProfile, (bw, v) => bw.Write(v));
        WriteMap(w, resources.Clusters, (bw, v) => bw.Write(v));
        WriteWeights(w, first);
        WriteWeights(w, second);
    }

    public static NerModel Load(Stream stream)
    {
        byte[] bytes;
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        using (var ms = new MemoryStream())
        {
            gzip.CopyTo(ms);
            bytes = ms.ToArray();
        }

        var r = new SpanReader(bytes);
        if (r.String() != Magic) throw new InvalidDataException("not a Timeline NER model");
        var version = r.Int32();
        if (version != Version) throw new InvalidDataException($"NER model version {version}, expected {Version}");
        var bits = r.Int32();
        var resources = new NerResources();
        if (r.Bool()) resources.Gazetteer = static phrase => Timeline.Extraction.Gazetteer.Default.Flags(phrase);
        ReadMap(ref r, resources.Lexicon);
        ReadMap(ref r, resources.CaseProfile);
        ReadMap(ref r, resources.Clusters);
        var first = ReadWeights(ref r, bits);
        var second = ReadWeights(ref r, bits);
        return new NerModel(resources, first, second);
    }

    public byte[] ToBytes()
    {
        using var ms = new MemoryStream();
        Save(ms);
        return ms.ToArray();
    }

    private static void WriteMap<T>(BinaryWriter w, Dictionary<ulong, T> map, Action<BinaryWriter, T> write)
    {
        var keys = map.Keys.ToArray();
        Array.Sort(keys);
        w.Write(keys.Length);
        foreach (var k in keys) w.Write(k);
        foreach (var k in keys) write(w, map[k]);
    }

    private static void ReadMap<T>(ref SpanReader r, Dictionary<ulong, T> map)
        where T : unmanaged
    {
        var count = r.Int32();
        var keys = r.Array<ulong>(count);
        var vals = r.Array<T>(count);
        map.EnsureCapacity(count);
        for (var i = 0; i < count; i++) map[keys[i]] = vals[i];
    }

    private static void WriteWeights(BinaryWriter w, NerWeights weights)
    {
        foreach (var t in weights.Transitions) w.Write(t);
        var emit = weights.Emit;
        var rows = new List<int>();
        for (var r = 0; r < emit.Length / NerTags.Count; r++)
        {
            if (!RowIsZero(emit, r)) rows.Add(r);
        }

        w.Write(rows.Count);
        var previous = 0;
        foreach (var r in rows)
        {
            w.Write(r - previous);
            previous = r;
        }

        foreach (var r in rows)
        {
            for (var t = 0; t < NerTags.Count; t++) w.Write(emit[(r * NerTags.Count) + t]);
        }
    }

    private static NerWeights ReadWeights(ref SpanReader r, int bits)
    {
        var transitions = r.Array<int>(NerWeights.TransitionRows * NerTags.Count);
        var count = r.Int32();
        var deltas = r.Array<int>(count);
        var values = r.Span<short>(count * NerTags.Count);
        var emit = new short[(1 << bits) * NerTags.Count];
        var row = 0;
        for (var i = 0; i < count; i++)
        {
            row += deltas[i];
            values.Slice(i * NerTags.Count, NerTags.Count).CopyTo(emit.AsSpan(row * NerTags.Count, NerTags.Count));
        }

        return new NerWeights(bits, emit, transitions);
    }

    private static bool RowIsZero(short[] emit, int row)
    {
        for (var t = 0; t < NerTags.Count; t++)
        {
            if (emit[(row * NerTags.Count) + t] != 0) return false;
        }

        return true;
    }
}

/// <summary>Reads the model's little-endian fields and arrays straight from the decompressed bytes.</summary>
internal ref struct SpanReader(ReadOnlySpan<byte> data)
{
    private ReadOnlySpan<byte> rest = data;

    public int Int32()
    {
        var v = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(rest);
        rest = rest[4..];
        return v;
    }

    public bool Bool()
    {
        var v = rest[0] != 0;
        rest = rest[1..];
        return v;
    }

    /// <summary>A BinaryWriter string: 7-bit encoded length, then UTF-8.</summary>
    public string String()
    {
        int length = 0, shift = 0;
        byte b;
        do
        {
            b = rest[0];
            rest = rest[1..];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        var s = System.Text.Encoding.UTF8.GetString(rest[..length]);
        rest = rest[length..];
        return s;
    }

    public ReadOnlySpan<T> Span<T>(int count)
        where T : unmanaged
    {
        var size = count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("NER models are little-endian");
        var span = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(rest[..size]);
        rest = rest[size..];
        return span;
    }

    public T[] Array<T>(int count)
        where T : unmanaged => Span<T>(count).ToArray();
}

/// <summary>
/// Both passes' emission weights, keeping only the buckets where either is non-zero (about 6% of them): a bitmap and
/// per-word ranks (under 200 KB) find a bucket's row among the packed rows (a few MB). The full tables (2 × 19 MB)
/// miss the cache on nearly every feature; this lookup mostly hits it. Scores are the same sums.
/// </summary>
internal sealed class CompactWeights
{
    private const int K = NerTags.Count;
    private readonly ulong[] present;
    private readonly int[] rank;

    private CompactWeights(ulong[] present, int[] rank, short[] rows)
    {
        this.present = present;
        this.rank = rank;
        Rows = rows;
    }

    /// <summary>Packed rows: pass-1 weights of a bucket, then its pass-2 weights.</summary>
    public short[] Rows { get; }

    public static CompactWeights Build(short[] first, short[] second)
    {
        var buckets = first.Length / K;
        var present = new ulong[(buckets + 63) / 64];
        var rank = new int[present.Length];
        var count = 0;
        for (var bucket = 0; bucket < buckets; bucket++)
        {
            if (first.AsSpan(bucket * K, K).ContainsAnyExcept((short)0) || second.AsSpan(bucket * K, K).ContainsAnyExcept((short)0))
            {
                present[bucket >> 6] |= 1UL << (bucket & 63);
                count++;
            }
        }

        var rows = new short[count * 2 * K];
        var row = 0;
        for (var word = 0; word < present.Length; word++)
        {
            rank[word] = row;
            var bits = present[word];
            while (bits != 0)
            {
                var bucket = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                first.AsSpan(bucket * K, K).CopyTo(rows.AsSpan(row * 2 * K, K));
                second.AsSpan(bucket * K, K).CopyTo(rows.AsSpan((row * 2 * K) + K, K));
                row++;
                bits &= bits - 1;
            }
        }

        return new CompactWeights(present, rank, rows);
    }

    /// <summary>Row of a feature bucket in <see cref="Rows"/>, or -1 when both passes weigh it zero.</summary>
    public int Row(int bucket)
    {
        var word = present[bucket >> 6];
        var bit = 1UL << (bucket & 63);
        return (word & bit) == 0 ? -1 : rank[bucket >> 6] + System.Numerics.BitOperations.PopCount(word & (bit - 1));
    }

    /// <summary>Adds the pass-2 weights of <paramref name="features"/> to existing scores (n × tags).</summary>
    public void AddSecond(SentenceFeatures features, Span<int> scores)
    {
        for (var i = 0; i < features.Length; i++)
        {
            var s = scores.Slice(i * K, K);
            foreach (var f in features.Of(i))
            {
                var row = Row(f);
                if (row < 0) continue;
                var w = Rows.AsSpan((row * 2 * K) + K, K);
                for (var t = 0; t < K; t++) s[t] += w[t];
            }
        }
    }
}
