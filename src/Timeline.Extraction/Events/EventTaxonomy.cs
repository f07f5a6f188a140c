using System.Collections.Immutable;
using System.Text.Json;

namespace Timeline.Extraction;

/// <summary>One event type of the taxonomy: its trigger lexicon and how summaries phrase it.</summary>
public sealed record EventTypeInfo
{
    /// <summary>Type id used in event mentions and ids (e.g. <c>meet</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable label.</summary>
    public string Label { get; init; } = "";

    /// <summary>The CAMEO code(s) the type corresponds to.</summary>
    public string Cameo { get; init; } = "";

    /// <summary>The PLOVER category the type corresponds to.</summary>
    public string Plover { get; init; } = "";

    /// <summary>True when the agent is physically at the event's place (used for itineraries).</summary>
    public bool Presence { get; init; }

    /// <summary>Past-tense verb phrase for summaries ("met").</summary>
    public string Past { get; init; } = "";

    /// <summary>Base verb phrase for summaries ("meet").</summary>
    public string Base { get; init; } = "";

    /// <summary>Word joining the agent's phrase to the other participants ("with"), possibly empty.</summary>
    public string Join { get; init; } = "";

    /// <summary>Verb lemmas that trigger the type.</summary>
    public ImmutableArray<string> Verbs { get; init; } = [];

    /// <summary>Event-noun lemmas that trigger the type (multi-word nouns are matched as patterns).</summary>
    public ImmutableArray<string> Nouns { get; init; } = [];

    /// <summary>Multi-word lemma patterns; <c>*</c> skips up to four modifier tokens.</summary>
    public ImmutableArray<string> Patterns { get; init; } = [];

    /// <summary>Types a mention of this type may merge with.</summary>
    public ImmutableArray<string> Compatible { get; init; } = [];

    /// <summary>Verb lemmas that only attribute words ("say", "add"): an event only when their clause dates or places it.</summary>
    public ImmutableArray<string> Attributions { get; init; } = [];
}

/// <summary>The event taxonomy loaded from the embedded data file <c>event-types.json</c>.</summary>
public sealed class EventTaxonomy
{
    private readonly Dictionary<string, EventTypeInfo> byId;
    private readonly Dictionary<string, string> verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> nouns = new(StringComparer.Ordinal);

    private EventTaxonomy(ImmutableArray<EventTypeInfo> types, ImmutableArray<string> reporting, ImmutableArray<string> blocked)
    {
        Types = types;
        Reporting = reporting.ToImmutableHashSet(StringComparer.Ordinal);
        byId = types.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var patterns = new List<TriggerPattern>();
        foreach (var t in types)
        {
            foreach (var v in t.Verbs) verbs.TryAdd(v, t.Id);
            foreach (var n in t.Nouns)
            {
                if (n.Contains(' ', StringComparison.Ordinal)) patterns.Add(new TriggerPattern(n.Split(' '), t.Id));
                else nouns.TryAdd(n, t.Id);
            }

            foreach (var p in t.Patterns) patterns.Add(new TriggerPattern(p.Split(' ', StringSplitOptions.RemoveEmptyEntries), t.Id));
        }

        foreach (var b in blocked) patterns.Add(new TriggerPattern(b.Split(' ', StringSplitOptions.RemoveEmptyEntries), null));
        // Longer patterns first so "ceasefire talks" beats "talks"; ordinal tiebreak keeps matching deterministic.
        Patterns = [.. patterns.OrderByDescending(p => p.Words.Count(w => w != "*")).ThenBy(p => string.Join(' ', p.Words), StringComparer.Ordinal)];
        var byFirst = new Dictionary<string, List<TriggerPattern>>(StringComparer.Ordinal);
        foreach (var p in Patterns)
        {
            if (!byFirst.TryGetValue(p.Words[0], out var list)) byFirst[p.Words[0]] = list = [];
            list.Add(p);
        }

        patternsByFirst = byFirst.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        for (var i = 0; i < Patterns.Length; i++) rankOf[Patterns[i]] = i;
    }

    private readonly Dictionary<string, TriggerPattern[]> patternsByFirst;
    private readonly Dictionary<TriggerPattern, int> rankOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>Patterns whose first word is one of <paramref name="lemmas"/>, in matching priority order.</summary>
    internal IEnumerable<TriggerPattern> PatternsStartingWith(List<string> lemmas)
    {
        if (lemmas.Count == 1) return patternsByFirst.GetValueOrDefault(lemmas[0]) ?? [];
        var found = new List<TriggerPattern>();
        foreach (var l in lemmas)
        {
            if (patternsByFirst.TryGetValue(l, out var ps)) found.AddRange(ps);
        }

        if (found.Count < 2) return found;
        return found.Distinct().OrderBy(p => rankOf[p]);
    }

    /// <summary>The taxonomy shipped with Timeline.</summary>
    public static EventTaxonomy Default { get; } = LoadDefault();

    /// <summary>Every type, in file order.</summary>
    public ImmutableArray<EventTypeInfo> Types { get; }

    /// <summary>Lemmas of reporting verbs and markers: events they introduce are claims attributed to someone.</summary>
    public ImmutableHashSet<string> Reporting { get; }

    internal ImmutableArray<TriggerPattern> Patterns { get; }

    /// <summary>The type with this id, or null.</summary>
    public EventTypeInfo? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>True when mentions of the two types may describe the same happening.</summary>
    public bool AreCompatible(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        return (Find(a)?.Compatible.Contains(b) ?? false) || (Find(b)?.Compatible.Contains(a) ?? false);
    }

    /// <summary>Parses a taxonomy in the format of <c>event-types.json</c>.</summary>
    public static EventTaxonomy Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var types = ImmutableArray.CreateBuilder<EventTypeInfo>();
        foreach (var t in root.GetProperty("types").EnumerateArray())
        {
            types.Add(new EventTypeInfo
            {
                Id = t.GetProperty("id").GetString()!,
                Label = Str(t, "label"),
                Cameo = Str(t, "cameo"),
                Plover = Str(t, "plover"),
                Presence = t.TryGetProperty("presence", out var p) && p.GetBoolean(),
                Past = Str(t, "past"),
                Base = Str(t, "base"),
                Join = Str(t, "join"),
                Verbs = List(t, "verbs"),
                Nouns = List(t, "nouns"),
                Patterns = List(t, "patterns"),
                Compatible = List(t, "compatible"),
                Attributions = List(t, "attributions"),
            });
        }

        return new EventTaxonomy(types.ToImmutable(), List(root, "reporting"), List(root, "blocked"));
    }

    internal string? VerbType(string lemma) => verbs.GetValueOrDefault(lemma);

    internal string? NounType(string lemma) => nouns.GetValueOrDefault(lemma);

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

    private static ImmutableArray<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(x => x.GetString()!)]
            : [];

    private static EventTaxonomy LoadDefault()
    {
        var asm = typeof(EventTaxonomy).Assembly;
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("event-types.json", StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>A multi-word trigger (or, with a null type, a blocked phrase).</summary>
internal sealed record TriggerPattern(string[] Words, string? Type);
