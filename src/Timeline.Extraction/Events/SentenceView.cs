using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// A sentence prepared for argument finding: tokens with their entity and time mentions, quote flags,
/// and a light clause segmentation (split at relative pronouns, subordinators, semicolons, dashes, quotes).
/// </summary>
internal sealed class SentenceView
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "to", "into", "from", "with", "by", "for", "of", "against", "near", "outside", "inside",
        "across", "throughout", "around", "over", "between", "among", "toward", "towards", "via", "after", "before",
        "during", "about", "within", "along", "under", "through", "alongside", "beside", "behind",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "another", "further",
        "southern", "northern", "eastern", "western", "central", "occupied", "besieged", "city", "capital",
    };

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "who", "whom", "whose", "which", "where", "that" };

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "while", "because", "although", "though", "after", "before", "since", "until", "unless", "whereas", "if",
        "when", "once", "but", "despite", "amid",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "foreign", "prime", "defence", "defense", "interior", "minister", "president", "secretary", "spokesperson",
        "spokesman", "spokeswoman", "leader", "chief", "ambassador", "envoy", "general", "commander", "official", "king",
        "queen", "ministry", "of", "state", "affairs", "deputy", "senior", "top", "former", "counterpart", "head",
    };

    public SentenceView(Sentence sentence, string text, IReadOnlyList<EntityMention> entities, IReadOnlyList<TimeExpression> times, bool startsQuoted = false)
    {
        Sentence = sentence;
        var n = sentence.Tokens.Length;
        Tokens = sentence.Tokens;
        Lower = new string[n];
        EntityAt = new int[n];
        TimeAt = new int[n];
        InQuote = new bool[n];
        Clause = new int[n];
        Entities = entities;
        Times = times;
        Lemmas = new List<string>[n];
        for (var i = 0; i < n; i++)
        {
            Lower[i] = Tokens[i].Text.ToLowerInvariant();
            Lemmas[i] = Lemmatizer.Candidates(Lower[i]);
            EntityAt[i] = -1;
            TimeAt[i] = -1;
        }

        for (var e = 0; e < entities.Count; e++) Mark(EntityAt, entities[e].Span, e);
        for (var t = 0; t < times.Count; t++) Mark(TimeAt, times[t].Span, t);

        var quoted = startsQuoted;
        for (var i = 0; i < n; i++)
        {
            var t = Tokens[i].Text;
            if (t is "\u201C") quoted = true;
            else if (t is "\u201D") quoted = false;
            else if (t is "\"") quoted = !quoted;
            InQuote[i] = quoted;
        }

        var clause = 0;
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && StartsClause(i)) clause++;
            Clause[i] = clause;
        }

        ClauseCount = clause + 1;
        _ = text;
    }

    /// <summary>True when the text before <paramref name="offset"/> in its paragraph leaves a quotation open.</summary>
    public static bool QuoteOpenAt(string text, int paragraphStart, int offset)
    {
        var open = false;
        for (var i = paragraphStart; i < offset && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u201C') open = true;
            else if (c == '\u201D') open = false;
            else if (c == '"') open = !open;
        }

        return open;
    }

    public Sentence Sentence { get; }

    public ImmutableArray<Token> Tokens { get; }

    public string[] Lower { get; }

    /// <summary>Candidate lemmas of each token, computed once.</summary>
    public List<string>[] Lemmas { get; }

    public int[] EntityAt { get; }

    public int[] TimeAt { get; }

    public bool[] InQuote { get; }

    public int[] Clause { get; }

    public int ClauseCount { get; }

    public IReadOnlyList<EntityMention> Entities { get; }

    public IReadOnlyList<TimeExpression> Times { get; }

    public int Length => Tokens.Length;

    public int ClauseStart(int clause)
    {
        for (var i = 0; i < Length; i++) if (Clause[i] == clause) return i;
        return Length;
    }

    public int ClauseEnd(int clause)
    {
        var end = -1;
        for (var i = 0; i < Length; i++) if (Clause[i] == clause) end = i;
        return end + 1;
    }

    public static bool IsPreposition(string lower) => Prepositions.Contains(lower);

    public static bool IsBoundaryPunct(string t) =>
        t is ";" or ":" or "\u2013" or "\u2014" or "--" or "-" or "\"" or "\u201C" or "\u201D" or "(" or ")";

    public bool IsCapitalised(int i) => Tokens[i].Text.Length > 0 && char.IsUpper(Tokens[i].Text[0]);

    /// <summary>The preposition governing the mention starting at token <paramref name="first"/>, skipping determiners and modifiers.</summary>
    public string? GoverningPreposition(int first)
    {
        var k = first - 1;
        var skipped = 0;
        while (k >= 0 && skipped < 4)
        {
            var w = Lower[k];
            // "Secretary of State Antony Blinken", "Minister of Defence X": the "of" belongs to a capitalised title.
            if (w == "of" && k > 0 && k + 1 < Length && IsCapitalised(k - 1) && IsCapitalised(k + 1) && TitleWords.Contains(Lower[k - 1]))
            {
                k--;
                skipped++;
                continue;
            }

            if (IsPreposition(w)) return w;
            // A name right after a time phrase ("on Monday Netanyahu met") is not governed by the time's preposition.
            if (TimeAt[k] >= 0) return null;
            // "in Israel, Jordan and Iraq": a later member of a list of names shares the first member's preposition.
            if (w is "," or "and" or "or" && ListMemberBefore(first, k) is { } previous)
            {
                k = TokensOf(previous).First - 1;
                skipped = 0;
                continue;
            }

            // "the West Bank-based Palestinian Authority", "Iranian-backed militias": compound modifiers of the name.
            var compound = w.EndsWith("-based", StringComparison.Ordinal) || w.EndsWith("-backed", StringComparison.Ordinal) || w.EndsWith("-led", StringComparison.Ordinal) || w.EndsWith("-run", StringComparison.Ordinal)
                || (w is "based" or "backed" or "led" or "run" && k > 0 && Lower[k - 1] == "-");
            if (compound && w is "based" or "backed" or "led" or "run") k--;
            if (compound || Modifiers.Contains(w) || TitleWords.Contains(w) || (EntityAt[k] >= 0 && IsCapitalised(k)) || (IsCapitalised(k) && k > 0) || w is "'s" or "\u2019s")
            {
                k--;
                skipped++;
                continue;
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The list member before the separator at <paramref name="separator"/>, when the name at <paramref name="first"/>
    /// continues a list of names of the same kind ("Israel, Jordan and Iraq"); null for "In Baghdad, Blinken said" or an
    /// apposition ("Hakan Fidan, Turkey's foreign minister").
    /// </summary>
    private int? ListMemberBefore(int first, int separator)
    {
        var self = EntityAt[first];
        if (self < 0) return null;
        var (_, last) = TokensOf(self);
        var next = last + 1 < Length ? Lower[last + 1] : ".";
        if (next is "'s" or "\u2019s") return null;
        var j = separator - 1;
        if (Lower[separator] is "and" or "or" && j >= 0 && Lower[j] == ",") j--;
        if (j < 0 || EntityAt[j] < 0 || EntityAt[j] == self) return null;
        var previous = EntityAt[j];
        if (!SameKind(Entities[previous].Type, Entities[self].Type)) return null;
        // A member in the middle is followed by another separator; the last one follows "and"/"or".
        return Lower[separator] is "and" or "or" || next is "," or "and" or "or" ? previous : null;
    }

    private static bool SameKind(EntityType a, EntityType b) =>
        a == b || (a is EntityType.Place or EntityType.Country && b is EntityType.Place or EntityType.Country);

    /// <summary>First and last token of an entity mention.</summary>
    public (int First, int Last) TokensOf(int entity)
    {
        if (entityTokens is null)
        {
            entityTokens = new (int, int)[Entities.Count];
            Array.Fill(entityTokens, (-1, -1));
            for (var i = 0; i < Length; i++)
            {
                var e = EntityAt[i];
                if (e < 0) continue;
                entityTokens[e] = entityTokens[e].Item1 < 0 ? (i, i) : (entityTokens[e].Item1, i);
            }
        }

        return entityTokens[entity];
    }

    private (int, int)[]? entityTokens;

    /// <summary>
    /// True when another actor mention follows in the same capitalised noun group ("Turkish Foreign Minister
    /// Hakan Fidan"): English noun groups are head-final, so the later name is the head.
    /// </summary>
    public bool IsModifierOfLaterName(int entity)
    {
        var (_, last) = TokensOf(entity);
        for (var k = last + 1; k < Length; k++)
        {
            if (EntityAt[k] >= 0 && EntityAt[k] != entity) return true;
            if (IsCapitalised(k) || (Lower[k] == "of" && k + 1 < Length && IsCapitalised(k + 1))) continue;
            if (TitleWords.Contains(Lower[k])) continue;
            return false;
        }

        return false;
    }

    /// <summary>"The US secretary of state, Antony Blinken, …": the country qualifies a title whose holder follows in apposition.</summary>
    public bool TitledApposition(int entity)
    {
        var (_, last) = TokensOf(entity);
        var k = last + 1;
        var titled = false;
        while (k < Length && RoleTitles.IsModifier(Lower[k]) || k < Length && RoleTitles.IsHead(Lower[k]))
        {
            titled = true;
            k++;
        }

        return titled && k + 1 < Length && Lower[k] == "," && EntityAt[k + 1] >= 0 && Entities[EntityAt[k + 1]].Type == EntityType.Person;
    }

    private void Mark(int[] at, TextSpan span, int index)
    {
        for (var i = 0; i < Tokens.Length; i++)
        {
            var t = Tokens[i];
            if (t.Start >= span.End) break;
            if (t.Start >= span.Start && t.End <= span.End && at[i] < 0) at[i] = index;
        }
    }

    private bool StartsClause(int i)
    {
        var w = Lower[i];
        var prev = Lower[i - 1];
        if (IsBoundaryPunct(Tokens[i].Text) && Tokens[i].Text != "(") return true;
        if (prev is ";" or ":") return true;
        if (Relatives.Contains(w))
        {
            // "in which", "of whom": the preposition already began the clause.
            return !IsPreposition(prev) || prev is "in" or "of";
        }

        if (Subordinators.Contains(w) && prev != "even" && !(w == "before" && i + 1 < Length && Lower[i + 1] == "the"))
        {
            return true;
        }

        if (w == "as" && i + 1 < Length && Lower[i + 1] is "he" or "she" or "they" or "it" or "we" or "i" && prev != "such") return true;
        // ", saying …", ", sparking …": a participial clause after a comma.
        if (prev == "," && w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && !IsCapitalised(i)) return true;
        if (w == "with" && prev == "," && i + 1 < Length && Lower[i + 1] is "the" or "its" or "his" or "her" or "their") return true;
        if (w is "and" or "but" && prev == "," && i + 1 < Length && (Lower[i + 1] is "he" or "she" or "they" or "it" || NewSubjectAt(i + 1))) return true;
        return false;
    }

    /// <summary>
    /// ", and President X did not meet …": a capitalised noun group followed by a verb-like word starts a new clause;
    /// in a list ("Jordan, Egypt, and Qatar.") the group is followed by punctuation, a preposition or the end.
    /// </summary>
    private bool NewSubjectAt(int i)
    {
        // The part before the comma must itself have a lowercase content word: "Jordan, Egypt, and Qatar agreed" is one subject.
        if (i < 3) return false;
        var content = false;
        for (var j = i - 3; j >= 0 && Clause[j] == Clause[i - 3] && !content; j--)
        {
            content = char.IsLetter(Lower[j][0]) && !IsCapitalised(j) && !IsPreposition(Lower[j]) && !Modifiers.Contains(Lower[j]) && Lower[j] is not ("and" or "or");
        }

        if (!content) return false;
        var k = i;
        // ", and on Monday Netanyahu met …": a fronted time phrase before the new subject.
        if (k < Length && IsPreposition(Lower[k]) && k + 1 < Length && TimeAt[k + 1] >= 0)
        {
            k++;
            while (k < Length && TimeAt[k] >= 0) k++;
            i = k;
        }

        while (k < Length && (IsCapitalised(k) || (Lower[k] == "of" && k + 1 < Length && IsCapitalised(k + 1)))) k++;
        if (k == i || k >= Length) return false;
        var w = Lower[k];
        return char.IsLetter(w[0]) && !IsPreposition(w) && !Modifiers.Contains(w) && w is not ("and" or "or" or "nor" or "as" or "who" or "which" or "whose");
    }
}
