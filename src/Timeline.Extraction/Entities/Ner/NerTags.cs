namespace Timeline.Extraction;

/// <summary>
/// The BIO tag set of the name recognizer: O, then B-/I- for PER, LOC, ORG, MISC. Tag t &gt; 0 has type (t-1)/2;
/// odd tags begin a name, even tags continue one.
/// </summary>
internal static class NerTags
{
    public const int Count = 9;
    public const int Outside = 0;

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];

    public static bool IsBegin(int tag) => (tag & 1) == 1;

    public static bool IsInside(int tag) => tag > 0 && (tag & 1) == 0;

    /// <summary>Type index 0..3, or -1 for O.</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) >> 1;

    public static int Begin(int type) => 1 + (type << 1);

    public static int Inside(int type) => 2 + (type << 1);

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/> (-1 = sentence start): I-X only after B-X or I-X.</summary>
    public static bool Allowed(int previous, int tag) => !IsInside(tag) || (previous > 0 && TypeOf(previous) == TypeOf(tag));

    /// <summary>Parses a tag name (O, B-X, I-X); null when it is not one.</summary>
    public static (char Prefix, string Type)? Split(string tag)
    {
        if (tag == "O") return ('O', "");
        if (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-') return (tag[0], tag[2..]);
        return null;
    }

    /// <summary>
    /// Names in a tag sequence with conlleval's chunk semantics: a name starts at B-X, or at I-X after O or another type
    /// (so IOB1 and BIO both read correctly), and ends before O, B-, or a change of type.
    /// </summary>
    public static List<(int Start, int End, int Type)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var t = i < tags.Length ? tags[i] : 0;
            var ty = TypeOf(t);
            var continues = t != 0 && !IsBegin(t) && ty == type && start >= 0;
            if (!continues && start >= 0)
            {
                spans.Add((start, i, type));
                start = -1;
                type = -1;
            }

            if (t != 0 && !continues)
            {
                start = i;
                type = ty;
            }
        }

        return spans;
    }

    /// <summary>Rewrites a lenient sequence (IOB1, or BIO with stray I-) as strict BIO.</summary>
    public static int[] ToBio(ReadOnlySpan<int> tags)
    {
        var bio = new int[tags.Length];
        foreach (var (start, end, type) in Spans(tags))
        {
            bio[start] = Begin(type);
            for (var i = start + 1; i < end; i++) bio[i] = Inside(type);
        }

        return bio;
    }
}
