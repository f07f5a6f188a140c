using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>A recognised name inside one sentence, as token indices (inclusive).</summary>
internal readonly record struct SentenceName(int First, int Last, string Label);

/// <summary>One sentence with the names the recognizer found in it, indexed by token.</summary>
internal sealed class SentenceView
{
    public SentenceView(Sentence sentence, string text, ImmutableArray<NameSpan> names, Gazetteer gazetteer)
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

        Names = list;
    }

    public Sentence Sentence { get; }

    public string Text { get; }

    public Gazetteer Gazetteer { get; }

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Index into <see cref="Names"/> of the name covering each token, or -1.</summary>
    public int[] NameAt { get; }

    public IReadOnlyList<SentenceName> Names { get; }
}
