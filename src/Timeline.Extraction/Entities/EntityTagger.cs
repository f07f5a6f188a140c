using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// Turns the names found by an <see cref="INameRecognizer"/> into typed entity mentions: PER → Person; LOC, ORG and
/// MISC checked against the gazetteer → Country, Place, Organization (demonyms are not entities: they give a role
/// its country); roles from title patterns and appositions; descriptions of office holders ("the top US
/// diplomat") as mentions with <see cref="EntityMention.IsDescription"/>. Names in photo credits, bylines and
/// heading-like lines are dropped. Stateless: safe to share between threads.
/// </summary>
public sealed partial class EntityTagger : IEntityTagger
{
    private const string PersonLabel = "PER";
    private const string OrganizationLabel = "ORG";
    private const string LocationLabel = "LOC";
    private const string MiscLabel = "MISC";

    private readonly INameRecognizer _recognizer;
    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a tagger over a name recognizer and a gazetteer.</summary>
    public EntityTagger(INameRecognizer recognizer, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _recognizer = recognizer;
        _gazetteer = gazetteer;
    }

    /// <summary>Creates a tagger over a name recognizer and the embedded gazetteer.</summary>
    public EntityTagger(INameRecognizer recognizer)
        : this(recognizer, Gazetteer.Default)
    {
    }

    /// <inheritdoc/>
    public ImmutableArray<EntityMention> Tag(AnalysedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Article.Text;
        var names = _recognizer.Recognize(article);
        var furniture = Furniture.Paragraphs(article);
        var result = new List<EntityMention>();
        // Offices already held by a named person: "the secretary of state" later in the article refers to that person.
        var offices = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            if (furniture.Contains(sentence.Paragraph) || sentence.Tokens.IsEmpty) continue;
            var view = new NamedSentence(sentence, text, names, _gazetteer);
            FixModifiers(view);
            var credits = Furniture.CreditTokens(view);
            for (var n = 0; n < view.Names.Count; n++)
            {
                var name = view.Names[n];
                if (credits[name.First]) continue;
                if (MentionOf(view, n) is not { } mention) continue;
                result.Add(mention);
                if (mention.Type == EntityType.Person) offices.UnionWith(mention.Roles.Select(r => RoleTitles.Canonical(r.Title)));
            }

            result.AddRange(Descriptions(view, credits, offices));
        }

