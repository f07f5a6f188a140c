using System.Collections.Immutable;
using System.Globalization;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>
/// Merges event mentions into one event per happening across articles and outlets, dates them (text, document
/// or corpus basis), flags disagreements, infers missing publication dates, and derives itineraries and the
/// chronological timeline.
/// </summary>
public sealed class EventResolver : IEventResolver
{
    private const int MergeThreshold = 3;
    private const int Veto = -1000;
    private readonly EventTaxonomy taxonomy;
    private readonly Gazetteer? gazetteer;
    private EntityNames names = new([]);

    /// <summary>A resolver using the shipped taxonomy.</summary>
    public EventResolver()
        : this(EventTaxonomy.Default)
    {
    }

    /// <summary>A resolver using the given taxonomy.</summary>
    public EventResolver(EventTaxonomy taxonomy)
    {
        this.taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
    }

    /// <summary>A resolver that also reads a capital acting as agent ("Tehran announced") as its country.</summary>
    public EventResolver(EventTaxonomy taxonomy, Gazetteer gazetteer)
        : this(taxonomy)
    {
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    }

    /// <inheritdoc />
    public EventResolution Resolve(IReadOnlyList<ArticleMentions> corpus, EntityResolution entities)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        entities ??= EntityResolution.Empty;
        var names = new EntityNames(corpus, entities);
        this.names = names;

        // Pass 1 with the publication dates we have; then infer the missing ones from merged happenings and redo.
        var published = corpus.Where(a => a.Article.Published is not null).ToDictionary(a => a.Article.Id, a => a.Article.Published!.Value, StringComparer.Ordinal);
        var candidates = BuildCandidates(corpus, entities, published, ImmutableDictionary<string, DateOnly>.Empty);
        var clusters = Cluster(candidates);
        var inferred = InferPublished(corpus, clusters);
        if (inferred.Count > 0)
        {
            candidates = BuildCandidates(corpus, entities, published, inferred);
            clusters = Cluster(candidates);
        }

