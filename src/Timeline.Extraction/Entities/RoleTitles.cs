using System.Collections.Frozen;

namespace Timeline.Extraction;

/// <summary>
/// The vocabulary of person titles ("prime minister", "Ministry of Foreign Affairs spokesperson", "the top US
/// diplomat") and the role classes that make different wordings of one office comparable.
/// </summary>
public static class RoleTitles
{
    // Nouns that can end a title phrase: the office itself.
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
    [
        "president", "minister", "premier", "chancellor", "secretary", "secretary-general", "king", "queen", "prince",
        "princess", "emir", "sheikh", "sultan", "pope", "ayatollah", "leader", "spokesperson", "spokesman",
        "spokeswoman", "ambassador", "envoy", "diplomat", "senator", "congressman", "congresswoman", "governor", "mayor",
        "chief", "commander", "general", "admiral", "colonel", "director", "director-general", "chairman",
        "chairwoman", "chair", "adviser", "advisor", "negotiator", "official", "head", "speaker", "judge", "ceo",
        "coordinator", "representative", "counterpart", "lawmaker", "deputy", "monarch", "mp", "mep", "treasurer",
        "co-chairman", "whip", "peer", "minister-president", "ruler", "commissioner", "prosecutor",
    ], StringComparer.Ordinal);

    // Words that may precede a head inside a title phrase ("foreign", "prime", "of", "state").
    private static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
    [
        "prime", "foreign", "defence", "defense", "interior", "finance", "home", "health", "justice", "trade",
        "economy", "energy", "security", "national", "vice", "deputy", "top", "senior", "chief", "acting", "former",
        "supreme", "crown", "state", "of", "for", "affairs", "ministry", "department", "office", "press", "military",
        "army", "intelligence", "general", "special", "presidential", "executive", "assistant", "principal",
        "humanitarian", "opposition", "party", "government", "cabinet", "war", "foreign-policy", "middle", "east",
        "white", "house", "communications", "political", "bureau", "council", "forces", "commission", "relief",
        "agency", "un", "u.n.", "eu", "nato", "interim", "then", "outgoing", "incoming",
    ], StringComparer.Ordinal);

    // Honorifics name a person but hold no office.
    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
    [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "prof", "prof.",
        "professor", "mx", "mx.",
    ], StringComparer.Ordinal);

    // Role classes: different wordings of the same office.
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["secretary of state"] = "foreign minister",
        ["minister of foreign affairs"] = "foreign minister",
        ["foreign affairs minister"] = "foreign minister",
        ["foreign secretary"] = "foreign minister",
        ["top diplomat"] = "foreign minister",
        ["chief diplomat"] = "foreign minister",
        ["premier"] = "prime minister",
        ["defense minister"] = "defence minister",
        ["minister of defence"] = "defence minister",
        ["minister of defense"] = "defence minister",
        ["defense secretary"] = "defence minister",
        ["defence secretary"] = "defence minister",
        ["secretary of defense"] = "defence minister",
        ["secretary general"] = "secretary-general",
        ["spokesman"] = "spokesperson",
        ["spokeswoman"] = "spokesperson",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Offices with one holder per country or organisation: a description naming one ("the Turkish president")
    // can be resolved to the person named elsewhere.
    private static readonly FrozenSet<string> UniqueOffices = FrozenSet.ToFrozenSet(
    [
        "president", "prime minister", "chancellor", "king", "queen", "emir", "crown prince", "supreme leader",
        "foreign minister", "defence minister", "interior minister", "finance minister", "vice president",
        "secretary-general", "sultan", "pope", "national security adviser",
    ], StringComparer.Ordinal);

    /// <summary>True when the lower-cased word can end a title ("minister", "spokesperson").</summary>
    public static bool IsHead(string word) => Heads.Contains(Lower(word));

    /// <summary>True when the lower-cased word can sit inside a title ("foreign", "of", "state").</summary>
    public static bool IsModifier(string word) => Modifiers.Contains(Lower(word));

    /// <summary>True for honorifics such as "Mr", "Mrs.", "Dr".</summary>
    public static bool IsHonorific(string word) => Honorifics.Contains(Lower(word));

    /// <summary>The role class of a title: lower-cased, "the"/"top" noise removed, synonyms unified ("US secretary of state" → "foreign minister").</summary>
    public static string Canonical(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = Lower(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[0] is "the" or "a" or "an") words.RemoveAt(0);
        var joined = string.Join(' ', words);
        if (Synonyms.TryGetValue(joined, out var s)) return s;
        if (words.Count > 1 && words[0] is "top" or "senior" or "chief" && !joined.EndsWith("diplomat", StringComparison.Ordinal))
        {
            joined = string.Join(' ', words.Skip(1));
        }

        return Synonyms.GetValueOrDefault(joined, joined);
    }

    /// <summary>True when the office has a single holder per country or organisation.</summary>
    public static bool IsUniqueOffice(string title) => UniqueOffices.Contains(Canonical(title));

    private static string Lower(string s) => s.ToLowerInvariant().Replace('\u2019', '\'');
}
