namespace Timeline.Extraction;

/// <summary>
/// Word lists the features look up, stored as 64-bit hashes so the model carries them compactly: a lexicon of
/// lower-cased token sequences with category bits (bits 0-3: names seen as PER, LOC, ORG, MISC in the training data;
/// higher bits: gazetteer categories), and a case profile of words from unlabeled text.
/// </summary>
internal sealed class NerResources
{
    public const int MaxNameLength = 6;

    /// <summary>Case profile classes: how a word is written mid-sentence in running text.</summary>
    public const byte Unknown = 0, MostlyLower = 1, Mixed = 2, MostlyCapitalised = 3;

    private static readonly ulong SequenceSeed = FeatureHash.Template(9001);

    public Dictionary<ulong, ushort> Lexicon { get; } = [];

    public Dictionary<ulong, byte> CaseProfile { get; } = [];

    /// <summary>Word classes from unlabeled text (<see cref="WordClusters"/>), by lower-cased word hash.</summary>
    public Dictionary<ulong, uint> Clusters { get; } = [];

    public static ulong SequenceStart => SequenceSeed;

    public static ulong Extend(ulong sequence, ulong lowerToken) => FeatureHash.Combine(sequence, lowerToken);

    public static ulong Key(IReadOnlyList<string> tokens)
    {
        var h = SequenceSeed;
        foreach (var t in tokens) h = Extend(h, FeatureHash.Lower(Normalise(t)));
        return h;
    }

    public void AddName(IReadOnlyList<string> tokens, int category)
    {
        if (tokens.Count == 0 || tokens.Count > MaxNameLength) return;
        var key = Key(tokens);
        Lexicon[key] = (ushort)(Lexicon.GetValueOrDefault(key) | (1 << category));
    }

    /// <summary>Gazetteer membership of a phrase (token n-gram joined by spaces); null to train and tag without it.</summary>
    public PhraseFlags? Gazetteer { get; set; }

    public byte CaseOf(ulong lower) => CaseProfile.GetValueOrDefault(lower);

    /// <summary>Folds typographic quotes and dashes to the ASCII forms the CoNLL data uses.</summary>
    public static string Normalise(string token)
    {
        foreach (var c in token)
        {
            if (c is '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2013' or '\u2014' or '\u00AB' or '\u00BB' or '\u2032') return NormaliseSlow(token);
        }

        return token;
    }

    private static string NormaliseSlow(string token)
    {
        var chars = token.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '\u2018' or '\u2019' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' => '-',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    /// <summary>Counts how words are cased mid-sentence (not first, not in an all-caps line) and keeps a class per word seen twice or more.</summary>
    public static Dictionary<ulong, byte> BuildCaseProfile(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 2)
    {
        var counts = new Dictionary<ulong, (int Lower, int Upper)>();
        foreach (var s in sentences)
        {
            if (IsAllCaps(s)) continue;
            for (var i = 1; i < s.Count; i++)
            {
                var w = s[i];
                if (w.Length == 0 || !char.IsLetter(w[0])) continue;
                var prev = s[i - 1];
                if (prev is "\"" or ":" or "-" or "--" or "(" or "'" or "``" or "." or "?" or "!") continue;
                var key = FeatureHash.Lower(w);
                var c = counts.GetValueOrDefault(key);
                counts[key] = char.IsUpper(w[0]) ? (c.Lower, c.Upper + 1) : (c.Lower + 1, c.Upper);
            }
        }

        var profile = new Dictionary<ulong, byte>();
        foreach (var (k, (lo, up)) in counts)
        {
            var total = lo + up;
            if (total < minCount) continue;
            var ratio = (double)up / total;
            profile[k] = ratio >= 0.9 ? MostlyCapitalised : ratio <= 0.1 ? MostlyLower : Mixed;
        }

        return profile;
    }

    /// <summary>A headline-style line: at least two words with letters and no lower-case letter anywhere.</summary>
    public static bool IsAllCaps(IReadOnlyList<string> words)
    {
        var lettered = 0;
        foreach (var w in words)
        {
            var hasLetter = false;
            foreach (var c in w)
            {
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) hasLetter = true;
            }

            if (hasLetter) lettered++;
        }

        return lettered >= 2;
    }
}

/// <summary>Gazetteer membership of a phrase (token n-gram joined by spaces), read from a buffer the caller reuses.</summary>
internal delegate GazetteerFlags PhraseFlags(ReadOnlySpan<char> phrase);
