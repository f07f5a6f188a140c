namespace Timeline.Extraction;

/// <summary>
/// Deterministic 64-bit hashing of feature parts (never string.GetHashCode, which is randomised per process), so a
/// trained model's buckets mean the same thing in every run.
/// </summary>
internal static class FeatureHash
{
    private const ulong Prime = 1099511628211UL;
    private const ulong Offset = 14695981039346656037UL;

    public static ulong Text(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h ^= c;
            h *= Prime;
        }

        return Finish(h);
    }

    /// <summary>Hash of the lower-cased text with digits folded to 0 (so "1996" and "1997" share a feature).</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h ^= char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            h *= Prime;
        }

        return Finish(h);
    }

    public static ulong Combine(ulong a, ulong b) => Finish((a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))) * Prime);

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    public static ulong Template(int id) => Finish(Offset ^ ((ulong)id * 0x9E3779B97F4A7C15UL));

    public static int Bucket(ulong h, int bits) => (int)(Finish(h) >> (64 - bits));

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
