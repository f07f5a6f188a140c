using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>A recognised name inside one sentence, as token indices (inclusive).</summary>
internal readonly record struct SentenceName(int First, int Last, string Label);

/// <summary>One sentence with the names the recognizer found in it, indexed by token.</summary>
internal sealed class NamedSentence
{
    public NamedSentence(Sentence sentence, string text, ImmutableArray<NameSpan> names, Gazetteer gazetteer)
    {
        Sentence = sentence;
        Text = text;
        Gazetteer = gazetteer;
        Tokens = sentence.Tokens;
        NameAt = new int[Tokens.Length];
        Array.Fill(NameAt, -1);
        var list = new List<SentenceName>();
        foreach (var name in names)
        {
            if (!name.Span.Overlaps(sentence.Span)) continue;
            int first = -1, last = -1;
            for (var i = 0; i < Tokens.Length; i++)
            {
                if (!Tokens[i].Span.Overlaps(name.Span)) continue;
                if (first < 0) first = i;
                last = i;
            }

            if (first < 0 || NameAt[first] >= 0) continue;
            for (var i = first; i <= last; i++) NameAt[i] = list.Count;
            list.Add(new SentenceName(first, last, name.Label));
        }

        _names = JoinOfPhrases(list);
        Array.Fill(NameAt, -1);
        for (var n = 0; n < Names.Count; n++)
        {
            for (var i = Names[n].First; i <= Names[n].Last; i++) NameAt[i] = n;
        }
    }

    // The recognizer sometimes cuts "Qatari Ministry of Foreign Affairs" or "Bank of England" at "of".
    private static readonly HashSet<string> Institutions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Department", "Office", "University", "Bank", "Council", "Organisation", "Organization", "League",
        "Court", "Institute", "Union", "Commission", "Agency", "Board", "Bureau", "Academy", "Assembly", "Committee",
        "Federation", "Association", "Chamber", "House", "Republic", "Kingdom", "Church", "Museum",
    };

    private List<SentenceName> JoinOfPhrases(List<SentenceName> names)
    {
        var result = new List<SentenceName>();
        foreach (var n in names.OrderBy(n => n.First))
        {
            if (result.Count > 0)
            {
                var prev = result[^1];
                if (prev.Label == "ORG" && n.First == prev.Last + 2 && Tokens[prev.Last + 1].Text == "of"
                    && n.Label is "ORG" or "LOC" && Institutions.Contains(Tokens[prev.Last].Text))
                {
                    result[^1] = prev with { Last = n.Last };
                    continue;
                }
            }

            result.Add(n);
        }

        return result;
    }

    public Sentence Sentence { get; }

    public string Text { get; }

    public Gazetteer Gazetteer { get; }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Index into <see cref="Names"/> of the name covering each token, or -1.</summary>
    public int[] NameAt { get; }

    private readonly List<SentenceName> _names;

    public IReadOnlyList<SentenceName> Names => _names;

    /// <summary>Changes the label of name <paramref name="n"/> (recognizer fix-ups).</summary>
    public void Relabel(int n, string label) => _names[n] = _names[n] with { Label = label };

    /// <summary>Drops trailing tokens of name <paramref name="n"/> (keeps at least one).</summary>
    public void TrimEnd(int n, int last)
    {
        var old = _names[n];
        for (var i = last + 1; i <= old.Last; i++) NameAt[i] = -1;
        _names[n] = old with { Last = last };
    }

    /// <summary>Token indices where an accepted apposition ("Hakan Fidan, the Turkish foreign minister") starts.</summary>
    public HashSet<int> Appositions { get; } = [];
}
