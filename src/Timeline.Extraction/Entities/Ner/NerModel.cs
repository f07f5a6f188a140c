using System.IO.Compression;

namespace Timeline.Extraction;

/// <summary>
/// A trained two-pass tagger: the word lists its features need, the first-pass weights (local features) and the
/// second-pass weights (local features plus what the first pass found elsewhere in the document).
/// </summary>
internal sealed class NerModel(NerResources resources, NerWeights first, NerWeights second)
{
    private const string Magic = "TLNER";
    private const int Version = 3;

    public NerResources Resources => resources;

    public NerWeights First => first;

    public NerWeights Second => second;

    public NerFeaturizer Featurizer { get; } = new(resources, first.Bits);

    /// <summary>BIO tags of every sentence of one document.</summary>
    public int[][] Tag(IReadOnlyList<IReadOnlyList<string>> document)
    {
        var local = Featurizer.Local(document);
        var firstPass = new int[document.Count][];
        for (var s = 0; s < document.Count; s++) firstPass[s] = first.Tag(local[s], null);
        var doc = Featurizer.Document(document, firstPass);
        var result = new int[document.Count][];
        for (var s = 0; s < document.Count; s++) result[s] = second.Tag(local[s], doc[s]);
        return result;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip);
        w.Write(Magic);
        w.Write(Version);
        w.Write(first.Bits);
        w.Write(resources.Gazetteer is not null);
        WriteMap(w, resources.Lexicon, (bw, v) => bw.Write(v));
        WriteMap(w, resources.CaseProfile, (bw, v) => bw.Write(v));
        WriteMap(w, resources.Clusters, (bw, v) => bw.Write7BitEncodedInt((int)v));
        WriteWeights(w, first);
        WriteWeights(w, second);
    }

    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (r.ReadString() != Magic) throw new InvalidDataException("not a Timeline NER model");
        var version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"NER model version {version}, expected {Version}");
        var bits = r.ReadInt32();
        var resources = new NerResources();
        if (r.ReadBoolean()) resources.Gazetteer = Timeline.Extraction.Gazetteer.Default.Flags;
        ReadMap(r, resources.Lexicon, br => br.ReadUInt16());
        ReadMap(r, resources.CaseProfile, br => br.ReadByte());
        ReadMap(r, resources.Clusters, br => (uint)br.Read7BitEncodedInt());
        var first = ReadWeights(r, bits);
        var second = ReadWeights(r, bits);
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
        ulong previous = 0;
        foreach (var k in keys)
        {
            w.Write7BitEncodedInt64((long)(k - previous));
            previous = k;
            write(w, map[k]);
        }
    }

    private static void ReadMap<T>(BinaryReader r, Dictionary<ulong, T> map, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        map.EnsureCapacity(count);
        ulong previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += (ulong)r.Read7BitEncodedInt64();
            map[previous] = read(r);
        }
    }

    private static void WriteWeights(BinaryWriter w, NerWeights weights)
    {
        foreach (var t in weights.Transitions) w.Write(t);
        var emit = weights.Emit;
        var rows = emit.Length / NerTags.Count;
        var nonZero = 0;
        for (var r = 0; r < rows; r++)
        {
            if (!RowIsZero(emit, r)) nonZero++;
        }

        w.Write(nonZero);
        var previous = -1;
        for (var r = 0; r < rows; r++)
        {
            if (RowIsZero(emit, r)) continue;
            w.Write7BitEncodedInt(r - previous);
            previous = r;
            for (var t = 0; t < NerTags.Count; t++) w.Write7BitEncodedInt(ZigZag(emit[(r * NerTags.Count) + t]));
        }
    }

    private static NerWeights ReadWeights(BinaryReader r, int bits)
    {
        var transitions = new int[NerWeights.TransitionRows * NerTags.Count];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = r.ReadInt32();
        var emit = new short[(1 << bits) * NerTags.Count];
        var nonZero = r.ReadInt32();
        var row = -1;
        for (var i = 0; i < nonZero; i++)
        {
            row += r.Read7BitEncodedInt();
            for (var t = 0; t < NerTags.Count; t++) emit[(row * NerTags.Count) + t] = (short)UnZigZag(r.Read7BitEncodedInt());
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

    private static int ZigZag(int v) => (v << 1) ^ (v >> 31);

    private static int UnZigZag(int v) => (int)((uint)v >> 1) ^ -(v & 1);
}