        var events = BuildEvents(clusters, names);
        var itineraries = Itineraries.Build(events, candidates, names, taxonomy);
        var timeline = Order(events.Select(e => e.Record));
        return new EventResolution(
            [.. events.Select(e => e.Record).OrderBy(e => e.Id, StringComparer.Ordinal)],
            itineraries,
            timeline,
            inferred);
    }

    /// <summary>Event ids in chronological order: by earliest (else latest) date, then latest, then id; undated last.</summary>
    internal static ImmutableArray<string> Order(IEnumerable<EventRecord> events) =>
        [.. events
            .OrderBy(e => e.Date?.Earliest ?? e.Date?.Latest ?? DateOnly.MaxValue)
            .ThenBy(e => e.Date?.Latest ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id)];

    private List<EventCandidate> BuildCandidates(
        IReadOnlyList<ArticleMentions> corpus,
        EntityResolution entities,
        Dictionary<string, DateOnly> published,
        ImmutableDictionary<string, DateOnly> inferred)
    {
        var list = new List<EventCandidate>();
        var order = 0;
        var countries = CountriesByCode(entities);
        foreach (var am in corpus)
        {
            var article = am.Article;
            DateOnly? pub = published.TryGetValue(article.Id, out var p) ? p : inferred.TryGetValue(article.Id, out var q) ? q : null;
            var basis = published.ContainsKey(article.Id) ? "document" : "corpus";
            foreach (var m in am.Events.IsDefault ? [] : am.Events)
            {
                if (taxonomy.Find(m.Type) is null) continue;
                string Id(EntityMention e) => entities.EntityOf(article.Id, e.Span) ?? Ids.Entity(e.Type, e.Text);
                var participants = new List<(string, string)>();
                var stops = new List<(string, string)>();
                foreach (var a in m.Arguments)
                {
                    var id = Id(a.Entity);
                    var motion = m.Type is "visit" or "travel";
                    if (motion && a.Role is "stop" or "first-stop" or "last-stop" or "origin" or "destination" && a.Entity.Type is EntityType.Place or EntityType.Country)
                    {
                        stops.Add((id, a.Role));
                        if (a.Role is "origin" or "destination") continue;
                    }

                    if (a.Role == "agent" && a.Entity.Type == EntityType.Place && Metonym(id, a.Entity.Text, countries) is { } country) id = country;
                    if (!participants.Any(x => x.Item1 == id)) participants.Add((id, a.Role));
                }

                var sentence = am.Analysed.Sentences.FirstOrDefault(s => s.Index == m.Sentence);
                var sentenceText = sentence is null ? "" : sentence.TextOf(article.Text);
                list.Add(new EventCandidate
                {
                    Order = order++,
                    Article = am,
                    Mention = m,
                    Outlet = string.IsNullOrWhiteSpace(article.Source) ? article.Id : article.Source.Trim(),
                    Participants = participants,
                    Stops = stops,
                    Place = m.Place is null ? null : Id(m.Place),
                    Date = DateOf(m, pub, basis),
                    Source = new SourceRecord(article.Id, m.Trigger.Start, m.Trigger.End, sentenceText),
                    Figure = m.Type == "casualty" && sentence is not null ? Figures.Nearest(article.Text, sentence.Span, m.Trigger) : null,
                });
            }
        }

        return list;
    }

    private static Dictionary<string, string> CountriesByCode(EntityResolution entities)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities.Entities.IsDefault ? [] : entities.Entities)
        {
            if (e.Type == EntityType.Country && e.Geo?.Country is { Length: > 0 } code) result.TryAdd(code.ToUpperInvariant(), e.Id);
        }

        return result;
    }

    /// <summary>"Tehran announced", "Washington said": a national capital as the agent stands for its country's government.</summary>
    private string? Metonym(string placeId, string text, Dictionary<string, string> countries)
    {
        if (gazetteer?.CountryOfCapital(text) is not { Country: { } code }) return null;
        code = code.ToUpperInvariant();
        // Only the capital itself (geocoded to that country), and only when the country is already an entity of the corpus.
        return names.CountryCode(placeId) is { } placeCountry && placeCountry == code && countries.TryGetValue(code, out var id) ? id : null;
    }

    internal static EventDate? DateOf(EventMention m, DateOnly? published, string documentBasis)
    {
        var t = m.Time;
        if (t?.Earliest is { } e)
        {
            return new EventDate(t.Value, e, t.Latest ?? e, t.Granularity ?? Granularity.Day, "text");
        }

        if (t is not null && published is { } anchor && documentBasis == "corpus" && Relative.Anchor(t.Text, anchor, m.Factuality == Factuality.Planned) is { } day)
        {
            return new EventDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day, day, Granularity.Day, "corpus");
        }

        if (published is not { } pub) return null;
        return m.Factuality == Factuality.Planned
            ? new EventDate("FUTURE_REF", pub.AddDays(1), null, Granularity.Day, documentBasis)
            : new EventDate("PAST_REF", null, pub, Granularity.Day, documentBasis);
    }

    private List<List<EventCandidate>> Cluster(List<EventCandidate> candidates)
    {
        var clusters = new List<List<EventCandidate>>();
        // Blocking: a merge needs a shared participant, place or stop, so only clusters indexed under one are scored.
        var byEntity = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Day span of each cluster's members, to skip clusters too far in time to merge with (see Apart).
        var spans = new List<(int Lo, int Hi)>();
        var seen = new List<int>();
        var pool = new List<int>();
        for (var stamp = 1; stamp <= candidates.Count; stamp++)
        {
            var c = candidates[stamp - 1];
            var keys = Keys(c).ToList();
            var span = DaySpan(c);
            pool.Clear();
            foreach (var k in keys)
            {
                if (!byEntity.TryGetValue(k, out var list)) continue;
                foreach (var index in list)
                {
                    if (seen[index] == stamp) continue;
                    seen[index] = stamp;
                    if (!DateBlocking || !Apart(span, spans[index])) pool.Add(index);
                }
            }

            // Ascending cluster order, so the earliest of equally scored clusters wins.
            pool.Sort();
            var best = -1;
            var bestScore = int.MinValue;
            foreach (var index in pool)
            {
                var score = ClusterScore(c, clusters[index]);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = index;
                }
            }

            int target;
            if (best >= 0 && bestScore >= MergeThreshold)
            {
                clusters[best].Add(c);
                target = best;
                spans[best] = (Math.Min(spans[best].Lo, span.Lo), Math.Max(spans[best].Hi, span.Hi));
            }
            else
            {
                clusters.Add([c]);
                target = clusters.Count - 1;
                spans.Add(span);
                seen.Add(0);
            }

            foreach (var k in keys)
            {
                if (!byEntity.TryGetValue(k, out var list)) byEntity[k] = list = [];
                if (list.Count == 0 || list[^1] != target) list.Add(target);
            }
        }

        return clusters;
    }

    /// <summary>Skips clusters too far in time to merge (on by default; tests turn it off to check it changes nothing).</summary>
    internal bool DateBlocking { get; init; } = true;

    /// <summary>
    /// Days beyond which two intervals cannot merge: <see cref="PairScore"/> vetoes (or scores 0) any pair whose
    /// intervals are more than this many days apart (text-dated pairs up to 3 days apart may still merge).
    /// </summary>
    private const int MaxMergeGap = 3;

    /// <summary>A candidate's interval as day numbers; open bounds, no date or an inverted interval span everything.</summary>
    private static (int Lo, int Hi) DaySpan(EventCandidate c)
    {
        if (c.Date is not { } d || (d.Earliest is { } e && d.Latest is { } l && e > l)) return (int.MinValue, int.MaxValue);
        return (d.Earliest?.DayNumber ?? int.MinValue, d.Latest?.DayNumber ?? int.MaxValue);
    }

    /// <summary>
    /// True when every member of a cluster spanning <paramref name="cluster"/> is more than <see cref="MaxMergeGap"/>
    /// days from the candidate (<see cref="Gap"/> > 3), so that no member can score a merge and the cluster cannot win.
    /// </summary>
    private static bool Apart((int Lo, int Hi) candidate, (int Lo, int Hi) cluster) =>
        (candidate.Hi != int.MaxValue && cluster.Lo != int.MinValue && candidate.Hi + MaxMergeGap < cluster.Lo)
        || (cluster.Hi != int.MaxValue && candidate.Lo != int.MinValue && cluster.Hi + MaxMergeGap < candidate.Lo);

    private static IEnumerable<string> Keys(EventCandidate c)
    {
        foreach (var p in c.Participants) yield return p.Id;
        if (c.Place is not null) yield return c.Place;
        foreach (var s in c.Stops) yield return s.Id;
        if (c.TextDated && c.Date!.Earliest == c.Date.Latest) yield return $"{c.ArticleId}|{c.Type}|{c.Date.Earliest:yyyy-MM-dd}";
    }

    private int ClusterScore(EventCandidate c, List<EventCandidate> cluster)
    {
        var max = int.MinValue;
        foreach (var m in cluster)
        {
            var s = PairScore(c, m);
            if (s <= Veto) return Veto;
            max = Math.Max(max, s);
        }

        return max;
    }

    internal int PairScore(EventCandidate a, EventCandidate b)
    {
        if (!taxonomy.AreCompatible(a.Type, b.Type)) return Veto;
        if (FactGroup(a.Factuality) != FactGroup(b.Factuality)) return Veto;
        // One article naming the same dated happening again without participants ("that terror attack").
        if (a.ArticleId == b.ArticleId && a.Type == b.Type && a.TextDated && b.TextDated && (a.Participants.Count == 0 || b.Participants.Count == 0)
            && a.Date!.Earliest == a.Date.Latest && a.Date.Earliest == b.Date!.Earliest && b.Date.Earliest == b.Date.Latest
            && (a.Place is null || b.Place is null || a.Place == b.Place))
        {
            return MergeThreshold;
        }

        var score = a.Type == b.Type ? 1 : -1;
        var shared = 0;
        foreach (var id in a.ParticipantSet)
        {
            if (id != a.Place && id != b.Place && b.ParticipantSet.Contains(id)) shared++;
        }

        score += shared >= 2 ? 4 : shared * 2;
        // "X met Y" and "X met Z" are two meetings: they share X, and each names a person the other does not.
        if (Symmetric(a.Type) && shared == 1 && OtherPerson(a, b) && OtherPerson(b, a)) return Veto;
        var samePlace = a.Place is not null && a.Place == b.Place;
        if (samePlace) score += 2;
        else if (a.Place is not null && b.Place is not null)
        {
            // A city and a country are compatible only when the gazetteer puts the city in that country.
            var (ca, cb) = (names.CountryCode(a.Place), names.CountryCode(b.Place));
            if (!IsCountry(a.Place) && !IsCountry(b.Place))
            {
                // Two cities for one happening is a disagreement only when much else agrees.
                if (shared < 2) return Veto;
                score -= 3;
            }
            else if (ca is null || cb is null) score -= 2;
            else if (ca != cb) score -= 3;
        }
        var sharedStops = 0;
        if (a.Stops.Count > 0 && b.Stops.Count > 0)
        {
            foreach (var id in a.StopSet) if (b.StopSet.Contains(id)) sharedStops++;
        }

        if (sharedStops >= 2) score += 2;
        // Without a shared participant, place or stops there is no evidence, but no contradiction either.
        if (shared == 0 && !samePlace && sharedStops < 2) return 0;
        if (a.Agent is not null && a.Agent == b.Agent) score += 1;

        // Two reports bounded only by their publication dates need more than one shared name: "X said" twice is two statements.
        // A denial is the exception: "X did not meet …" in two reports of one story is the same non-event.
        // So is one outlet rewording another's sentence about the same agent doing the same thing.
        var sameAct = a.Type == b.Type && a.Agent is not null && a.Agent == b.Agent;
        var sameDenial = sameAct && a.Factuality == Factuality.Negated && b.Factuality == Factuality.Negated;
        if (!(a.TextDated && b.TextDated) && a.ArticleId != b.ArticleId && !(shared >= 2 || (shared >= 1 && samePlace) || sharedStops >= 2 || sameDenial)
            && !(sameAct && a.Type is not ("visit" or "travel") && EventCandidate.Rewrites(a, b))) return 0;

        // Two different agents doing the same kind of thing are two happenings, unless they act together.
        if (a.Agent is { } x && b.Agent is { } y && x != y
            && (!Symmetric(a.Type) || (!b.ParticipantSet.Contains(x) && !a.ParticipantSet.Contains(y)))) return Veto;

        if (a.Date is { } da && b.Date is { } db)
        {
            if (a.TextDated && b.TextDated)
            {
                var gap = Gap(da, db);
                if (gap <= 0)
                {
                    score += 1;
                    if (da.Earliest == da.Latest && db.Earliest == db.Latest && da.Earliest == db.Earliest) score += 1;
                }
                else if (gap <= 3 && (shared >= 2 || (shared >= 1 && samePlace))) score -= 2;
                else return Veto;
            }
            else if (Gap(da, db) > 0)
            {
                return Veto;
            }
        }

        return score;
    }

    private static bool OtherPerson(EventCandidate a, EventCandidate b)
    {
        foreach (var (id, _) in a.Participants)
        {
            if (id.StartsWith("person/", StringComparison.Ordinal) && !b.ParticipantSet.Contains(id)) return true;
        }

        return false;
    }

    /// <summary>Types where the agent and the other participants can swap roles between reports ("X met Y" / "Y met X").</summary>
    private static bool Symmetric(string type) => type is "meet" or "call" or "negotiation" or "agreement";

    private static bool IsCountry(string id) => id.StartsWith("country/", StringComparison.Ordinal);

    private static int FactGroup(Factuality f) => f switch
    {
        Factuality.Planned => 1,
        Factuality.Negated => 2,
        _ => 0,
    };

    /// <summary>Days between two intervals (0 or less when they overlap); open bounds never conflict.</summary>
    internal static int Gap(EventDate a, EventDate b)
    {
        if (a.Latest is { } al && b.Earliest is { } be && al < be) return be.DayNumber - al.DayNumber;
        if (b.Latest is { } bl && a.Earliest is { } ae && bl < ae) return ae.DayNumber - bl.DayNumber;
        return 0;
    }

    private static ImmutableDictionary<string, DateOnly> InferPublished(IReadOnlyList<ArticleMentions> corpus, List<List<EventCandidate>> clusters)
    {
        var votes = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var dated = cluster.Where(c => c.TextDated && c.Date!.Earliest == c.Date.Latest && c.Article.Article.Published is not null).ToList();
            if (dated.Count == 0) continue;
            var day = dated.GroupBy(c => c.Date!.Earliest!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            foreach (var c in cluster)
            {
                if (c.Article.Article.Published is not null || c.Mention.Time is not { Earliest: null } t) continue;
                if (Relative.PublishedFrom(t.Text, day, c.Factuality == Factuality.Planned) is not { } pub) continue;
                if (!votes.TryGetValue(c.ArticleId, out var list)) votes[c.ArticleId] = list = [];
                list.Add(pub);
            }
        }

        // A weekday fixed by another outlet only bounds the publication date from below ("on Sunday" → published
        // on Sunday or within the six days after). The news cycle settles it: an undated article reporting two or
        // more of the same specific happenings (a place or two participants) as dated articles takes their most
        // common publication date when that date is consistent with the bound.
        var shared = new Dictionary<string, Dictionary<DateOnly, int>>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            if (!cluster.Any(c => c.Place is not null || c.Participants.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() >= 2)) continue;
            var datedDays = cluster.Select(c => c.Article.Article.Published).OfType<DateOnly>().Distinct().ToList();
            if (datedDays.Count == 0) continue;
            foreach (var id in cluster.Where(c => c.Article.Article.Published is null).Select(c => c.ArticleId).Distinct(StringComparer.Ordinal))
            {
                if (!shared.TryGetValue(id, out var counts)) shared[id] = counts = [];
                foreach (var d in datedDays) counts[d] = counts.GetValueOrDefault(d) + 1;
            }
        }

        var result = ImmutableDictionary.CreateBuilder<string, DateOnly>(StringComparer.Ordinal);
        foreach (var am in corpus)
        {
            var id = am.Article.Id;
            DateOnly? bound = votes.TryGetValue(id, out var list) ? list.Max() : null;
            DateOnly? story = shared.TryGetValue(id, out var counts) && counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First() is { Value: >= 2 } best
                ? best.Key
                : null;
            if (story is { } st && (bound is not { } b || (st >= b && st.DayNumber - b.DayNumber <= 6))) result[id] = st;
            else if (bound is { } only) result[id] = only;
        }

        return result.ToImmutable();
    }

    private List<BuiltEvent> BuildEvents(List<List<EventCandidate>> clusters, EntityNames names)
    {
        var drafts = new List<(string BaseId, EventRecord Record, List<EventCandidate> Members)>();
        foreach (var cluster in clusters)
        {
            var type = cluster.GroupBy(c => c.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(c => c.Order)).First().Key;
            var factuality = cluster.Any(c => c.Factuality == Factuality.Happened) ? Factuality.Happened : cluster[0].Factuality;
            var conflicts = ImmutableArray.CreateBuilder<ConflictRecord>();
            var date = MergeDates(cluster, conflicts);
            var place = MergePlace(cluster, conflicts);
            MergeFigures(cluster, conflicts);

            var participants = new List<ParticipantRecord>();
            foreach (var (id, role) in cluster.SelectMany(c => c.Participants).OrderBy(p => p.Role == "agent" ? 0 : 1))
            {
                if (id == place || participants.Any(p => p.Entity == id)) continue;
                participants.Add(new ParticipantRecord(id, role));
            }

            var sources = cluster.OrderBy(c => c.Order).Select(c => c.Source).Distinct().ToImmutableArray();
            var record = new EventRecord
            {
                Id = "",
                Type = type,
                Summary = "",
                Date = date,
                Participants = [.. participants.OrderBy(p => p.Role == "agent" ? 0 : 1).ThenBy(p => p.Entity, StringComparer.Ordinal)],
                Place = place,
                Factuality = factuality,
                Sources = sources,
                Corroboration = cluster.Select(c => c.Outlet).Distinct(StringComparer.Ordinal).Count(),
                Conflicts = conflicts.ToImmutable(),
            };
            record = record with { Summary = Summaries.Of(record, names, taxonomy) };
            drafts.Add((BaseId(record, names), record, cluster));
        }

        var result = new List<BuiltEvent>();
        foreach (var group in drafts.GroupBy(d => d.BaseId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = 0;
            foreach (var d in group.OrderBy(d => d.Members.Min(c => c.Order)))
            {
                var id = n == 0 ? d.BaseId : d.BaseId + "-" + (n + 1).ToString(CultureInfo.InvariantCulture);
                n++;
                result.Add(new BuiltEvent(d.Record with { Id = id }, d.Members));
            }
        }

        return result;
    }

    private static EventDate? MergeDates(List<EventCandidate> cluster, ImmutableArray<ConflictRecord>.Builder conflicts)
    {
        var text = cluster.Where(c => c.TextDated).ToList();
        if (text.Count == 0)
        {
            var docs = cluster.Where(c => c.Date is not null).Select(c => c.Date!).ToList();
            if (docs.Count == 0) return null;
            var latest = docs.Where(d => d.Latest is not null).Select(d => d.Latest!.Value).DefaultIfEmpty().Min();
            var earliest = docs.Where(d => d.Earliest is not null).Select(d => d.Earliest!.Value).DefaultIfEmpty().Max();
            var first = docs[0];
            return first with
            {
                Earliest = earliest == default ? null : earliest,
                Latest = latest == default ? null : latest,
            };
        }

        // Group the members' intervals into mutually overlapping sets; more than one set is a disagreement.
        var groups = new List<List<EventCandidate>>();
        foreach (var c in text.OrderBy(c => c.Date!.Earliest).ThenBy(c => c.Order))
        {
            var g = groups.FirstOrDefault(g => g.All(x => Gap(x.Date!, c.Date!) <= 0));
            if (g is null) groups.Add([c]);
            else g.Add(c);
        }

        if (groups.Count > 1)
        {
            conflicts.Add(new ConflictRecord(
                "date",
                [.. groups.Select(g => Finest(g).Value).Distinct().OrderBy(v => v, StringComparer.Ordinal)],
                [.. text.Select(c => c.ArticleId).Distinct().OrderBy(a => a, StringComparer.Ordinal)]));
        }

        var chosen = groups.OrderByDescending(g => g.Select(c => c.Outlet).Distinct().Count()).ThenBy(g => g[0].Date!.Earliest).First();
        var best = Finest(chosen);
        var lo = chosen.Max(c => c.Date!.Earliest!.Value);
        var hi = chosen.Min(c => c.Date!.Latest ?? c.Date.Earliest!.Value);
        if (lo > hi) (lo, hi) = (best.Earliest!.Value, best.Latest ?? best.Earliest!.Value);
        return best with { Earliest = lo, Latest = hi };
    }

    private static EventDate Finest(List<EventCandidate> g) =>
        g.Select(c => c.Date!).OrderBy(d => d.Granularity).ThenBy(d => (d.Latest ?? d.Earliest!.Value).DayNumber - d.Earliest!.Value.DayNumber).ThenBy(d => d.Value, StringComparer.Ordinal).First();

    private static string? MergePlace(List<EventCandidate> cluster, ImmutableArray<ConflictRecord>.Builder conflicts)
    {
        var places = cluster.Where(c => c.Place is not null).GroupBy(c => c.Place!).ToList();
        if (places.Count == 0) return null;
        var specific = places.Where(g => !IsCountry(g.Key)).ToList();
        if (specific.Count > 1)
        {
            conflicts.Add(new ConflictRecord(
                "place",
                [.. specific.Select(g => g.Key).OrderBy(k => k, StringComparer.Ordinal)],
                [.. specific.SelectMany(g => g.Select(c => c.ArticleId)).Distinct().OrderBy(a => a, StringComparer.Ordinal)]));
        }

        var pool = specific.Count > 0 ? specific : places;
        return pool.OrderByDescending(g => g.Select(c => c.Outlet).Distinct().Count()).ThenBy(g => g.Min(c => c.Order)).First().Key;
    }

    private static void MergeFigures(List<EventCandidate> cluster, ImmutableArray<ConflictRecord>.Builder conflicts)
    {
        var figures = cluster.Where(c => c.Figure is not null).GroupBy(c => c.Figure!.Value).ToList();
        if (figures.Count < 2) return;
        conflicts.Add(new ConflictRecord(
            "figure",
            [.. figures.Select(g => g.Key).Order().Select(v => v.ToString("N0", CultureInfo.InvariantCulture))],
            [.. figures.SelectMany(g => g.Select(c => c.ArticleId)).Distinct().OrderBy(a => a, StringComparer.Ordinal)]));
    }

    private static string BaseId(EventRecord e, EntityNames names)
    {
        var d = e.Date;
        var day = d?.Earliest ?? d?.Latest;
        var datePart = day is not { } x ? "undated"
            : d!.Granularity <= Granularity.Day && d.Earliest == d.Latest ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.Granularity <= Granularity.Month ? x.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : x.ToString("yyyy", CultureInfo.InvariantCulture);
        if (d is { Basis: "document" } && d.Earliest is null) datePart = "by-" + datePart;
        if (d is { Basis: "document" } && d.Latest is null) datePart = "after-" + datePart;
        var who = e.Place ?? e.Participants.FirstOrDefault()?.Entity;
        var slug = who is null ? "unknown" : Ids.Slug(names.Name(who));
        return $"event/{datePart}-{Ids.Slug(e.Type)}-{slug}";
    }
}

/// <summary>A merged event with the mentions behind it.</summary>
internal sealed record BuiltEvent(EventRecord Record, List<EventCandidate> Members);
