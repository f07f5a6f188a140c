using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>Discourse context of one article: antecedents for pronouns and descriptions.</summary>
internal sealed class ArticleContext
{
    private readonly List<(EntityMention Mention, int Sentence, bool Subject)> names;

    // Descriptions stand in the salience list for their antecedents: "the secretary of state travelled to X, where he met …".
    private readonly List<(EntityMention Antecedent, int End, int Sentence, bool Subject)> salience = [];
    private readonly Dictionary<EntityMention, string> surnames = new(ReferenceEqualityComparer.Instance);

    public ArticleContext(SentenceView[] views)
    {
        names = [];
        foreach (var v in views)
        {
            var clausesWithSubject = new HashSet<int>();
            for (var e = 0; e < v.Entities.Count; e++)
            {
                var m = v.Entities[e];
                var (first, _) = v.TokensOf(e);
                // Names inside prepositional phrases or modifying a later name rarely are what a pronoun picks up,
                // and of the bare names in a clause the first is its subject: "X met Y …, a tour that took him" is X.
                var subject = first >= 0 && v.GoverningPreposition(first) is null && !v.IsModifierOfLaterName(e) && !v.TitledApposition(e)
                    && (m.Type is EntityType.Person or EntityType.Organization or EntityType.Country || m.IsDescription) && clausesWithSubject.Add(v.Clause[first]);
                if (m.IsDescription)
                {
                    var antecedent = Resolve(m);
                    if (!antecedent.IsDescription) salience.Add((antecedent, m.Span.End, v.Sentence.Index, subject));
                    continue;
                }

                names.Add((m, v.Sentence.Index, subject));
                salience.Add((m, m.Span.End, v.Sentence.Index, subject));
                surnames[m] = Surname(m.Text);
            }
        }
    }

    /// <summary>The mention itself, or for a description ("the top US diplomat") its named antecedent.</summary>
    public EntityMention Resolve(EntityMention m)
    {
        if (!m.IsDescription) return m;
        var words = Words(m.Text);
        EntityMention? best = null;
        var bestScore = -1;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, _, _) in names)
        {
            if (name.Span.Start >= m.Span.Start || !Compatible(name.Type, m.Type)) continue;
            var key = surnames[name];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        foreach (var (name, _, _) in names)
        {
            if (name.Span.Start >= m.Span.Start || !Compatible(name.Type, m.Type)) continue;
            var roleOverlap = name.Roles.Sum(r => Words(r.Title + " " + r.Of).Count(words.Contains));
            var score = (roleOverlap * 100) + counts[surnames[name]];
            // Later mentions win ties: salience decays with distance.
            if (score >= bestScore)
            {
                bestScore = score;
                best = name;
            }
        }

        return best ?? m;
    }

    /// <summary>The antecedent of a pronoun at <paramref name="offset"/> in sentence <paramref name="sentence"/>, or null.</summary>
    public EntityMention? Pronoun(string pronoun, int offset, int sentence)
    {
        var person = pronoun is "he" or "she" or "his" or "her" or "him";
        bool Fits(EntityMention e) => person ? e.Type == EntityType.Person : e.Type is EntityType.Organization or EntityType.Country;

        // Salience: how often the entity was named so far, how close, and whether it opens its sentence.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        EntityMention? best = null;
        var bestScore = int.MinValue;
        EntityMention? salient = null;
        var salientCount = 0;
        foreach (var (m, end, s, subject) in salience)
        {
            if (end > offset) break;
            if (!Fits(m)) continue;
            var key = surnames[m];
            var count = counts[key] = counts.GetValueOrDefault(key) + 1;
            if (count >= salientCount)
            {
                salientCount = count;
                salient = m;
            }

            var distance = sentence - s;
            if (distance is < 0 or > 5) continue;
            var score = Math.Min(count, 5) + ((5 - distance) * 2) + (subject ? 4 : 0);
            if (score >= bestScore)
            {
                bestScore = score;
                best = m;
            }
        }

        return best ?? (person ? salient : null);
    }

    /// <summary>The first actor named in the previous sentence.</summary>
    public EntityMention? PreviousSubject(SentenceView[] views, int sentence)
    {
        ArgumentNullException.ThrowIfNull(views);
        if (sentence == 0) return null;
        var prev = views[sentence - 1];
        if (prev.Sentence.Paragraph != views[sentence].Sentence.Paragraph) return null;
        foreach (var e in prev.Entities)
        {
            if (e.Type is EntityType.Person or EntityType.Organization or EntityType.Country) return Resolve(e);
        }

        return null;
    }

    private static bool Compatible(EntityType name, EntityType description) =>
        name == description || (description is EntityType.Other && name is EntityType.Person);

    private static string Surname(string text)
    {
        var parts = Ids.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? text : parts[^1].ToLowerInvariant();
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && w is not ("the" or "top" or "for"))];
}
