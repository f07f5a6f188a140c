using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// Countries, cities (population ≥ 15,000), regions, organisations, demonyms and person titles, derived from
/// GeoNames (CC BY 4.0) by scripts/build-gazetteer.sh and embedded in the assembly. Lookups are case- and
/// diacritic-insensitive, except that acronyms ("US", "UN") match only when written in capitals.
/// Immutable after loading, so safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Timeline.Extraction.Gazetteer.tsv.gz";
    private const int CuratedTier = 0;
    private const int NameTier = 1;
    private const int AlternateTier = 2;

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Hit[]> _names;
    private readonly Dictionary<string, Hit[]> _acronyms;
    private readonly Dictionary<string, GazetteerFlags> _flags;
    private readonly Dictionary<string, GazetteerFlags>.AlternateLookup<ReadOnlySpan<char>> _flagsBySpan;
    private readonly Dictionary<string, GazetteerFlags> _acronymFlags;
    private readonly Dictionary<string, GazetteerFlags>.AlternateLookup<ReadOnlySpan<char>> _acronymFlagsBySpan;
    private readonly Dictionary<string, GazetteerEntry> _demonyms;
    private readonly Dictionary<string, GazetteerEntry[]> _capitals;
    private readonly Dictionary<string, GazetteerEntry> _byCode;
    private readonly Dictionary<string, GazetteerEntry> _byKey;
    private readonly HashSet<string> _titles;

    private Gazetteer(Builder b)
    {
        _names = Freeze(b.Names);
        _acronyms = Freeze(b.Acronyms);
        _flags = b.Flags;
        _flagsBySpan = _flags.GetAlternateLookup<ReadOnlySpan<char>>();
        _acronymFlags = b.AcronymFlags;
        _acronymFlagsBySpan = _acronymFlags.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonyms = b.Demonyms;
        _capitals = b.Capitals.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byCode = b.ByCode;
        _byKey = b.ByKey;
        _titles = b.Titles;
        Entries = [.. b.Entries];
        MaxPhraseTokens = Math.Min(6, b.MaxPhraseTokens);
    }

    /// <summary>The gazetteer embedded in the assembly, loaded once on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    /// <summary>Every entry, in file order (countries, cities, admin1, regions, organisations).</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>Longest name in tokens that <see cref="TokenFlags"/> tries to match (capped at 6).</summary>
    public int MaxPhraseTokens { get; }

    /// <summary>Loads a gazetteer from the text format written by scripts/build-gazetteer.sh (plain or gzip).</summary>
    public static Gazetteer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        var gzip = copy.Length > 1 && copy.GetBuffer()[0] == 0x1f && copy.GetBuffer()[1] == 0x8b;
        using Stream input = gzip ? new GZipStream(copy, CompressionMode.Decompress) : copy;
        using var reader = new StreamReader(input, Encoding.UTF8);
        var builder = new Builder();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            builder.Add(line.Split('\t'));
        }

        return new Gazetteer(builder);
    }

    /// <summary>
    /// Lookup key of a name: diacritics folded, lower-cased, periods and apostrophes dropped, other punctuation
    /// and hyphens as spaces, a leading "the" removed ("The U.S." → "us", "Khān Yūnis" → "khan yunis").
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Ids.Fold(name);
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('.' or '\'' or '\u2019'))
            {
                space = true;
            }
        }

        if (sb.Length > 4 && sb[0] == 't' && sb[1] == 'h' && sb[2] == 'e' && sb[3] == ' ') sb.Remove(0, 4);
        return sb.ToString();
    }

    /// <summary>Every entry called <paramref name="name"/>: curated entries (countries, regions, organisations) first, then cities by population, then division names, then other-language names.</summary>
    public ImmutableArray<GazetteerEntry> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hits = Find(name);
        if (hits.Length == 0) return [];
        var result = ImmutableArray.CreateBuilder<GazetteerEntry>(hits.Length);
        foreach (var h in hits) result.Add(h.Entry);
        return result.MoveToImmutable();
    }

    /// <summary>Places (cities, regions, divisions) called <paramref name="name"/>, best candidate first (curated regions, then by population).</summary>
    public ImmutableArray<GazetteerEntry> Places(string name) =>
        [.. Lookup(name).Where(e => e.Kind is GazetteerKind.City or GazetteerKind.Region or GazetteerKind.Admin1)];

    /// <summary>The country called <paramref name="name"/> ("Turkey", "Türkiye", "U.S.", "America"), or null.</summary>
    public GazetteerEntry? Country(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var h in Find(name))
        {
            if (h.Entry.Kind == GazetteerKind.Country && h.Tier == CuratedTier) return h.Entry;
        }

        return null;
    }

    /// <summary>The organisation called <paramref name="name"/> ("PLO", "Palestine Liberation Organization"), or null.</summary>
    public GazetteerEntry? Organization(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var h in Find(name))
        {
            if (h.Entry.Kind == GazetteerKind.Organization) return h.Entry;
        }

        return null;
    }

    /// <summary>The country with ISO 3166 alpha-2 or alpha-3 code <paramref name="code"/> (any case), or null.</summary>
    public GazetteerEntry? CountryByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code.ToUpperInvariant());
    }

    /// <summary>The entry with key <paramref name="key"/> (e.g. <c>country/tr</c>, <c>place/323786</c>), or null.</summary>
    public GazetteerEntry? ByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _byKey.GetValueOrDefault(key);
    }

    /// <summary>The country a demonym refers to ("Turkish" → Turkey, "Israelis" → Israel), or null.</summary>
    public GazetteerEntry? DemonymCountry(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _demonyms.GetValueOrDefault(Normalize(word));
    }

    /// <summary>True when <paramref name="word"/> is a demonym.</summary>
    public bool IsDemonym(string word) => DemonymCountry(word) is not null;

    /// <summary>The country whose capital is <paramref name="name"/> ("Tehran" → Iran), or null when none or several.</summary>
    public GazetteerEntry? CountryOfCapital(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _capitals.TryGetValue(Normalize(name), out var countries) && countries.Length == 1 ? countries[0] : null;
    }

    /// <summary>True when <paramref name="phrase"/> is a person title or honorific ("Prime Minister", "Mr.").</summary>
    public bool IsTitle(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _titles.Contains(Normalize(phrase));
    }

    /// <summary>Membership bits of a token or phrase ("Turkish" → Demonym, "New York" → City|Region).</summary>
    public GazetteerFlags Flags(string tokenOrPhrase)
    {
        ArgumentNullException.ThrowIfNull(tokenOrPhrase);
        return Flags(tokenOrPhrase.AsSpan(), tokenOrPhrase);
    }

    /// <summary>
    /// <see cref="Flags(string)"/> for a phrase held in a buffer, so the name tagger's n-gram features need not build a
    /// string per n-gram; <paramref name="text"/> is the same phrase as a string when the caller already has one.
    /// </summary>
    internal GazetteerFlags Flags(ReadOnlySpan<char> tokenOrPhrase, string? text = null)
    {
        var flags = GazetteerFlags.None;
        if (tokenOrPhrase.Length is >= 2 and <= 12)
        {
            Span<char> acronym = stackalloc char[12];
            if (AcronymKey(tokenOrPhrase, acronym) is var n and > 0 && _acronymFlagsBySpan.TryGetValue(acronym[..n], out var a)) flags |= a;
        }

        if (tokenOrPhrase.Length <= 128 && !tokenOrPhrase.ContainsAnyExceptInRange((char)0, (char)127))
        {
            // Allocation-free path for the tagger's features: normalise into a stack buffer and look the span up.
            Span<char> buffer = stackalloc char[tokenOrPhrase.Length];
            var key = NormalizeAscii(tokenOrPhrase, buffer);
            if (_flagsBySpan.TryGetValue(key, out var fs)) flags |= fs;
            return flags;
        }

        if (_flags.TryGetValue(Normalize(text ?? tokenOrPhrase.ToString()), out var f)) flags |= f;
        return flags;
    }

    /// <summary>Same result as <see cref="Normalize"/> for ASCII input, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> NormalizeAscii(ReadOnlySpan<char> s, Span<char> buffer)
    {
        var n = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (space && n > 0) buffer[n++] = ' ';
                space = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (c is not ('.' or '\''))
            {
                space = true;
            }
        }

        var key = buffer[..n];
        return key.Length > 4 && key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>
    /// Membership bits per token of a sentence: each token gets the bits of every gazetteer name (up to
    /// <see cref="MaxPhraseTokens"/> tokens long) that covers it.
    /// </summary>
    public ImmutableArray<GazetteerFlags> TokenFlags(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new GazetteerFlags[tokens.Count];
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Length == 0 || !char.IsLetterOrDigit(tokens[i][0])) continue;
            sb.Clear();
            for (var len = 1; len <= MaxPhraseTokens && i + len <= tokens.Count; len++)
            {
                if (len > 1) sb.Append(' ');
                sb.Append(tokens[i + len - 1]);
                var f = Flags(sb.ToString());
                if (f == GazetteerFlags.None) continue;
                for (var k = i; k < i + len; k++) result[k] |= f;
            }
        }

        return ImmutableArray.Create(result);
    }

    private Hit[] Find(string name)
    {
        var trimmed = StripThe(name.Trim());
        if (AcronymKey(trimmed) is { } ak && _acronyms.TryGetValue(ak, out var a)) return a;
        return _names.TryGetValue(Normalize(trimmed), out var n) ? n : [];
    }

    private static string StripThe(string s) =>
        s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..].TrimStart() : s;

    /// <summary>Key for the case-sensitive acronym table: "U.S." → "US"; null when the text is not an acronym.</summary>
    private static string? AcronymKey(string text)
    {
        Span<char> buffer = stackalloc char[12];
        return AcronymKey(text, buffer) is var n and > 0 ? new string(buffer[..n]) : null;
    }

    /// <summary>Writes the acronym key of <paramref name="text"/> into <paramref name="buffer"/> (12 chars) and returns its length, or 0.</summary>
    private static int AcronymKey(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (text.Length is < 2 or > 12) return 0;
        var n = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (c == '.') continue;
            if (char.IsAsciiLetterUpper(c)) letters++;
            else if (!char.IsAsciiDigit(c)) return 0;
            buffer[n++] = c;
        }

        return letters >= 1 && n is >= 2 and <= 5 ? n : 0;
    }

    private static bool IsAcronym(string name) => AcronymKey(name) is not null;

    private static Dictionary<string, Hit[]> Freeze(Dictionary<string, List<Hit>> map)
    {
        var result = new Dictionary<string, Hit[]>(map.Count, StringComparer.Ordinal);
        foreach (var (key, list) in map)
        {
            if (list.Count == 1)
            {
                result[key] = [list[0]];
                continue;
            }

            // One hit per entry (its best tier), then the documented order.
            var best = new Dictionary<GazetteerEntry, Hit>(ReferenceEqualityComparer.Instance);
            foreach (var h in list)
            {
                if (!best.TryGetValue(h.Entry, out var old) || h.Tier < old.Tier) best[h.Entry] = h;
            }

            var hits = best.Values.ToArray();
            Array.Sort(hits, CompareHits);
            result[key] = hits;
        }

        return result;
    }

    private static int CompareHits(Hit x, Hit y)
    {
        var c = x.Tier.CompareTo(y.Tier);
        if (c != 0) return c;
        c = KindRank(x.Entry.Kind).CompareTo(KindRank(y.Entry.Kind));
        if (c != 0) return c;
        c = y.Entry.Population.CompareTo(x.Entry.Population);
        return c != 0 ? c : string.CompareOrdinal(x.Entry.Key, y.Entry.Key);
    }

    private static int KindRank(GazetteerKind kind) => kind switch
    {
        GazetteerKind.Country => 0,
        GazetteerKind.Region => 1,
        GazetteerKind.Organization => 2,
        GazetteerKind.City => 3,
        _ => 4,
    };

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Embedded gazetteer resource is missing: " + ResourceName);
        return Load(stream);
    }

    private readonly record struct Hit(GazetteerEntry Entry, int Tier);

    private sealed class Builder
    {
        public Dictionary<string, List<Hit>> Names { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<Hit>> Acronyms { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, GazetteerFlags> Flags { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, GazetteerFlags> AcronymFlags { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, GazetteerEntry> Demonyms { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<GazetteerEntry>> Capitals { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, GazetteerEntry> ByCode { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, GazetteerEntry> ByKey { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

        public List<GazetteerEntry> Entries { get; } = [];

        public int MaxPhraseTokens { get; private set; } = 1;

        public void Add(string[] f)
        {
            switch (f[0])
            {
                case "C": AddCountry(f); break;
                case "P": AddCity(f); break;
                case "A": AddAdmin1(f); break;
                case "R": AddRegion(f); break;
                case "O": AddOrganization(f); break;
                case "T": AddName(Normalize(f[1]), GazetteerFlags.PersonTitle, f[1]); Titles.Add(Normalize(f[1])); break;
                default: throw new InvalidDataException("Unknown gazetteer line kind: " + f[0]);
            }
        }

        private void AddCountry(string[] f)
        {
            var e = new GazetteerEntry
            {
                Key = "country/" + f[1].ToLowerInvariant(),
                Kind = GazetteerKind.Country,
                Name = f[3],
                Country = f[1],
                Iso3 = f[2],
                Lat = Coordinate(f[4]),
                Lon = Coordinate(f[5]),
                Population = Number(f[6]),
                Capitals = List(f[7]),
                Aliases = List(f[8]),
                Demonyms = List(f[9]),
            };
            Register(e);
            ByCode[f[1]] = e;
            if (f[2].Length > 0) ByCode[f[2]] = e;
            Index(e, e.Name, CuratedTier, GazetteerFlags.Country);
            foreach (var a in e.Aliases) Index(e, a, CuratedTier, GazetteerFlags.Country);
            foreach (var d in e.Demonyms)
            {
                var key = Normalize(d);
                // "American" is also listed for American Samoa and the Northern Marianas: the larger country wins.
                if (!Demonyms.TryGetValue(key, out var other) || other.Population < e.Population) Demonyms[key] = e;
                AddName(key, GazetteerFlags.Demonym, d);
            }

            foreach (var c in e.Capitals)
            {
                var key = Normalize(c);
                if (!Capitals.TryGetValue(key, out var list)) Capitals[key] = list = [];
                list.Add(e);
            }
        }

        private void AddCity(string[] f)
        {
            var alternates = f.Length > 10 ? List(f[10]) : [];
            var e = new GazetteerEntry
            {
                Key = "place/" + f[1],
                Kind = GazetteerKind.City,
                Name = f[2],
                Country = f[3],
                Admin1 = f[4].Length > 0 ? f[4] : null,
                Lat = Coordinate(f[5]),
                Lon = Coordinate(f[6]),
                Population = Number(f[7]),
                Feature = f[8],
                Aliases = [.. List(f[9]), .. alternates],
            };
            Register(e);
            Index(e, e.Name, NameTier, GazetteerFlags.City);
            foreach (var a in List(f[9])) Index(e, a, NameTier, GazetteerFlags.City);
            foreach (var a in alternates) Index(e, a, AlternateTier, GazetteerFlags.City);
        }

        private void AddAdmin1(string[] f)
        {
            var e = new GazetteerEntry
            {
                Key = "place/" + f[1],
                Kind = GazetteerKind.Admin1,
                Name = f[2],
                Country = f[3],
                Admin1 = f[4],
            };
            Register(e);
            Index(e, e.Name, NameTier, GazetteerFlags.Region);
        }

        private void AddRegion(string[] f)
        {
            var e = new GazetteerEntry
            {
                Key = "region/" + Ids.Slug(f[1]),
                Kind = GazetteerKind.Region,
                Name = f[1],
                Feature = f[2],
                Country = f[3].Length > 0 ? f[3] : null,
                Lat = Coordinate(f[4]),
                Lon = Coordinate(f[5]),
                Aliases = List(f[6]),
            };
            Register(e);
            Index(e, e.Name, CuratedTier, GazetteerFlags.Region);
            foreach (var a in e.Aliases) Index(e, a, CuratedTier, GazetteerFlags.Region);
        }

        private void AddOrganization(string[] f)
        {
            var e = new GazetteerEntry
            {
                Key = "org/" + Ids.Slug(f[1]),
                Kind = GazetteerKind.Organization,
                Name = f[1],
                Country = f[2].Length > 0 ? f[2] : null,
                Aliases = List(f[3]),
            };
            Register(e);
            Index(e, e.Name, CuratedTier, GazetteerFlags.Organization);
            foreach (var a in e.Aliases) Index(e, a, CuratedTier, GazetteerFlags.Organization);
        }

        private void Register(GazetteerEntry e)
        {
            Entries.Add(e);
            ByKey.TryAdd(e.Key, e);
        }

        private void Index(GazetteerEntry e, string name, int tier, GazetteerFlags flag)
        {
            var stripped = StripThe(name);
            if (IsAcronym(stripped))
            {
                var ak = AcronymKey(stripped)!;
                if (!Acronyms.TryGetValue(ak, out var al)) Acronyms[ak] = al = [];
                al.Add(new Hit(e, tier));
                AcronymFlags[ak] = AcronymFlags.GetValueOrDefault(ak) | flag;
                return;
            }

            var key = Normalize(stripped);
            if (key.Length == 0) return;
            if (!Names.TryGetValue(key, out var list)) Names[key] = list = [];
            list.Add(new Hit(e, tier));
            AddName(key, flag, name);
        }

        private void AddName(string key, GazetteerFlags flag, string name)
        {
            if (key.Length == 0) return;
            Flags[key] = Flags.GetValueOrDefault(key) | flag;

            // Tokens as the tokenizer cuts them: words plus separate punctuation ("Washington , D.C.").
            var tokens = 1;
            foreach (var c in name)
            {
                if (c == ' ' || c == ',' || c == '(' || c == '/') tokens++;
            }

            if (tokens > MaxPhraseTokens) MaxPhraseTokens = tokens;
        }

        private static ImmutableArray<string> List(string field) =>
            field.Length == 0 ? [] : [.. field.Split('|', StringSplitOptions.RemoveEmptyEntries)];

        private static double? Coordinate(string s) =>
            s.Length == 0 ? null : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

        private static long Number(string s) =>
            s.Length == 0 ? 0 : long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
