using System.Collections.Frozen;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>Person-name analysis for resolution: honorifics off, particles aside, surname and first name.</summary>
internal sealed record PersonName(string Written, string FullKey, string[] Core, bool HadHonorific)
{
    // Particles belong to the surname but do not identify it: "al-Sudani" and "Sudani" name the same person.
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "ter", "ben", "del", "dos", "das"],
        StringComparer.Ordinal);

    public string Surname => Core[^1];

    public string First => Core[0];

    public bool IsFull => Core.Length >= 2;

    public static PersonName? Parse(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var honorific = false;
        while (words.Count > 1 && (RoleTitles.IsHonorific(words[0]) || RoleTitles.IsHead(words[0])))
        {
            honorific = true;
            words.RemoveAt(0);
        }

        if (words.Count > 0 && words[^1] is "'s" or "\u2019s") words.RemoveAt(words.Count - 1);
        var key = Gazetteer.Normalize(string.Join(' ', words));
        if (key.Length == 0) return null;
        var tokens = key.Split(' ');
        var core = tokens.Where(t => !Particles.Contains(t) && !IsSuffix(t)).ToArray();
        if (core.Length == 0) core = [tokens[^1]];
        return new PersonName(written, key, core, honorific);
    }

    /// <summary>True when the token is an initial ("W", "J") rather than a name.</summary>
    public static bool IsInitial(string token) => token.Length == 1;

    private static bool IsSuffix(string t) => t is "jr" or "sr" or "ii" or "iii" or "iv" or "qc" or "kc" or "mp" or "mep" or "obe" or "mbe";
}

/// <summary>String distances used by the typo rule.</summary>
internal static class EditDistance
{
    /// <summary>Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions).</summary>
    public static int Of(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        // Three rolling rows (the transposition needs the row before last); names are short, so they live on the stack.
        var width = b.Length + 1;
        Span<int> buffer = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var before = buffer[..width];
        var prev = buffer.Slice(width, width);
        var cur = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, before[j - 2] + 1);
                cur[j] = v;
            }

            var spare = before;
            before = prev;
            prev = cur;
            cur = spare;
        }

        return prev[b.Length];
    }

    /// <summary>Edits a name of this length may carry and still be a typo: none below 5 letters, one up to 7, two from 8.</summary>
    public static int Allowed(int length) => length switch
    {
        < 5 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ but are a plausible misspelling of each other.</summary>
    public static bool IsTypo(string a, string b)
    {
        if (a == b || a.Length == 0 || b.Length == 0 || a[0] != b[0]) return false;

        // One name extending the other is usually another name, not a slip: Robert/Roberts, Malone/Maloney.
        if (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)) return false;
        var allowed = Allowed(Math.Min(a.Length, b.Length));
        if (allowed == 0 || Math.Abs(a.Length - b.Length) > allowed) return false;
        return Of(a, b) <= allowed;
    }
}
