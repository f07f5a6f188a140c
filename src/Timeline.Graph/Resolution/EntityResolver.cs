using System.Collections.Frozen;
using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>
/// Resolves entity mentions of a corpus into one entity per real-world thing. Countries, places and listed
/// organisations resolve through the gazetteer (short forms, diacritics, capitals acting as actors); people
/// cluster by full name, then surname and honorific references attach, then misspellings merge when the
/// context agrees (role, co-occurring names); acronyms join their long forms; descriptions of office holders
/// ("the top US diplomat") join the person holding the office. Every merge is logged as a <see cref="ResolutionStep"/>.
/// Deterministic: the same corpus gives the same entities, ids and log.
/// </summary>
public sealed class EntityResolver : IEntityResolver
{
    private static readonly FrozenSet<string> ActorVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "announced", "announces", "warned", "warns", "accused", "accuses", "denied", "denies",
        "rejected", "rejects", "insisted", "insists", "urged", "urges", "demanded", "demands", "condemned", "condemns",
        "called", "calls", "responded", "responds", "threatened", "threatens", "confirmed", "confirms", "stated",
        "claimed", "claims", "criticised", "criticized", "criticises", "criticizes", "welcomed", "welcomes", "agreed",
        "agrees", "refused", "refuses", "sent", "sends", "imposed", "imposes", "approved", "approves", "signed", "signs",
        "wants", "believes", "hopes", "fears", "backed", "backs", "supports", "supported", "blamed", "blames", "vowed",
        "vows", "pledged", "pledges", "declared", "declares", "retaliated", "launched", "launches", "ordered", "orders",
        "offered", "offers", "proposed", "proposes", "asked", "asks", "told", "tells", "pressed", "presses", "sought",
        "seeks", "opposed", "opposes", "recognised", "recognized", "sanctioned", "expelled", "summoned", "recalled",
        "decided", "plans", "intends", "insist", "deny", "reject", "warn", "accuse", "demand", "announce", "stressed",
        "stresses", "noted", "notes", "argued", "argues", "responded", "hit", "struck", "condemn",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
    [
        "has", "have", "had", "is", "was", "will", "would", "also", "later", "then", "again", "already", "repeatedly",
        "reportedly", "publicly", "quickly", "firmly", "strongly", "has", "did", "does", "could", "may", "might",
        "must", "should", "officially", "swiftly", "immediately", "formally",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
    [
        "to", "in", "from", "at", "into", "toward", "towards", "near", "outside", "via", "across", "around", "of",
        "for", "between", "on", "through", "inside", "visited", "visit", "visiting", "over", "within", "left", "leaving",
        "reached", "arrived", "landed", "departed", "and", "or", "with", "by",
    ], StringComparer.Ordinal);

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a resolver over a gazetteer.</summary>
    public EntityResolver(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>Creates a resolver over the embedded gazetteer.</summary>
    public EntityResolver()
        : this(Gazetteer.Default)
    {
    }

    /// <inheritdoc/>
    public EntityResolution Resolve(IReadOnlyList<ArticleMentions> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var run = new Run(this, corpus);
        return run.Execute();
    }

    /// <summary>One mention with where it came from.</summary>
    internal sealed record MentionRef(int Article, ArticleMentions Source, EntityMention Mention)
    {
        public MentionKey Key => new(Source.Article.Id, Mention.Span);
    }

    /// <summary>A group of mentions that denote one thing, with what is known about it.</summary>
    internal sealed class Cluster(EntityType type, string key)
    {
        public EntityType Type { get; set; } = type;

        public string Key { get; } = key;

        public GazetteerEntry? Entry { get; set; }

        public List<MentionRef> Mentions { get; } = [];

        public List<(string Form, bool Typo)> Forms { get; } = [];

        public PersonName? Name { get; set; }

        public Cluster? MergedInto { get; set; }

        public Cluster Root => MergedInto is null ? this : MergedInto.Root;

        public SortedSet<int> Articles { get; } = [];

        public int Count => Mentions.Count;

        public void Add(MentionRef m, string form, bool typo = false)
        {
            Mentions.Add(m);
            Forms.Add((form, typo));
            Articles.Add(m.Article);
        }
    }

    private sealed class Run(EntityResolver owner, IReadOnlyList<ArticleMentions> corpus)
    {
        private readonly Gazetteer _g = owner._gazetteer;
        private readonly List<ResolutionStep> _log = [];
        private readonly Dictionary<string, Cluster> _byKey = new(StringComparer.Ordinal);
        private readonly List<HashSet<string>> _articleCountries = [];
        private readonly List<HashSet<string>> _articleNames = [];
        private readonly List<Cluster> _persons = [];
        private readonly List<MentionRef> _descriptions = [];

        public EntityResolution Execute()
        {
            for (var a = 0; a < corpus.Count; a++)
            {
                _articleCountries.Add(ContextCountries(corpus[a]));
                _articleNames.Add(NamesIn(corpus[a]));
            }

            for (var a = 0; a < corpus.Count; a++)
            {
                foreach (var m in corpus[a].Entities)
                {
                    var r = new MentionRef(a, corpus[a], m);
                    if (m.IsDescription) _descriptions.Add(r);
                    else Place(r);
                }
            }

            ResolvePersons();
            ResolveAcronyms();
            MergeOthersIntoOrganizations();
            foreach (var c in _byKey.Values.Where(c => c.Type != EntityType.Person && c.MergedInto is null).OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                LogVariants(c, c.Entry is null ? "normalised-form" : "gazetteer", 1.0);
            }

            return Build();
        }

        // ---------- non-person mentions

        private void Place(MentionRef r)
        {
            var m = r.Mention;
            var text = m.Text.Trim();
            if (m.Type == EntityType.Person)
            {
                AddPerson(r, text);
                return;
            }

            if (m.Type is EntityType.Organization or EntityType.Other && m.GazetteerKey is null && IsSurnameOfPersonIn(r, text))
            {
                // "Al-Sudani told …" tagged ORG, "the Biden administration" tagged MISC: the person named in the article.
                AddPerson(r, text);
                _retyped.Add(r.Key);
                return;
            }

            if (m.Type is EntityType.Place or EntityType.Organization or EntityType.Country
                && _g.CountryOfCapital(text) is { } capitalOf && IsActor(r))
            {
                var c = Get(EntityType.Country, capitalOf.Key, capitalOf);
                c.Add(r, text);
                _log.Add(new ResolutionStep(capitalOf.Key, [text, capitalOf.Name], "metonymy", 0.9));
                return;
            }

            switch (m.Type)
            {
                case EntityType.Country:
                {
                    var entry = _g.Country(text) ?? (m.GazetteerKey is { } k ? _g.ByKey(k) : null);
                    if (entry is null) goto default;
                    Get(EntityType.Country, entry.Key, entry).Add(r, text);
                    return;
                }

                case EntityType.Organization:
                {
                    var entry = _g.Organization(text);
                    var key = entry?.Key ?? "org:" + Gazetteer.Normalize(text);
                    Get(EntityType.Organization, key, entry).Add(r, text);
                    return;
                }

                case EntityType.Place:
                {
                    var entry = Geocode(text, r);
                    var key = entry?.Key ?? "place:" + Gazetteer.Normalize(text);
                    Get(EntityType.Place, key, entry).Add(r, text);
                    return;
                }

                default:
                    Get(m.Type, Ids.TypePrefix(m.Type) + ":" + Gazetteer.Normalize(text), null).Add(r, text);
                    return;
            }
        }

        private Cluster Get(EntityType type, string key, GazetteerEntry? entry)
        {
            if (!_byKey.TryGetValue(key, out var c))
            {
                c = new Cluster(type, key) { Entry = entry };
                _byKey[key] = c;
            }

            return c;
        }

        /// <summary>
        /// The gazetteer entry a place name denotes: curated regions first; else the most populous candidate, unless
        /// the sentence or the article names the country of a sizeable other candidate; null when two candidates are
        /// comparable and nothing decides (no guessing).
        /// </summary>
        private GazetteerEntry? Geocode(string text, MentionRef r)
        {
            var candidates = _g.Places(text);
            if (candidates.IsEmpty) return null;
            var top = candidates[0];
            if (top.Kind == GazetteerKind.Region) return top;
            var local = SentenceCountries(r);
            foreach (var c in candidates)
            {
                if (c.Country is { } iso && local.Contains(iso)) return c;
            }

            var article = _articleCountries[r.Article];
            if (top.Country is { } topIso && !article.Contains(topIso))
            {
                foreach (var c in candidates)
                {
                    if (c.Country is { } iso && article.Contains(iso) && c.Population * 10 >= top.Population) return c;
                }
            }

            var rival = candidates.Skip(1).FirstOrDefault(c => c.Country != top.Country || c.Kind != top.Kind);
            if (rival is null || top.Population >= 3 * Math.Max(1, rival.Population)) return top;
            return null;
        }

        /// <summary>Countries named as a qualifier right after the place: "Birmingham, Alabama", "Paris, Texas", "Tripoli, Lebanon".</summary>
        private HashSet<string> SentenceCountries(MentionRef r)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var s = r.Source.Analysed.SentenceAt(r.Mention.Span.Start);
            if (s is null) return set;
            var tokens = s.Tokens;
            var i = 0;
            while (i < tokens.Length && tokens[i].Start < r.Mention.Span.End) i++;
            if (i + 1 >= tokens.Length || tokens[i].Text != ",") return set;
            var text = r.Source.Article.Text;
            for (var len = Math.Min(3, tokens.Length - i - 1); len >= 1; len--)
            {
                var phrase = text[tokens[i + 1].Start..tokens[i + len].End];
                if (!char.IsUpper(phrase[0])) continue;
                if (_g.Country(phrase) is { Country: { } iso }) set.Add(iso);
                foreach (var p in _g.Places(phrase))
                {
                    if (p.Kind == GazetteerKind.Admin1 && p.Country is { } a) set.Add(a);
                }

                if (set.Count > 0) break;
            }

            return set;
        }

        /// <summary>Countries an article names: country mentions, demonyms, roles.</summary>
        private HashSet<string> ContextCountries(ArticleMentions am)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in am.Entities)
            {
                if (m.Type == EntityType.Country && _g.Country(m.Text) is { Country: { } iso }) set.Add(iso);
                foreach (var role in m.Roles)
                {
                    if (role.Of is { } of && _g.Country(of) is { Country: { } r }) set.Add(r);
                }
            }