        result.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return [.. result];
    }

    /// <summary>
    /// "Tory Treasurer Lord Ashcroft", "Tory leader Michael Howard": a name the recognizer called PER that ends in, or
    /// is followed by, a title and then a person is the person's party or organisation, not a person.
    /// </summary>
    private static void FixModifiers(NamedSentence view)
    {
        var tokens = view.Tokens;
        for (var n = 0; n < view.Names.Count; n++)
        {
            var name = view.Names[n];
            if (name.Label != PersonLabel) continue;

            // "the Tory leader", "a Labour MP": a determiner does not precede a person's name.
            if (name.First > 0 && tokens[name.First - 1].Text is "the" or "The" or "a" or "A" or "an" or "An")
            {
                view.Relabel(n, MiscLabel);
                continue;
            }

            var last = name.Last;
            while (last > name.First && char.IsUpper(tokens[last].Text[0]) && RoleTitles.IsHead(tokens[last].Text)) last--;
            var k = last + 1;
            var head = false;
            while (k < tokens.Length && (view.NameAt[k] < 0 || view.NameAt[k] == n)
                   && (RoleTitles.IsHead(tokens[k].Text) || RoleTitles.IsModifier(tokens[k].Text) || RoleTitles.IsHonorific(tokens[k].Text)))
            {
                head |= RoleTitles.IsHead(tokens[k].Text) || RoleTitles.IsHonorific(tokens[k].Text);
                k++;
            }

            if (!head || k >= tokens.Length || view.NameAt[k] < 0 || view.NameAt[k] == n || view.Names[view.NameAt[k]].Label != PersonLabel) continue;
            if (last < name.Last) view.TrimEnd(n, last);
            view.Relabel(n, OrganizationLabel);
        }
    }

    private EntityMention? MentionOf(NamedSentence view, int n)
    {
        var name = view.Names[n];
        var first = name.First;
        var last = name.Last;
        if (name.Label == PersonLabel)
        {
            // Titles and honorifics the recognizer swept into the name belong to the role, not the name.
            while (first < last && IsTitleToken(view.Tokens[first].Text)) first++;
        }

        var text = view.Text[view.Tokens[first].Start..view.Tokens[last].End];
        if (name.Label == PersonLabel && first == last && IsTitleToken(text)) return null;

        // "Additionally, …": a sentence adverb the recognizer took for a name.
        if (first == 0 && first == last && text.EndsWith("ly", StringComparison.Ordinal) && view.Tokens.Length > 1
            && view.Tokens[1].Text == ",") return null;
        var type = Classify(text, name.Label, out var key);
        if (type is null) return null;
        var roles = type == EntityType.Person ? RolesOf(view, n, first) : [];
        return new EntityMention
        {
            Span = new TextSpan(view.Tokens[first].Start, view.Tokens[last].End),
            Text = text,
            Sentence = view.Sentence.Index,
            Label = name.Label,
            Type = type.Value,
            GazetteerKey = key,
            Roles = roles,
        };
    }

    private static bool IsTitleToken(string token) =>
        char.IsUpper(token[0]) && (RoleTitles.IsHonorific(token) || RoleTitles.IsHead(token) || RoleTitles.IsModifier(token));

    /// <summary>Entity type of a recognised name, or null when it is not an entity (a demonym, "Israel-Hamas").</summary>
    private EntityType? Classify(string text, string label, out string? key)
    {
        key = null;
        var country = _gazetteer.Country(text);
        if (label == PersonLabel)
        {
            return EntityType.Person;
        }

        if (country is not null)
        {
            key = country.Key;
            return EntityType.Country;
        }

        if (_gazetteer.IsDemonym(text) || IsCompoundOfNationalities(text)) return null;
        if (label == MiscLabel && IsDescriptiveAdjective(text)) return null;
        var org = _gazetteer.Organization(text);
        if (org is not null)
        {
            key = org.Key;
            return EntityType.Organization;
        }

        if (label == OrganizationLabel) return EntityType.Organization;
        var places = _gazetteer.Places(text);
        if (label == LocationLabel)
        {
            key = places.IsEmpty ? null : places[0].Key;
            return EntityType.Place;
        }

        if (label == MiscLabel && !places.IsEmpty && places[0].Kind == GazetteerKind.Region)
        {
            key = places[0].Key;
            return EntityType.Place;
        }

        return EntityType.Other;
    }

    // Religious, regional and political adjectives ("Islamist", "Western", "Arab") and compounds such as
    // "Hamas-run" or "Israel-Hamas war" describe; they do not name a thing.
    private bool IsDescriptiveAdjective(string text)
    {
        if (AdjectiveSuffix().IsMatch(text)) return true;
        if (text.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in text.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var head = part.Split(' ')[0];
                if (_gazetteer.Country(head) is not null || _gazetteer.IsDemonym(head) || _gazetteer.Organization(head) is not null) return true;
            }

            if (char.IsLower(text.Split('-')[^1].FirstOrDefault('x'))) return true;
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\p{Lu}\p{L}+ )?(Arab|Arabs|Western|Eastern|Northern|Southern|Islamist|Islamists|Islamic|Jewish|Jews|Muslim|Muslims|Christian|Christians|Sunni|Shia|Shiite|Kurdish|Kurds|European|Europeans|African|Asian|Latin|Nordic|Gulf|Zionist|Jihadist|Jihadists|Catholic|Protestant|Orthodox|Hindu|Buddhist|Sikh|Palestinian|Middle Eastern|Communist|Socialist|Conservative|Republican|Democrat|Democratic)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AdjectiveSuffix();

    // "Israel-Hamas", "Iranian-backed", "US-led": modifiers built from nationalities, not names of their own.
    private bool IsCompoundOfNationalities(string text)
    {
        if (!text.Contains('-', StringComparison.Ordinal)) return false;
        var parts = text.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var national = false;
        foreach (var p in parts)
        {
            if (_gazetteer.Country(p) is not null || _gazetteer.IsDemonym(p)) national = true;
            else if (_gazetteer.Organization(p) is null && !char.IsLower(p[0])) return false;
        }

        return national;
    }

    private ImmutableArray<RoleMention> RolesOf(NamedSentence view, int n, int first)
    {
        var name = view.Names[n];
        var roles = new List<RoleMention>();

        // "US Secretary of State Antony Blinken", "Qatari Ministry of Foreign Affairs spokesperson Majed Al-Ansari".
        for (var start = Math.Max(0, first - 10); start < first; start++)
        {
            var p = ParseTitle(view, start, n);
            if (p is { } phrase && phrase.End == first && phrase.HasHead && !phrase.EndsInModifier)
            {
                roles.Add(phrase.Role);
                break;
            }
        }

        // "the Turkish foreign minister, Hakan Fidan" / "the Prime Minister of Israel, Benjamin Netanyahu".
        if (first >= 2 && view.Tokens[first - 1].Text == ",")
        {
            for (var start = Math.Max(0, first - 12); start < first - 1; start++)
            {
                var p = ParseTitle(view, start, n);
                if (p is { } phrase && phrase.End == first - 1 && phrase.HasHead && phrase.HasDeterminer && phrase.Of is not null)
                {
                    roles.Add(phrase.Role);
                    break;
                }
            }
        }

        // "Benjamin Netanyahu, the Prime Minister of Israel" / "Hakan Fidan, the Turkish foreign minister,".
        var after = name.Last + 1;
        if (after < view.Tokens.Length - 1 && view.Tokens[after].Text == ",")
        {
            var p = ParseTitle(view, after + 1, n);
            if (p is { } phrase && phrase.HasHead && !phrase.EndsInModifier && (phrase.HasDeterminer || phrase.Of is not null)
                && EndsPhrase(view, phrase.End) && !IntroducesNextName(view, phrase.End)
                && roles.All(r => SameOffice(r, phrase.Role)))
            {
                roles.Add(phrase.Role);
                view.Appositions.Add(after + 1);
            }
        }

        return [.. roles.Distinct()];
    }

    // "X, the Iraqi Prime Minister, Mohammed Shia al-Sudani": the title belongs to the name after it.
    private static bool IntroducesNextName(NamedSentence view, int end) =>
        end + 1 < view.Tokens.Length && view.Tokens[end].Text == "," && view.NameAt[end + 1] >= 0
        && view.Names[view.NameAt[end + 1]].Label == PersonLabel;

    // A title before the name and a different office after it ("… Hakan Fidan, the US secretary of state was told")
    // means the second phrase is about someone else.
    private static bool SameOffice(RoleMention a, RoleMention b) =>
        RoleTitles.Canonical(a.Title) == RoleTitles.Canonical(b.Title) && (a.Of is null || b.Of is null || a.Of == b.Of);

    private static bool EndsPhrase(NamedSentence view, int end)
    {
        if (end >= view.Tokens.Length) return true;
        var t = view.Tokens[end].Text;
        if (t is "'s" or "\u2019s" || view.NameAt[end] >= 0) return false;
        return !char.IsLetterOrDigit(t[0]) || char.IsLower(t[0]);
    }

    /// <summary>Descriptions of office holders not attached to a name: "the top US diplomat", "Turkey's president".</summary>
    private IEnumerable<EntityMention> Descriptions(NamedSentence view, bool[] credits, HashSet<string> offices)
    {
        var tokens = view.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k].Text;
            var possessive = k + 1 < tokens.Length && tokens[k + 1].Text is "'s" or "\u2019s";
            if (t is not ("the" or "The") && !possessive) continue;
            if (credits[k]) continue;
            if (view.NameAt[k] >= 0 && view.Names[view.NameAt[k]].First != k) continue;

            // Inside an apposition of a name: "Hakan Fidan, the Turkish foreign minister" is his role, not a description.
            if (view.Appositions.Contains(k)) continue;
            var p = ParseTitle(view, k, -1);
            if (p is not { } phrase || !phrase.HasHead || phrase.EndsInModifier) continue;
            if (!phrase.HasDeterminer && !possessive) continue;
            // Without a country ("the secretary of state") only an office someone named earlier holds is a reference.
            if (phrase.Of is null ? !offices.Contains(RoleTitles.Canonical(phrase.Role.Title)) : !RoleTitles.IsUniqueOffice(phrase.Role.Title)) continue;
            var end = phrase.End;
            if (end < tokens.Length && view.NameAt[end] >= 0 && view.Names[view.NameAt[end]].Label == PersonLabel) continue;
            if (end + 1 < tokens.Length && tokens[end].Text == "," && view.NameAt[end + 1] >= 0
                && view.Names[view.NameAt[end + 1]].Label == PersonLabel) continue;
            var span = new TextSpan(tokens[k].Start, tokens[end - 1].End);
            yield return new EntityMention
            {
                Span = span,
                Text = span.Of(view.Text),
                Sentence = view.Sentence.Index,
                Label = PersonLabel,
                Type = EntityType.Person,
                Roles = [phrase.Role],
                IsDescription = true,
            };
            k = end - 1;
        }
    }

    /// <summary>
    /// Parses a title phrase starting at token <paramref name="k"/>:
    /// [the] [top|senior…] [COUNTRY | DEMONYM | COUNTRY 's] (title word | ORG)* [(of|for) COUNTRY/ORG].
    /// </summary>
    private TitlePhrase? ParseTitle(NamedSentence view, int k, int self)
    {
        var tokens = view.Tokens;
        var words = new List<string>();
        string? of = null;
        string? org = null;
        var orgAt = -1;
        var hasDet = false;
        var hasHead = false;
        var lastIsModifier = false;
        if (k < tokens.Length && tokens[k].Text is "the" or "The" or "a" or "an")
        {
            hasDet = true;
            k++;
        }

        while (k < tokens.Length && tokens[k].Text is "top" or "senior" or "former" or "then" or "acting" && view.NameAt[k] < 0)
        {
            words.Add(tokens[k].Text.ToLowerInvariant());
            k++;
        }

        if (CountryAt(view, k, self) is { } c)
        {
            of = c.Country;
            k = c.End;
            if (k < tokens.Length && tokens[k].Text is "'s" or "\u2019s") k++;
        }

        while (k < tokens.Length)
        {
            var t = tokens[k].Text;
            var nameIndex = view.NameAt[k];
            if (nameIndex >= 0 && nameIndex != self)
            {
                var name = view.Names[nameIndex];
                if (name.First != k || name.Label != OrganizationLabel || org is not null) break;
                var orgFirst = name.First;

                // "Qatari Ministry of Foreign Affairs spokesperson": the demonym names the country.
                if (of is null && name.Last > name.First
                    && _gazetteer.Country(view.Text[tokens[name.First].Start..tokens[name.Last].End]) is null
                    && (_gazetteer.DemonymCountry(tokens[name.First].Text) ?? _gazetteer.Country(tokens[name.First].Text)) is { } lead)
                {
                    of = lead.Name;
                    orgFirst++;
                }

                org = view.Text[tokens[orgFirst].Start..tokens[name.Last].End];
                orgAt = words.Count;
                for (var j = orgFirst; j <= name.Last; j++) words.Add(tokens[j].Text.ToLowerInvariant());
                k = name.Last + 1;
                lastIsModifier = true;
                continue;
            }

            if (t is "of" or "for" && words.Count > 0 && CountryOrOrgAt(view, k + 1, self) is { } target)
            {
                of ??= target.Name;
                k = target.End;
                lastIsModifier = false;
                break;
            }

            if (nameIndex == self && self >= 0) break;
            if (RoleTitles.IsHead(t))
            {
                words.Add(t.ToLowerInvariant());
                hasHead = true;
                lastIsModifier = false;
            }
            else if (RoleTitles.IsModifier(t) && !(t is "of" or "for" && words.Count == 0))
            {
                words.Add(t.ToLowerInvariant());
                lastIsModifier = !(words.Count > 1 && t.Equals("state", StringComparison.OrdinalIgnoreCase) && words[^2] == "of");
            }
            else
            {
                break;
            }

            k++;
        }

        if (words.Count == 0 || words[^1] is "of" or "for") return null;
        if (of is null && org is not null)
        {
            // "State Department spokesperson": the role is held for the organisation.
            of = org;
            words.RemoveRange(0, Math.Min(words.Count, orgAt + org.Split(' ').Length));
            if (words.Count == 0) return null;
        }

        return new TitlePhrase(new RoleMention(string.Join(' ', words), of), k, hasHead, hasDet, lastIsModifier);
    }

    private (string Country, int End)? CountryAt(NamedSentence view, int k, int self)
    {
        if (k >= view.Tokens.Length) return null;
        var nameIndex = view.NameAt[k];
        if (nameIndex >= 0 && nameIndex != self)
        {
            var name = view.Names[nameIndex];
            if (name.First != k) return null;
            var text = view.Text[view.Tokens[name.First].Start..view.Tokens[name.Last].End];
            var country = _gazetteer.Country(text) ?? _gazetteer.DemonymCountry(text);
            return country is null ? null : (country.Name, name.Last + 1);
        }

        var t = view.Tokens[k].Text;
        if (!char.IsUpper(t[0])) return null;
        var c = _gazetteer.DemonymCountry(t) ?? _gazetteer.Country(t);
        return c is null ? null : (c.Name, k + 1);
    }

    private (string Name, int End)? CountryOrOrgAt(NamedSentence view, int k, int self)
    {
        if (k < view.Tokens.Length && view.Tokens[k].Text is "the" && k + 1 < view.Tokens.Length) k++;
        if (CountryAt(view, k, self) is { } c) return c;
        if (k >= view.Tokens.Length) return null;
        var nameIndex = view.NameAt[k];
        if (nameIndex < 0 || nameIndex == self) return null;
        var name = view.Names[nameIndex];
        if (name.First != k || name.Label is not (OrganizationLabel or LocationLabel)) return null;
        return (view.Text[view.Tokens[name.First].Start..view.Tokens[name.Last].End], name.Last + 1);
    }

    private readonly record struct TitlePhrase(RoleMention Role, int End, bool HasHead, bool HasDeterminer, bool EndsInModifier)
    {
        public string? Of => Role.Of;
    }
}