            foreach (var s in am.Analysed.Sentences)
            {
                foreach (var t in s.Tokens)
                {
                    if (t.Text.Length > 2 && char.IsUpper(t.Text[0]) && _g.DemonymCountry(t.Text) is { Country: { } iso }) set.Add(iso);
                }
            }

            return set;
        }

        /// <summary>Name keys in an article (surnames for people), for the co-occurrence test of the typo rule.</summary>
        private static HashSet<string> NamesIn(ArticleMentions am)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in am.Entities)
            {
                if (m.IsDescription) continue;
                if (m.Type == EntityType.Person)
                {
                    if (PersonName.Parse(m.Text) is { } n) set.Add("p:" + n.Surname);
                }
                else
                {
                    set.Add(Gazetteer.Normalize(m.Text));
                }
            }

            return set;
        }

        /// <summary>True when a capital's name is the subject of a speech or action verb ("Washington said").</summary>
        private static bool IsActor(MentionRef r)
        {
            var s = r.Source.Analysed.SentenceAt(r.Mention.Span.Start);
            if (s is null) return false;
            var tokens = s.Tokens;
            var after = -1;
            var before = -1;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].End <= r.Mention.Span.Start) before = i;
                if (tokens[i].Start >= r.Mention.Span.End)
                {
                    after = i;
                    break;
                }
            }

            if (before >= 0 && Prepositions.Contains(tokens[before].Text.ToLowerInvariant())) return false;
            if (after < 0) return false;
            while (after < tokens.Length && Auxiliaries.Contains(tokens[after].Text)) after++;
            return after < tokens.Length && ActorVerbs.Contains(tokens[after].Text);
        }

        // ---------- people

        private void AddPerson(MentionRef r, string text)
        {
            var name = PersonName.Parse(text);
            if (name is null) return;
            var honorific = name.HadHonorific || PrecededByHonorific(r);
            var key = "person:" + (name.IsFull ? name.FullKey : "~" + name.Surname);
            var c = Get(EntityType.Person, key, null);
            if (c.Name is null)
            {
                c.Name = name;
                _persons.Add(c);
            }

            c.Add(r, text);
            if (honorific && !name.IsFull) _honorifics.Add(r.Key);
        }

        private readonly HashSet<MentionKey> _honorifics = [];
        private readonly HashSet<MentionKey> _retyped = [];

        private bool IsSurnameOfPersonIn(MentionRef r, string text)
        {
            if (text.Contains(' ', StringComparison.Ordinal)) return false;
            var key = PersonName.Parse(text);
            if (key is null || key.IsFull) return false;

            // "the Biden administration": the person, wherever in the corpus the full name is.
            var rest = r.Source.Article.Text.AsSpan(r.Mention.Span.End).TrimStart();
            if (rest.StartsWith("administration", StringComparison.Ordinal)) return true;
            return FullNameSurnames(r).Contains(key.Surname);
        }

        private readonly Dictionary<int, HashSet<string>> _fullNameSurnames = [];

        /// <summary>Surnames of the people named in full in the mention's article, parsed once per article.</summary>
        private HashSet<string> FullNameSurnames(MentionRef r)
        {
            if (_fullNameSurnames.TryGetValue(r.Article, out var set)) return set;
            set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in r.Source.Entities)
            {
                if (m.Type == EntityType.Person && !m.IsDescription && PersonName.Parse(m.Text) is { IsFull: true } full) set.Add(full.Surname);
            }

            _fullNameSurnames[r.Article] = set;
            return set;
        }

        private static bool PrecededByHonorific(MentionRef r)
        {
            var text = r.Source.Article.Text;
            var end = r.Mention.Span.Start;
            var i = end - 1;
            while (i >= 0 && text[i] == ' ') i--;
            var j = i;
            while (j >= 0 && (char.IsLetter(text[j]) || text[j] == '.')) j--;
            return j < i && RoleTitles.IsHonorific(text[(j + 1)..(i + 1)]);
        }

        private void ResolvePersons()
        {
            var full = _persons.Where(c => c.Name!.IsFull).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            var single = _persons.Where(c => !c.Name!.IsFull).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

            // Forms that differ only by case, diacritics or hyphens already share a key; log them.
            foreach (var c in full) LogVariants(c, "normalised-form", 1.0);

            // Middle names: "Mohammed al-Sudani" and "Mohammed Shia al-Sudani" when the context agrees; never initials.
            foreach (var group in full.GroupBy(c => c.Name!.First + " " + c.Name.Surname, StringComparer.Ordinal))
            {
                var members = group.OrderByDescending(c => c.Name!.Core.Length).ThenByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
                for (var i = 1; i < members.Count; i++)
                {
                    var longer = members[0].Root;
                    var shorter = members[i];
                    if (shorter.Root == longer) continue;
                    var a = longer.Name!.Core;
                    var b = shorter.Name!.Core;
                    if (a.Concat(b).Any(PersonName.IsInitial)) continue;
                    if (!IsSubsequence(b, a)) continue;
                    var score = Evidence(shorter, longer, strongOnly: false);
                    if (score < 2) continue;
                    Merge(shorter, longer, "middle-name", 0.5 + (0.1 * score), typo: false);
                }
            }

            // Typos in the surname (same first name) or in the first name (same surname, needs a shared role).
            var ordered = full.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

            // Only names that agree on every token but one can be typos of each other: bucket by that pattern.
            var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < ordered.Count; i++)
            {
                var core = ordered[i].Name!.Core;
                for (var t = 0; t < core.Length; t++)
                {
                    var pattern = string.Join(' ', core.Select((w, k) => k == t ? "*" : w)) + "#" + t;
                    if (!buckets.TryGetValue(pattern, out var list)) buckets[pattern] = list = [];
                    list.Add(i);
                }
            }

            var pairs = new SortedSet<(int, int)>();
            foreach (var list in buckets.Values)
            {
                for (var x = 0; x < list.Count; x++)
                {
                    for (var y = x + 1; y < list.Count; y++) pairs.Add((list[x], list[y]));
                }
            }

            foreach (var (i, j) in pairs)
            {
                {
                    var big = ordered[i].Root;
                    var small = ordered[j].Root;
                    if (big == small) continue;
                    var diff = DifferingToken(small.Name!.Core, big.Name!.Core);
                    if (diff < 0) continue;
                    if (!EditDistance.IsTypo(small.Name.Core[diff], big.Name.Core[diff])) continue;
                    // Two people can share a first name and a similar surname in one story (David Davis, David
                    // Davies): a misspelt full name merges only when both hold the same office.
                    var score = Evidence(small, big, strongOnly: true);
                    if (score < 2) continue;
                    score = Evidence(small, big, strongOnly: false);
                    Merge(small, big, "typo", Math.Min(0.95, 0.5 + (0.1 * score)), typo: true);
                }
            }

            // Surname and honorific references: "Blinken", "Mr Blinken".
            var fullRoots = full.Select(c => c.Root).Distinct().ToList();
            var bySurname = fullRoots.GroupBy(c => c.Name!.Surname, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var s in single)
            {
                var surname = s.Name!.Surname;
                if (bySurname.TryGetValue(surname, out var holders))
                {
                    AttachSingle(s, holders, typo: false);
                }
            }

            // Misspelt surname references: "Netanuahu" → Netanyahu, when the context agrees.
            var firstNames = _persons.Where(c => c.Name!.IsFull).Select(c => c.Name!.First).ToHashSet(StringComparer.Ordinal);
            // The roots of people are the people not merged into another. A typo shares the first letter and differs in
            // length by at most two, so only those buckets are scanned; keys are unique, so the sort fixes the order.
            var bySurnameShape = new Dictionary<(char, int), List<Cluster>>();
            foreach (var c in _persons)
            {
                var surname = c.Name!.Surname;
                if (surname.Length == 0) continue;
                if (!bySurnameShape.TryGetValue((surname[0], surname.Length), out var list)) bySurnameShape[(surname[0], surname.Length)] = list = [];
                list.Add(c);
            }

            foreach (var s in single.Where(s => s.MergedInto is null).OrderBy(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal))
            {
                // "David" is not a misspelt "Davis"; very short names are too close to each other to tell.
                if (s.Name!.Surname.Length < 6 || firstNames.Contains(s.Name.Surname)) continue;
                var targets = new List<Cluster>();
                for (var length = s.Name.Surname.Length - 2; length <= s.Name.Surname.Length + 2; length++)
                {
                    if (!bySurnameShape.TryGetValue((s.Name.Surname[0], length), out var bucket)) continue;
                    targets.AddRange(bucket.Where(c => c.MergedInto is null && c != s && c.Count >= s.Count && EditDistance.IsTypo(s.Name!.Surname, c.Name!.Surname)
                                && (c.Name.IsFull || (!firstNames.Contains(c.Name.Surname) && c.Count >= Math.Max(3, 3 * s.Count)))));
                }

                targets.Sort(static (a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Key, b.Key));
                AttachSingle(s, targets, typo: true);
            }

            ResolveDescriptions();
        }

        /// <summary>A name the recognizer once called MISC ("Tories") and elsewhere ORG is the organisation.</summary>
        private void MergeOthersIntoOrganizations()
        {
            var orgs = new Dictionary<string, Cluster>(StringComparer.Ordinal);
            foreach (var c in _byKey.Values.Where(c => c.Type == EntityType.Organization && c.MergedInto is null).OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                foreach (var f in c.Forms) orgs.TryAdd(Gazetteer.Normalize(f.Form), c);
            }

            foreach (var c in _byKey.Values.Where(c => c.Type == EntityType.Other && c.MergedInto is null).OrderBy(c => c.Key, StringComparer.Ordinal).ToList())
            {
                if (orgs.TryGetValue(c.Key["other:".Length..], out var org)) Merge(c, org, "type", 0.8, typo: false);
            }

            // A lone word the recognizer sometimes calls a person ("Tory") and elsewhere an organisation, with no
            // person of that surname in the corpus, is the organisation.
            var surnames = _persons.Where(p => p.Name!.IsFull).Select(p => p.Name!.Surname).ToHashSet(StringComparer.Ordinal);
            foreach (var c in _persons.Where(p => p.MergedInto is null && !p.Name!.IsFull && p.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
            {
                if (surnames.Contains(c.Name!.Surname)) continue;
                if (orgs.TryGetValue(c.Name.FullKey, out var org) && org.Count >= c.Count / 2)
                {
                    Merge(c, org, "type", 0.7, typo: false);
                }
            }
        }

        /// <summary>"IDF" joins "Israel Defense Forces" when its letters are the long form's initials.</summary>
        private void ResolveAcronyms()
        {
            var orgs = _byKey.Values.Where(c => c.Type == EntityType.Organization && c.MergedInto is null)
                .OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
            var byInitials = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
            foreach (var c in orgs)
            {
                foreach (var form in c.Forms.Select(f => f.Form).Distinct(StringComparer.Ordinal))
                {
                    var initials = Initials(form);
                    if (initials is null) continue;
                    if (!byInitials.TryGetValue(initials, out var list)) byInitials[initials] = list = [];
                    if (!list.Contains(c)) list.Add(c);
                }
            }

            foreach (var c in orgs.Where(c => c.Entry is null))
            {
                var acronym = c.Forms.Select(f => f.Form.Replace(".", string.Empty, StringComparison.Ordinal))
                    .FirstOrDefault(f => f.Length is >= 2 and <= 6 && f.All(char.IsAsciiLetterUpper));
                if (acronym is null || !byInitials.TryGetValue(acronym, out var targets)) continue;
                var distinct = targets.Select(t => t.Root).Where(t => t != c.Root).Distinct().ToList();
                if (distinct.Count != 1) continue;
                Merge(c, distinct[0], "acronym", 0.9, typo: false);
            }
        }

        private static string? Initials(string form)
        {
            // Function words ("of", "to", "the") do not contribute letters: "Committee to Protect Journalists" → CPJ.
            var words = form.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsLetter(w[0]) && !char.IsLower(w[0])).ToList();
            if (words.Count < 2) return null;
            return string.Concat(words.Select(w => char.ToUpperInvariant(Ids.Fold(w)[0])));
        }

        private void AttachSingle(Cluster s, List<Cluster> holders, bool typo)
        {
            if (holders.Count == 0) return;

            // Per mention: the holder named in the same article, else the only holder in the corpus, else the one the roles point to.
            var moved = new List<(MentionRef M, Cluster To, double Score)>();
            foreach (var m in s.Mentions)
            {
                var roots = holders.Select(h => h.Root).Distinct().Where(h => h != s).ToList();
                var inArticle = roots.Where(h => h.Articles.Contains(m.Article)).ToList();
                Cluster? to = null;
                double score = 0;
                if (inArticle.Count == 1)
                {
                    to = inArticle[0];
                    score = 0.95;
                }
                else if (inArticle.Count == 0 && roots.Count == 1)
                {
                    to = roots[0];
                    score = 0.8;
                }
                else
                {
                    var byRole = (inArticle.Count > 0 ? inArticle : roots).Where(h => SharesRole([m], h)).ToList();
                    if (byRole.Count == 1)
                    {
                        to = byRole[0];
                        score = 0.85;
                    }
                }

                if (to is null) continue;
                if (typo)
                {
                    // A lone misspelt surname needs two pieces of evidence (shared office +2, same article +1, three
                    // co-occurring names +1); a misspelt full name needs a shared office (see above).
                    var evidence = Evidence(new[] { m }, to, strongOnly: false);
                    if (evidence < 2) continue;
                    score = Math.Min(0.95, 0.5 + (0.1 * evidence));
                }

                moved.Add((m, to, score));
            }

            foreach (var group in moved.GroupBy(x => (x.To, Rule: typo ? "typo" : _retyped.Contains(x.M.Key) ? "surname-retyped" : _honorifics.Contains(x.M.Key) ? "honorific" : "surname")))
            {
                var to = group.Key.To;
                var rule = group.Key.Rule;
                var forms = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var (m, _, _) in group)
                {
                    var idx = s.Mentions.IndexOf(m);
                    forms.Add(s.Forms[idx].Form);
                    to.Add(m, s.Forms[idx].Form, typo);
                }

                _log.Add(new ResolutionStep(to.Key, [.. forms, CanonicalForm(to)], rule, group.Min(x => x.Score)));
            }

            var movedSet = moved.Select(x => x.M).ToHashSet();
            var keep = s.Mentions.Select((m, i) => (m, s.Forms[i])).Where(x => !movedSet.Contains(x.m)).ToList();
            s.Mentions.Clear();
            s.Forms.Clear();
            s.Articles.Clear();
            foreach (var (m, f) in keep) s.Add(m, f.Form, f.Typo);
        }

        private void ResolveDescriptions()
        {
            var people = _persons.Select(c => c.Root).Distinct().Where(c => c.Count > 0).ToList();
            // Each person's role keys, computed once and grown as descriptions attach (RolesOf would recount every mention).
            var roleSets = people.ToDictionary(p => p, RolesOf);
            foreach (var d in _descriptions)
            {
                var roles = d.Mention.Roles.Select(RoleKey).ToHashSet();
                var holders = people.Where(p => roleSets[p].Overlaps(roles)).ToList();
                var inArticle = holders.Where(h => h.Articles.Contains(d.Article)).ToList();
                var to = inArticle.Count == 1 ? inArticle[0] : inArticle.Count == 0 && holders.Count == 1 ? holders[0] : null;
                if (to is null) continue;
                to.Add(d, d.Mention.Text);
                roleSets[to].UnionWith(RolesOf([d]));
                _log.Add(new ResolutionStep(to.Key, [d.Mention.Text, CanonicalForm(to)], "description", inArticle.Count == 1 ? 0.9 : 0.75));
            }
        }

        private void Merge(Cluster from, Cluster into, string rule, double score, bool typo)
        {
            from = from.Root;
            into = into.Root;
            if (from == into) return;
            var forms = new SortedSet<string>(from.Forms.Select(f => f.Form), StringComparer.Ordinal);
            for (var i = 0; i < from.Mentions.Count; i++) into.Add(from.Mentions[i], from.Forms[i].Form, typo || from.Forms[i].Typo);
            from.Mentions.Clear();
            from.Forms.Clear();
            from.Articles.Clear();
            from.MergedInto = into;
            _log.Add(new ResolutionStep(into.Key, [.. forms, CanonicalForm(into)], rule, Math.Round(score, 2)));
        }

        private void LogVariants(Cluster c, string rule, double score)
        {
            var forms = c.Forms.Select(f => f.Form)
                .Where(f => c.Type != EntityType.Country || _g.Country(f) is not null)
                .Distinct(StringComparer.Ordinal).ToList();
            if (forms.Count > 1) _log.Add(new ResolutionStep(c.Key, [.. forms.Order(StringComparer.Ordinal)], rule, score));
        }

        /// <summary>
        /// Evidence that two groups of mentions are one person: a shared role (+2), a conflicting role (−2), appearing in
        /// one article (+1), sharing at least three other names across their articles (+1).
        /// </summary>
        private int Evidence(Cluster a, Cluster b, bool strongOnly) => Evidence(a.Mentions, b, strongOnly);

        private int Evidence(IReadOnlyCollection<MentionRef> a, Cluster b, bool strongOnly)
        {
            var score = 0;
            var ra = RolesOf(a);
            var rb = RolesOf(b);
            if (ra.Overlaps(rb)) score += 2;
            else if (ConflictingRoles(ra, rb)) score -= 2;
            if (strongOnly) return score;
            var articlesA = a.Select(m => m.Article).ToHashSet();
            if (articlesA.Overlaps(b.Articles)) score++;
            var namesA = new HashSet<string>(articlesA.SelectMany(x => _articleNames[x]), StringComparer.Ordinal);
            var namesB = new HashSet<string>(b.Articles.SelectMany(x => _articleNames[x]), StringComparer.Ordinal);
            foreach (var m in a) namesA.Remove(PersonName.Parse(m.Mention.Text) is { } n ? "p:" + n.Surname : string.Empty);
            if (b.Name is not null) namesB.Remove("p:" + b.Name.Surname);
            namesA.IntersectWith(namesB);
            if (namesA.Count >= 3) score++;
            return score;
        }

        private static bool ConflictingRoles(HashSet<string> a, HashSet<string> b)
        {
            // Both hold a single-holder office, for the same country, but different ones: different people.
            foreach (var x in a)
            {
                foreach (var y in b)
                {
                    var (tx, ox) = Split(x);
                    var (ty, oy) = Split(y);
                    if (ox == oy && tx != ty && RoleTitles.IsUniqueOffice(tx) && RoleTitles.IsUniqueOffice(ty)) return true;
                }
            }

            return false;

            static (string Title, string Of) Split(string k)
            {
                var i = k.IndexOf('|', StringComparison.Ordinal);
                return (k[..i], k[(i + 1)..]);
            }
        }

        private bool SharesRole(IReadOnlyCollection<MentionRef> a, Cluster b) => RolesOf(a).Overlaps(RolesOf(b));

        private HashSet<string> RolesOf(Cluster c) => RolesOf(c.Mentions);

        private HashSet<string> RolesOf(IEnumerable<MentionRef> mentions)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in mentions)
            {
                foreach (var r in m.Mention.Roles)
                {
                    // "secretary" with no country or organisation says too little to identify anyone.
                    if (r.Of is not null) set.Add(RoleKey(r));
                }
            }

            return set;
        }

        private string RoleKey(RoleMention r) => RoleTitles.Canonical(r.Title) + "|" + OfKey(r.Of);

        private string OfKey(string? of)
        {
            if (of is null) return string.Empty;
            if (_g.Country(of) is { } c) return c.Key;
            if (_g.Organization(of) is { } o) return o.Key;
            return "org:" + Gazetteer.Normalize(of);
        }

        private static bool IsSubsequence(string[] small, string[] big)
        {
            var j = 0;
            foreach (var t in big)
            {
                if (j < small.Length && small[j] == t) j++;
            }

            return j == small.Length && small.Length < big.Length;
        }

        /// <summary>Index of the one core token in which two same-length names differ, or -1.</summary>
        private static int DifferingToken(string[] a, string[] b)
        {
            if (a.Length != b.Length) return -1;
            var diff = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == b[i]) continue;
                if (diff >= 0) return -1;
                diff = i;
            }

            return diff;
        }

        // ---------- output

        private string CanonicalForm(Cluster c)
        {
            if (c.Entry is { } e && c.Type is EntityType.Country or EntityType.Organization) return e.Name;
            if (c.Entry is { Kind: GazetteerKind.Region } region) return region.Name;
            var named = c.Forms.Where((f, i) => !c.Mentions[i].Mention.IsDescription).ToList();
            var forms = named.Where(f => !f.Typo).Select(f => f.Form).ToList();
            if (forms.Count == 0) forms = [.. named.Select(f => f.Form)];
            if (forms.Count == 0) return c.Entry?.Name ?? c.Key;
            if (c.Type == EntityType.Person)
            {
                forms = [.. forms.Select(f => PersonName.Parse(f) is { } n && n.HadHonorific ? string.Join(' ', f.Split(' ').Skip(1)) : f)];
            }

            // Fullest (most words), then most frequent, then with its diacritics, then ordinal for stability.
            return forms.GroupBy(f => f, StringComparer.Ordinal)
                .OrderByDescending(g => WordCount(g.Key))
                .ThenByDescending(g => g.Count())
                .ThenByDescending(g => Ids.Fold(g.Key) != g.Key)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
        }

        private static int WordCount(string s)
        {
            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 1 && words[0] is "The" or "the" ? words.Length - 1 : words.Length;
        }

        private EntityResolution Build()
        {
            var clusters = _byKey.Values.Where(c => c.MergedInto is null && c.Count > 0)
                .OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

            // Countries that roles point to must exist as nodes even when only a demonym named them.
            var roleCountries = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var c in clusters)
            {
                foreach (var m in c.Mentions)
                {
                    foreach (var r in m.Mention.Roles)
                    {
                        if (r.Of is { } of && _g.Country(of) is { } country) roleCountries.Add(country.Key);
                    }
                }
            }

            var ids = new Dictionary<Cluster, string>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            var names = new Dictionary<Cluster, string>();
            // Canonical forms and records read only their own cluster and the gazetteer: computed in parallel, used in order.
            var canonical = new string[clusters.Count];
            Parallel.For(0, clusters.Count, i => canonical[i] = CanonicalForm(clusters[i]));
            for (var i = 0; i < clusters.Count; i++)
            {
                var c = clusters[i];
                var name = canonical[i];
                names[c] = name;
                var id = Ids.Entity(c.Type, name);
                if (!used.Add(id))
                {
                    var suffix = c.Entry?.Country?.ToLowerInvariant() ?? "2";
                    var n = 2;
                    var candidate = id + "-" + suffix;
                    while (!used.Add(candidate)) candidate = id + "-" + suffix + "-" + n++;
                    id = candidate;
                }

                ids[c] = id;
            }

            var countryIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in clusters.Where(c => c.Type == EntityType.Country && c.Entry is not null)) countryIds[c.Entry!.Key] = ids[c];
            var extra = new List<EntityRecord>();
            foreach (var key in roleCountries)
            {
                if (countryIds.ContainsKey(key)) continue;
                var entry = _g.ByKey(key)!;
                var id = Ids.Entity(EntityType.Country, entry.Name);
                if (!used.Add(id)) continue;
                countryIds[key] = id;
                extra.Add(new EntityRecord
                {
                    Id = id,
                    Name = entry.Name,
                    Type = EntityType.Country,
                    Geo = GeoOf(entry),
                    Mentions = 0,
                });
            }

            var orgIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in clusters.Where(c => c.Type == EntityType.Organization))
            {
                orgIds[c.Key] = ids[c];
                foreach (var f in c.Forms) orgIds.TryAdd("org:" + Gazetteer.Normalize(f.Form), ids[c]);
            }

            var records = new List<EntityRecord>(extra);
            // The mention map (an immutable tree, slow to fill) is built beside the records and the log.
            var map = Task.Run(() =>
            {
                var builder = ImmutableDictionary.CreateBuilder<MentionKey, string>();
                foreach (var c in clusters)
                {
                    var id = ids[c];
                    foreach (var m in c.Mentions) builder[m.Key] = id;
                }

                return builder.ToImmutable();
            });

            var built = new EntityRecord[clusters.Count];
            Parallel.For(0, clusters.Count, i =>
            {
                var c = clusters[i];
                var name = names[c];
                var descriptions = c.Mentions.Where(m => m.Mention.IsDescription).Select(m => m.Mention.Text).ToHashSet(StringComparer.Ordinal);
                var aliases = c.Forms.Select(f => f.Form)
                    .Where(f => f != name && !descriptions.Contains(f))
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
                built[i] = new EntityRecord
                {
                    Id = ids[c],
                    Name = name,
                    Type = c.Type,
                    Aliases = aliases,
                    Roles = RoleRecords(c, countryIds, orgIds),
                    Geo = c.Entry is { } e ? GeoOf(e) : null,
                    Mentions = c.Count,
                    Articles = [.. c.Articles.Select(a => corpus[a].Article.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                };
            });
            records.AddRange(built);

            // Steps name entities by cluster key while resolving; publish them under the final ids.
            var keyToId = clusters.ToDictionary(c => c.Key, c => ids[c], StringComparer.Ordinal);
            foreach (var c in _byKey.Values.Where(c => c.MergedInto is not null)) keyToId[c.Key] = ids.GetValueOrDefault(c.Root) ?? c.Root.Key;
            foreach (var (k, v) in countryIds) keyToId.TryAdd(k, v);
            var log = _log.Select(s => s with { Entity = keyToId.GetValueOrDefault(s.Entity, s.Entity) })
                .OrderBy(s => s.Entity, StringComparer.Ordinal).ThenBy(s => s.Rule, StringComparer.Ordinal)
                .ThenBy(s => string.Join("\u0001", s.Forms), StringComparer.Ordinal)
                .Distinct(StepComparer.Instance).ToImmutableArray();
            return new EntityResolution(
                [.. records.OrderBy(r => r.Id, StringComparer.Ordinal)],
                log,
                map.GetAwaiter().GetResult());
        }

        private ImmutableArray<RoleRecord> RoleRecords(Cluster c, Dictionary<string, string> countryIds, Dictionary<string, string> orgIds)
        {
            var byClass = new Dictionary<string, (Dictionary<string, int> Titles, string? Of)>(StringComparer.Ordinal);
            foreach (var m in c.Mentions)
            {
                foreach (var r in m.Mention.Roles)
                {
                    var key = RoleKey(r);
                    string? of = null;
                    if (r.Of is { } o)
                    {
                        of = _g.Country(o) is { } country ? countryIds.GetValueOrDefault(country.Key)
                            : _g.Organization(o) is { } org ? orgIds.GetValueOrDefault(org.Key)
                            : orgIds.GetValueOrDefault("org:" + Gazetteer.Normalize(o));
                    }

                    if (!byClass.TryGetValue(key, out var entry)) byClass[key] = entry = (new Dictionary<string, int>(StringComparer.Ordinal), of);
                    var title = r.Title.ToLowerInvariant();
                    entry.Titles[title] = entry.Titles.GetValueOrDefault(title) + 1;
                }
            }

            // "President Raisi" (no country) adds nothing when "Iranian President Ebrahim Raisi" is also known.
            var classesWithOf = byClass.Where(kv => kv.Value.Of is not null).Select(kv => kv.Key[..kv.Key.IndexOf('|', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
            foreach (var k in byClass.Keys.ToList())
            {
                if (byClass[k].Of is null && classesWithOf.Contains(k[..k.IndexOf('|', StringComparison.Ordinal)])) byClass.Remove(k);
            }

            return [.. byClass.Values
                .Select(v => new RoleRecord(
                    v.Titles.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key,
                    v.Of))
                .Distinct()
                .OrderBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Of, StringComparer.Ordinal)];
        }

        private static GeoRecord? GeoOf(GazetteerEntry e) =>
            e is { Lat: { } lat, Lon: { } lon } ? new GeoRecord(lat, lon, e.Country) : null;
    }

    private sealed class StepComparer : IEqualityComparer<ResolutionStep>
    {
        public static readonly StepComparer Instance = new();

        public bool Equals(ResolutionStep? x, ResolutionStep? y) =>
            x is not null && y is not null && x.Entity == y.Entity && x.Rule == y.Rule && x.Score.Equals(y.Score) && x.Forms.SequenceEqual(y.Forms);

        public int GetHashCode(ResolutionStep obj) => HashCode.Combine(obj.Entity, obj.Rule, obj.Forms.Length);
    }
}
