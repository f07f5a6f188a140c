using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// Rule-based event extraction: triggers from the taxonomy matched by lemma, arguments from a light clause
/// and chunk analysis (subject, passive "by", possessive, "with", objects, locative phrases), time from the
/// clause, sentence or paragraph, pronoun and description resolution, and factuality.
/// </summary>
public sealed class EventExtractor : IEventExtractor
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "its", "their", "'s", "\u2019s", "this", "that", "another", "further", "no",
        "any", "our", "my", "your", "these", "those", "new", "first", "last", "latest", "second",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets" };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "will", "'ll", "\u2019ll", "shall", "would", "could", "might", "may", "should", "must" };

    private static readonly HashSet<string> PlanVerbs = new(StringComparer.Ordinal)
    {
        "plan", "set", "due", "expect", "schedule", "poise", "intend", "hope", "aim", "want", "seek", "try", "attempt",
        "prepare", "going", "propose", "ready", "head", "upcoming", "planned", "next",
    };

    private static readonly HashSet<string> NegatingVerbs = new(StringComparer.Ordinal) { "refuse", "decline", "fail", "unable", "reluctant" };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within" };

    private readonly EventTaxonomy taxonomy;

    /// <summary>An extractor using the shipped taxonomy.</summary>
    public EventExtractor()
        : this(EventTaxonomy.Default)
    {
    }

    /// <summary>An extractor using the given taxonomy.</summary>
    public EventExtractor(EventTaxonomy taxonomy)
    {
        this.taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
    }

    /// <inheritdoc />
    public ImmutableArray<EventMention> Extract(AnalysedArticle article, ImmutableArray<TimeExpression> times, ImmutableArray<EntityMention> entities)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Article.Text;
        var sortedEntities = entities.IsDefault ? [] : entities.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var sortedTimes = times.IsDefault ? [] : times.OrderBy(t => t.Span.Start).ThenBy(t => t.Span.End).ToList();
        var result = ImmutableArray.CreateBuilder<EventMention>();
        var views = new SentenceView[article.Sentences.Length];
        var paragraphStart = 0;
        int ei = 0, ti = 0;
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var sentence = article.Sentences[s];
            if (s == 0 || article.Sentences[s - 1].Paragraph != sentence.Paragraph) paragraphStart = sentence.Span.Start;
            var ents = Take(sortedEntities, ref ei, sentence.Span, e => e.Span);
            var tms = Take(sortedTimes, ref ti, sentence.Span, t => t.Span);
            views[s] = new SentenceView(sentence, text, ents, tms, SentenceView.QuoteOpenAt(text, paragraphStart, sentence.Span.Start));
        }

        var context = new ArticleContext(views);

        for (var s = 0; s < views.Length; s++)
        {
            var view = views[s];
            var triggers = FindTriggers(view);
            var inSentence = new List<(EventMention Mention, int Clause)>();
            for (var t = 0; t < triggers.Count; t++)
            {
                var trig = triggers[t];
                var next = t + 1 < triggers.Count ? triggers[t + 1].First : view.Length;
                var otherClauses = triggers.Where(x => x != trig).Select(x => view.Clause[x.First]).ToHashSet();
                var mention = BuildMention(article, views, s, trig, next, otherClauses, triggers, context);
                if (mention is null) continue;
                // "will convene a conference", "met … at talks": one happening named twice in a clause.
                var same = inSentence.FindIndex(x => x.Clause == view.Clause[trig.First] && x.Mention.Type == mention.Type && x.Mention.Factuality == mention.Factuality);
                if (same >= 0) inSentence[same] = (Combine(inSentence[same].Mention, mention), inSentence[same].Clause);
                else inSentence.Add((mention, view.Clause[trig.First]));
            }

            result.AddRange(InheritPlaces(view, inSentence.Select(x => x.Mention).ToList()));

            var tour = TourMention(views, s, context);
            if (tour is not null) result.Add(tour);
        }

        return [.. result.OrderBy(m => m.Trigger.Start).ThenBy(m => m.Trigger.End).ThenBy(m => m.Type, StringComparer.Ordinal)];
    }

    /// <summary>
    /// "X made a visit to Baghdad on Sunday and met Y": a predicate conjoined to a visit or trip, with the same agent
    /// and no place of its own, happened at that visit's place.
    /// </summary>
    private static List<EventMention> InheritPlaces(SentenceView v, List<EventMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Place is not null || m.Type is "visit" or "travel" || AgentOf(m) is not { } agent) continue;
            for (var j = i - 1; j >= 0; j--)
            {
                var motion = mentions[j];
                if (motion.Type is not ("visit" or "travel") || motion.Place is null || motion.Factuality != m.Factuality) continue;
                if (AgentOf(motion) is not { } other || !string.Equals(other.Text, agent.Text, StringComparison.Ordinal)) continue;
                var between = Enumerable.Range(0, v.Length).Where(k => v.Tokens[k].Start >= motion.Trigger.End && v.Tokens[k].End <= m.Trigger.Start).ToList();
                // "and met Y" (a conjoined predicate) or "travel to Tokyo for a meeting" (its purpose).
                var purpose = between.Count <= 4 && between.Count > 0 && between.Any(k => v.Lower[k] == "for");
                var conjoined = (between.Any(k => v.Lower[k] == "and") || purpose)
                    && !between.Any(k => v.Lower[k] is "before" or "after" or "then" or "later" or ";" || (v.EntityAt[k] >= 0 && v.Entities[v.EntityAt[k]].Type is EntityType.Place && v.Entities[v.EntityAt[k]] != motion.Place));
                if (conjoined) mentions[i] = m with { Place = motion.Place };
                break;
            }
        }

        return mentions;
    }

    private static EntityMention? AgentOf(EventMention m) => m.Arguments.FirstOrDefault(a => a.Role == "agent")?.Entity;

    private static List<T> Take<T>(List<T> sorted, ref int index, TextSpan sentence, Func<T, TextSpan> span)
    {
        // Both lists are sorted by start: walk them once instead of filtering per sentence.
        while (index < sorted.Count && span(sorted[index]).Start < sentence.Start) index++;
        var result = new List<T>();
        var k = index;
        while (k < sorted.Count && span(sorted[k]).Start < sentence.End)
        {
            if (sentence.Contains(span(sorted[k]))) result.Add(sorted[k]);
            k++;
        }

        index = k;
        return result;
    }

    internal List<Trigger> FindTriggers(SentenceView v)
    {
        var found = new List<Trigger>();
        var consumed = new bool[v.Length];
        var lemmas = new List<string>[v.Length];
        for (var i = 0; i < v.Length; i++) lemmas[i] = v.Lemmas[i];

        for (var i = 0; i < v.Length; i++)
        {
            if (consumed[i]) continue;
            foreach (var p in taxonomy.PatternsStartingWith(lemmas[i]))
            {
                var end = MatchPattern(v, lemmas, i, p.Words);
                if (end < 0) continue;
                for (var k = i; k < end; k++) consumed[k] = true;
                if (p.Type is not null && !InsideName(v, i))
                {
                    // The head of "launch an attack" is the last word; of "call for" the first.
                    found.Add(new Trigger(i, end - 1, p.Type, IsNounHead(v, i)));
                }

                break;
            }
        }

        for (var i = 0; i < v.Length; i++)
        {
            // "March 13", "the May 5 summit": a word inside a time expression names a date, not an event.
            if (consumed[i] || InsideName(v, i) || v.TimeAt[i] >= 0) continue;
            var w = v.Lower[i];
            if (w.Length < 2 || !char.IsLetter(w[0])) continue;
            string? type = null;
            var noun = false;
            var nounType = taxonomy.NounType(w);
            if (nounType is null && w.EndsWith('s')) nounType = taxonomy.NounType(w[..^1]);
            var verbType = lemmas[i].Select(taxonomy.VerbType).FirstOrDefault(t => t is not null);
            var prev = i > 0 ? v.Lower[i - 1] : "";
            var nounContext = Determiners.Contains(prev) || (i + 1 < v.Length && v.Lower[i + 1] == "of") || SentenceView.IsPreposition(prev) || IsAdjectiveBefore(v, i);
            if (nounType is not null && (verbType is null || nounContext || w.EndsWith('s') && nounType == verbType))
            {
                type = nounType;
                noun = true;
            }
            else if (verbType is not null && !(SentenceView.IsPreposition(prev) && prev != "to") && !Determiners.Contains(prev))
            {
                type = verbType;
            }

            if (type is null) continue;
            found.Add(new Trigger(i, i, type, noun));
        }

        found.Sort((a, b) => a.First.CompareTo(b.First));
        return found;
    }

    private static bool IsAdjectiveBefore(SentenceView v, int i)
    {
        // "a further bombardment", "another temporary communication blackout"
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (v.Lower[k] is "a" or "an" or "the" or "another" or "its" or "his" or "her" or "their" or "'s" or "\u2019s") return true;
            if (SentenceView.IsPreposition(v.Lower[k]) || v.Lower[k] is "," or "." || BeForms.Contains(v.Lower[k]) || Modals.Contains(v.Lower[k])) return false;
        }

        return false;
    }

    private static bool IsNounHead(SentenceView v, int i) =>
        i > 0 && (Determiners.Contains(v.Lower[i - 1]) || SentenceView.IsPreposition(v.Lower[i - 1]));

    private static bool InsideName(SentenceView v, int i) =>
        v.EntityAt[i] >= 0 && i > 0 && v.IsCapitalised(i) && v.Entities[v.EntityAt[i]].Span.Start < v.Tokens[i].Start;

    private static int MatchPattern(SentenceView v, List<string>[] lemmas, int start, string[] words)
    {
        var i = start;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word == "*")
            {
                if (w + 1 >= words.Length) return -1;
                var next = words[w + 1];
                var limit = Math.Min(v.Length, i + 5);
                var j = i;
                while (j < limit && !lemmas[j].Contains(next))
                {
                    // A comma inside a number ("4,000 workers") is not a boundary.
                    var numberComma = v.Lower[j] == "," && j > 0 && j + 1 < v.Length && char.IsDigit(v.Lower[j - 1][^1]) && char.IsDigit(v.Lower[j + 1][0]);
                    if (!numberComma && (SentenceView.IsBoundaryPunct(v.Tokens[j].Text) || v.Lower[j] is "," or "." or "and" or "but")) return -1;
                    j++;
                }

                if (j >= limit) return -1;
                i = j + 1;
                w++;
                continue;
            }

            if (i >= v.Length || !lemmas[i].Contains(word)) return -1;
            i++;
        }

        return i;
    }

    private EventMention? BuildMention(AnalysedArticle article, SentenceView[] views, int s, Trigger trig, int nextTrigger, HashSet<int> otherClauses, List<Trigger> triggers, ArticleContext ctx)
    {
        var v = views[s];
        var info = taxonomy.Find(trig.Type);
        var clause = v.Clause[trig.First];
        var cStart = v.ClauseStart(clause);
        var attribution = !trig.Noun && info is not null && trig.First == trig.Last && info.Attributions.Any(v.Lemmas[trig.First].Contains);
        // "Results will show a loss, the chairman told the meeting": the words before the comma are what was said.
        if (attribution && ReportingClauseStart(v, trig.First, cStart) is { } after) cStart = after;
        var cEnd = v.ClauseEnd(clause);
        var argEnd = Math.Min(cEnd, nextTrigger);
        var motion = trig.Type is "visit" or "travel";
        var passive = !trig.Noun && IsPassive(v, trig.First, cStart);

        EntityMention? agent = null;
        var args = new List<EventArgument>();
        EntityMention? place = null;
        var used = new HashSet<int>();

        // "with the United States pressing for a deal": the name before a gerund after "with" is its subject.
        if (!trig.Noun && v.Lower[trig.First].EndsWith("ing", StringComparison.Ordinal) && trig.First > 0 && v.EntityAt[trig.First - 1] is var before and >= 0
            && IsActor(v.Entities[before]) && v.GoverningPreposition(v.TokensOf(before).First) == "with")
        {
            agent = ctx.Resolve(v.Entities[before]);
        }

        // Possessive agent of an event noun: "Turkey's withdrawal", "his meeting"; but "their release" is of the hostages.
        if (trig.Noun && trig.Type != "release") agent = Possessor(v, trig.First, cStart, ctx, s);

        // Objects, "with", "by", locatives after the trigger.
        for (var i = trig.Last + 1; i < argEnd; i++)
        {
            var e = v.EntityAt[i];
            if (e < 0 || used.Contains(e) || (i > 0 && v.EntityAt[i - 1] == e)) continue;
            used.Add(e);
            var m = v.Entities[e];
            var prep = v.GoverningPreposition(i);
            if (prep == "of" && LocativeOf(v, i)) prep = "in";
            var isPlace = m.Type is EntityType.Place || (m.Type is EntityType.Country && prep is not null && Locatives.Contains(prep));
            if (v.IsModifierOfLaterName(e) && !isPlace) continue;
            if (prep is not null && Locatives.Contains(prep) && m.Type is EntityType.Place or EntityType.Country)
            {
                place ??= m;
                continue;
            }

            if (motion && m.Type is EntityType.Place or EntityType.Country && prep is null or "to" or "for" or "into" or "from")
            {
                var role = prep switch { "from" => "origin", null when trig.Type == "travel" => "origin", _ => "destination" };
                args.Add(new EventArgument(role, m));
                place ??= m;
                continue;
            }

            if (!IsActor(m)) continue;
            if (prep == "by" && (passive || trig.Noun) && agent is null)
            {
                agent = m;
                continue;
            }

            if (prep is null && (trig.Noun || (trig.Type == "statement" && !ObjectTakingStatement(v.Lower[trig.First])))) continue;
            var r = prep switch
            {
                null => "patient",
                "with" or "between" or "among" or "alongside" => "with",
                "to" or "into" or "towards" or "toward" => "recipient",
                "from" => "origin",
                "against" or "on" => "target",
                "of" when i <= trig.Last + 4 => "of",
                "for" => "beneficiary",
                _ => null,
            };
            if (r is null) continue;
            if (m.Type is EntityType.Place && r is not "with") continue;
            args.Add(new EventArgument(r, Resolve(m, ctx)));
        }

        // Subject before the trigger in the clause.
        // Only for types whose agent is present at the event ("for a meeting"), not "pressing for the release".
        var adjunct = trig.Noun && info is { Presence: true } && AdjunctNoun(v, trig.First);
        var subject = trig.Noun && !SupportVerbBefore(v, trig.First, cStart) && !adjunct ? null
            : trig.Type == "statement" ? Subject(v, trig.First, cStart, ctx, s)
            : SubjectAfterReporting(v, trig.First, cStart, ctx, s);
        if (passive)
        {
            if (subject is not null && !SameMention(subject, agent)) args.Insert(0, new EventArgument("patient", subject));
        }
        else
        {
            agent ??= subject;
        }

        // Subject-less clauses ("after meeting with Blinken, Netanyahu …", "There was no facetime with …").
        if (agent is null && !passive && !(trig.Noun && !SupportVerbBefore(v, trig.First, cStart) && !StartsExistential(v, cStart) && !Gerundive(v, cStart)))
        {
            agent = NeighbourSubject(v, clause, trig.Last + 1, ctx, s) ?? (StartsExistential(v, cStart) ? ctx.PreviousSubject(views, s) : null);
        }

        // "On Saturday he was in Amman for a meeting", "X ended the tour after talks with Y": the main clause's subject takes part.
        if (agent is null && adjunct) agent = EarlierClauseSubject(v, clause, ctx, s);

        // Locatives before the trigger in the clause, fronted phrases, and "where" clauses.
        place ??= PlaceBefore(v, trig.First, cStart);
        place ??= FrontedPlace(v);
        if (place is null && v.Lower[cStart] == "where") place = PlaceBefore(v, cStart, 0, anyPreposition: true);

        if (agent is not null) args.Insert(0, new EventArgument("agent", agent));
        args = Dedupe(args, place);

        var time = FindTime(views, s, trig, cStart, cEnd, otherClauses, triggers);
        var factuality = Factuality(v, trig, cStart, time, article.Article.Published, agent);
        if (factuality == Core.Factuality.Planned && time is not null && !InClause(v, time, cStart, cEnd)
            && !(time.Earliest is { } te && article.Article.Published is { } pd && te > pd))
        {
            // A past date borrowed from elsewhere in the sentence or paragraph does not date a plan.
            time = null;
        }
        var quote = Quote(v, article.Article.Text);
        var timeInClause = time is not null && InClause(v, time, cStart, cEnd);
        var timeOfReport = timeInClause && AttachedToReport(v, trig.First, cStart, time!.Span, time.Granularity);
        // "X pledged the country will never again do what it did in 1973": a speech verb is dated only by its own clause.
        if (trig.Type == "statement" && !trig.Noun && timeInClause && !timeOfReport && !attribution) time = null;

        // "…, the minister said": a verb that only attributes words is an event of its own only when its clause dates or
        // places the speaking ("said on Monday", "In Baghdad, X said"); otherwise every quoted sentence would be a statement.
        if (attribution && !AttachedToReport(v, trig.First, cStart, place?.Span) && !timeOfReport) return null;

        // "pheromones have been released": a release or exchange is of people, by or to someone named.
        if (trig.Type == "release" && !args.Any(a => IsActor(a.Entity) || a.Entity.IsDescription)) return null;
        // "concern for civilian casualties" is not a casualty report: a report gives a figure.
        if (trig.Type == "casualty" && !HasFigure(v)) return null;
        var keep = args.Count > 0 || place is not null || (time is not null && trig.Type is "attack" or "casualty" or "restriction");
        // "He attacked the government's record": a person attacking with words, nowhere in particular, is criticising.
        var type = trig.Type == "attack" && !trig.Noun && agent is { Type: EntityType.Person } && place is null
            && !args.Any(a => a.Role != "agent" && a.Entity.Type is EntityType.Place or EntityType.Country)
            && !Enumerable.Range(trig.Last + 1, Math.Max(0, Math.Min(3, argEnd - trig.Last - 1))).Any(k => v.EntityAt[k] >= 0 && v.Entities[v.EntityAt[k]].Type is EntityType.Place or EntityType.Country)
            && taxonomy.Find("accusation") is not null
            ? "accusation"
            : trig.Type;
        if (!keep || info is null) return null;
        return new EventMention
        {
            Type = type,
            Trigger = new TextSpan(v.Tokens[trig.First].Start, v.Tokens[trig.Last].End),
            Sentence = v.Sentence.Index,
            Arguments = [.. args],
            Place = place,
            Time = time,
            Factuality = factuality,
            Quote = quote,
        };
    }

    private static readonly HashSet<string> SupportVerbs = new(StringComparer.Ordinal)
    {
        "hold", "have", "conduct", "launch", "carry", "make", "stage", "attend", "join", "host", "begin", "start", "end",
        "conclude", "continue", "resume", "impose", "issue", "deliver", "give", "pay", "sign", "reach", "order", "mount",
        "lead", "chair", "convene", "announce", "call", "organise", "organize", "wrap", "complete", "undertake", "head",
    };

    private static bool SupportVerbBefore(SentenceView v, int trigger, int cStart)
    {
        // "held talks", "launched a surprise attack", "will attend a meeting": the verb's subject is the noun's agent.
        for (var k = trigger - 1; k >= cStart && k >= trigger - 5; k--)
        {
            var w = v.Lower[k];
            if (SupportVerbs.Overlaps(v.Lemmas[k])) return true;
            if (w is "," or ";" || v.EntityAt[k] >= 0 || (SentenceView.IsPreposition(w) && w is not ("to" or "for"))) return false;
        }

        return false;
    }

    /// <summary>
    /// Where the reporting clause of ", the chairman said" starts: after the last comma before the verb, when a short
    /// subject sits between them and something said precedes it.
    /// </summary>
    private static int? ReportingClauseStart(SentenceView v, int verb, int cStart)
    {
        // A fronted adjunct ("In a statement on Monday, X said") belongs to the report; so does an apposition ("X, the minister, said").
        if (SentenceView.IsPreposition(v.Lower[cStart]) || v.Lower[cStart] is "as" or "while" or "when" or "speaking") return null;
        for (var k = verb - 1; k > cStart && k >= verb - 9; k--)
        {
            if (v.Lower[k] != ",") continue;
            // "Hakan Fidan, Turkey's foreign minister, said" has nothing between the last comma and the verb.
            if (k - cStart < 3 || verb - k - 1 is < 1 or > 6) return null;
            return k + 1;
        }

        return null;
    }

    /// <summary>
    /// A place or date belongs to the report itself when it is in the reporting clause before the verb or right after
    /// it ("said on Monday"). Speaking happens on a day: a month or year there ("said February sales rose", "said the
    /// 1986/87 crop") belongs to what was said.
    /// </summary>
    private static bool AttachedToReport(SentenceView v, int verb, int cStart, TextSpan? span, Granularity? granularity = null)
    {
        if (span is not { } sp) return false;
        var tok = TokenIndex(v, sp.Start);
        if (granularity is { } g && g > (tok < verb ? Granularity.Week : Granularity.Day)) return false;
        return (tok >= cStart && tok < verb) || (tok > verb && tok <= verb + 2 && (tok == verb + 1 || SentenceView.IsPreposition(v.Lower[verb + 1])));
    }

    /// <summary>An event noun in an adjunct of another predicate: "for a meeting", "after talks", "during his visit", "ahead of talks".</summary>
    private static bool AdjunctNoun(SentenceView v, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            var w = v.Lower[k];
            if (w is "for" or "after" or "during" or "following" or "before" || (w == "of" && k > 0 && v.Lower[k - 1] == "ahead")) return true;
            if (!(w is "a" or "an" or "the" or "his" or "her" or "their" or "its" || IsAdjectiveLike(w))) return false;
        }

        return false;
    }

    private static bool IsAdjectiveLike(string w) =>
        w.Length > 3 && char.IsLower(w[0]) && (w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ful", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) || w.EndsWith("ous", StringComparison.Ordinal));

    private static EntityMention? EarlierClauseSubject(SentenceView v, int clause, ArticleContext ctx, int s)
    {
        for (var c = clause - 1; c >= 0; c--)
        {
            var subj = Subject(v, v.ClauseEnd(c), v.ClauseStart(c), ctx, s);
            if (subj is not null && subj.Type is not EntityType.Place) return subj;
        }

        var own = v.ClauseStart(clause);
        var first = Subject(v, v.ClauseEnd(clause), own, ctx, s);
        return first is not null && first.Type is not EntityType.Place ? first : null;
    }

    private static bool ObjectTakingStatement(string w) =>
        Lemmatizer.Candidates(w).Any(l => l is "tell" or "warn" or "brief" or "inform" or "threaten" or "praise" or "welcome" or "urge" or "caution");

    private static bool Gerundive(SentenceView v, int start)
    {
        var first = v.Lower[start];
        var next = start + 1 < v.Length ? v.Lower[start + 1] : "";
        return (first.EndsWith("ing", StringComparison.Ordinal) && first.Length > 4)
            || (first is "after" or "before" or "while" or "despite" or "since" or "on" or "upon" or "when" && next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 4);
    }

    private static EventMention Combine(EventMention first, EventMention second)
    {
        var args = first.Arguments.ToList();
        foreach (var a in second.Arguments)
        {
            if (a.Role == "agent" && args.Any(x => x.Role == "agent")) continue;
            if (!args.Any(x => x.Entity.Span == a.Entity.Span)) args.Add(a);
        }

        return first with
        {
            Arguments = [.. args.OrderBy(a => a.Role == "agent" ? 0 : 1)],
            Place = first.Place ?? second.Place,
            Time = first.Time ?? second.Time,
            Quote = first.Quote ?? second.Quote,
        };
    }

    private static bool LocativeOf(SentenceView v, int i)
    {
        for (var k = i - 1; k >= 1 && k >= i - 3; k--)
        {
            if (v.Lower[k] != "of") continue;
            return v.Lower[k - 1] is "town" or "city" or "village" or "region" or "province" or "district" or "area" or "port" or "outskirts" or "centre" or "center" or "capital";
        }

        return false;
    }

    private static List<EventArgument> Dedupe(List<EventArgument> args, EntityMention? place)
    {
        var seen = new HashSet<TextSpan>();
        var result = new List<EventArgument>();
        foreach (var a in args)
        {
            if (place is not null && a.Entity.Span == place.Span && a.Role is not ("origin" or "destination")) continue;
            if (seen.Add(a.Entity.Span)) result.Add(a);
        }

        return result;
    }

    private static bool SameMention(EntityMention? a, EntityMention? b) => a is not null && b is not null && a.Span == b.Span;

    private static bool IsActor(EntityMention m) => m.Type is EntityType.Person or EntityType.Organization or EntityType.Country;

    private static bool StartsExistential(SentenceView v, int cStart) =>
        cStart + 1 < v.Length && v.Lower[cStart] == "there" && v.Lower[cStart + 1] is "was" or "were" or "is" or "are" or "has" or "have" or "had";

    private static bool IsPassive(SentenceView v, int i, int cStart)
    {
        var w = v.Lower[i];
        var participle = w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || Lemmatizer.Lemma(w) != w;
        if (!participle) return false;
        for (var k = i - 1; k >= cStart && k >= i - 3; k--)
        {
            if (BeForms.Contains(v.Lower[k])) return true;
            if (!(v.Lower[k].EndsWith("ly", StringComparison.Ordinal) || v.Lower[k] is "not" or "n't" or "also" or "reportedly" or "then")) break;
        }

        // A reduced relative: "a move welcomed by the Palestinian Authority".
        return i + 1 < v.Length && v.Lower[i + 1] == "by" && i > 0 && !v.IsCapitalised(i - 1) && v.EntityAt[i - 1] < 0;
    }

    private static EntityMention? Possessor(SentenceView v, int trigger, int cStart, ArticleContext ctx, int s)
    {
        for (var k = trigger - 1; k >= cStart && k >= trigger - 4; k--)
        {
            var w = v.Lower[k];
            if (w is "'s" or "\u2019s" && k > 0 && v.EntityAt[k - 1] >= 0) return ctx.Resolve(v.Entities[v.EntityAt[k - 1]]);
            if (w is "his" or "her" or "their" or "its") return ctx.Pronoun(w, v.Tokens[k].Start, s);
            // "the Hamas attack", "a US strike": an actor name modifying the event noun.
            if (v.EntityAt[k] >= 0 && IsActor(v.Entities[v.EntityAt[k]]) && (k + 1 == trigger || !v.IsCapitalised(k + 1))) return ctx.Resolve(v.Entities[v.EntityAt[k]]);
            if (SentenceView.IsPreposition(w) || w is "," or "the" or "a" or "an") return null;
        }

        return null;
    }

    private EntityMention? SubjectAfterReporting(SentenceView v, int trigger, int cStart, ArticleContext ctx, int s)
    {
        // "she said the two countries had signed …": the signer is after the reporting verb, not the speaker.
        for (var k = trigger - 1; k > cStart; k--)
        {
            if (!v.InQuote[k] && taxonomy.Reporting.Overlaps(v.Lemmas[k])) return Subject(v, trigger, k + 1, ctx, s);
        }

        return Subject(v, trigger, cStart, ctx, s);
    }

    private static EntityMention? Subject(SentenceView v, int trigger, int cStart, ArticleContext ctx, int s)
    {
        if (cStart >= v.Length) return null;
        // Relative clause with the relative pronoun as subject: "Hamas, the group that runs Gaza and carried out …".
        if (v.Lower[cStart] is "who" or "which" or "that" && cStart + 1 < v.Length && v.EntityAt[cStart + 1] < 0
            && !(cStart > 0 && SentenceView.IsPreposition(v.Lower[cStart - 1]))
            && !(v.Lower[cStart + 1] is "he" or "she" or "they" or "it" or "we" or "the" or "a" or "an"))
        {
            return ActorBefore(v, cStart, ctx);
        }

        for (var i = cStart; i < trigger; i++)
        {
            var w = v.Lower[i];
            if (w is "he" or "she" or "they" or "it" && !v.InQuote[i]) return ctx.Pronoun(w, v.Tokens[i].Start, s);
            // "His comments on Monday followed …": a possessive subject stands for its owner.
            if (w is "his" or "her" && i == cStart && !v.InQuote[i]) return ctx.Pronoun(w, v.Tokens[i].Start, s);
            var e = v.EntityAt[i];
            if (e < 0 || (i > 0 && v.EntityAt[i - 1] == e)) continue;
            var m = v.Entities[e];
            if (!(IsActor(m) || m.IsDescription || m.Type is EntityType.Place)) continue;
            var prep = v.GoverningPreposition(i);
            if (prep is not null) continue;
            if (i + 1 < v.Length && v.Lower[i + 1] is "'s" or "\u2019s") continue;
            if (v.IsModifierOfLaterName(e) || v.TitledApposition(e)) continue;
            return ctx.Resolve(m);
        }

        return null;
    }

    private static EntityMention? ActorBefore(SentenceView v, int before, ArticleContext ctx)
    {
        // The antecedent of "who"/"that" is the noun right before it: a name ("Hamas, which"), or a common noun in
        // apposition to a name ("Hamas, the group that runs Gaza"); "the terrorists who" has no named antecedent.
        static bool Comma(string w) => w is "," or "\u2013" or "\u2014" or "-" or "--" or "(";
        var i = before - 1;
        if (i >= 0 && Comma(v.Lower[i])) i--;
        if (i >= 0 && v.EntityAt[i] >= 0) return Antecedent(v, v.EntityAt[i], ctx);
        for (var k = i; k >= 0 && k >= i - 5; k--)
        {
            if (v.EntityAt[k] >= 0 || SentenceView.IsPreposition(v.Lower[k]) || v.Lower[k] is ";" or ":" or ".") return null;
            if (!Comma(v.Lower[k])) continue;
            return k > 0 && v.EntityAt[k - 1] >= 0 ? Antecedent(v, v.EntityAt[k - 1], ctx) : null;
        }

        return null;
    }

    private static EntityMention? Antecedent(SentenceView v, int e, ArticleContext ctx)
    {
        var m = v.Entities[e];
        return IsActor(m) || m.IsDescription ? ctx.Resolve(m) : null;
    }

    private static EntityMention? NeighbourSubject(SentenceView v, int clause, int afterTrigger, ArticleContext ctx, int s)
    {
        var start = v.ClauseStart(clause);
        if (!Gerundive(v, start)) return null;
        // "After meeting Y on Friday, X rejected …": the subject follows the adjunct's comma.
        var end = v.ClauseEnd(clause);
        for (var k = afterTrigger; k < end; k++)
        {
            if (v.Lower[k] != ",") continue;
            var subj = Subject(v, end, k + 1, ctx, s);
            if (subj is not null) return subj;
            break;
        }

        var order = clause == 0 || start == 0
            ? Enumerable.Range(clause + 1, v.ClauseCount - clause - 1)
            : Enumerable.Range(0, clause).Reverse();
        foreach (var c in order)
        {
            var cs = v.ClauseStart(c);
            var ce = v.ClauseEnd(c);
            var subj = Subject(v, ce, cs, ctx, s);
            if (subj is not null) return subj;
        }

        return null;
    }

    private static bool HasFigure(SentenceView v)
    {
        for (var i = 0; i < v.Length; i++)
        {
            var w = v.Lower[i];
            if (char.IsDigit(w[0]) && v.TimeAt[i] < 0) return true;
            if (w is "dozens" or "hundreds" or "thousands" or "scores" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "dozen" or "hundred" or "thousand" or "million") return true;
        }

        return false;
    }

    private static EntityMention? PlaceBefore(SentenceView v, int before, int from, bool anyPreposition = false)
    {
        for (var i = before - 1; i >= from; i--)
        {
            var e = v.EntityAt[i];
            if (e < 0) continue;
            var m = v.Entities[e];
            if (m.Type is not (EntityType.Place or EntityType.Country)) continue;
            var (first, last) = v.TokensOf(e);
            // "in Israel's assault": the preposition governs the possessed noun, not the possessor.
            if (last + 1 < v.Length && v.Lower[last + 1] is "'s" or "\u2019s") continue;
            var prep = v.GoverningPreposition(first);
            if (prep is not null && (Locatives.Contains(prep) || anyPreposition)) return m;
        }

        return null;
    }

    private static EntityMention? FrontedPlace(SentenceView v)
    {
        // "In Baghdad on Sunday, …": a sentence-initial locative phrase closed by a comma.
        if (v.Length < 3 || !Locatives.Contains(v.Lower[0])) return null;
        for (var i = 1; i < v.Length && i < 10; i++)
        {
            if (v.Lower[i] == ",") break;
            var e = v.EntityAt[i];
            if (e >= 0 && v.Entities[e].Type is EntityType.Place or EntityType.Country) return v.Entities[e];
        }

        return null;
    }

    private static TimeExpression? FindTime(SentenceView[] views, int s, Trigger trig, int cStart, int cEnd, HashSet<int> otherClauses, List<Trigger> triggers)
    {
        var v = views[s];
        var trigger = trig.First;
        TimeExpression? best = null;
        var bestScore = int.MaxValue;
        foreach (var t in v.Times)
        {
            if (!Usable(t)) continue;
            var tok = TokenIndex(v, t.Span.Start);
            var inClause = tok >= cStart && tok < cEnd;
            // A time in another event's clause belongs to that event.
            if (!inClause && otherClauses.Contains(v.Clause[tok])) continue;
            // "X said Hamas carried out the 7 October attacks", "On Monday he admitted … the assault": a date beyond another
            // event's trigger is that event's date.
            if (triggers.Any(o => o != trig && (tok > trigger ? o.First > trigger && o.First <= tok : o.Last >= tok && o.Last < trigger))) continue;
            // "the Soviets' 1945 liberation", "the 7 October attack": a date modifying another event noun is that event's.
            var after = TokenIndex(v, t.Span.End - 1) + 1;
            if (after < v.Length && v.Lower[after] is "'s" or "\u2019s") after++;
            // "the October 7 Hamas attack": an actor's name may sit between the date and the noun.
            while (after < v.Length && v.EntityAt[after] >= 0 && IsActor(v.Entities[v.EntityAt[after]])) after++;
            if (triggers.Any(o => o != trig && o.First == after && o.Noun)) continue;
            var score = Math.Abs(tok - trigger) + (inClause ? 0 : 1000);
            if (score < bestScore)
            {
                bestScore = score;
                best = t;
            }
        }

        if (best is not null) return best;
        // "The trip began in Israel on Friday, when X met Y": a "when" clause after a date is dated by it.
        if (cStart >= 2 && v.Lower[cStart] == "when" && v.Lower[cStart - 1] == "," && v.TimeAt[cStart - 2] >= 0 && Usable(v.Times[v.TimeAt[cStart - 2]]))
        {
            return v.Times[v.TimeAt[cStart - 2]];
        }

        // Paragraph context: the last dated expression of the previous sentence when it is in the same paragraph.
        for (var p = s - 1; p >= 0 && p >= s - 1; p--)
        {
            if (views[p].Sentence.Paragraph != v.Sentence.Paragraph) break;
            var last = views[p].Times.LastOrDefault(t => Usable(t) && t.Granularity is not null && t.Granularity <= Granularity.Week);
            if (last is not null) return last;
        }

        return null;
    }

    private static bool InClause(SentenceView v, TimeExpression t, int cStart, int cEnd)
    {
        if (!v.Sentence.Span.Contains(t.Span)) return false;
        var tok = TokenIndex(v, t.Span.Start);
        return tok >= cStart && tok < cEnd;
    }

    private static bool Usable(TimeExpression t) =>
        t.Type is TimexType.Date or TimexType.Time
        && (t.Earliest is not null || !t.Anchored)
        && !t.Value.EndsWith("_REF", StringComparison.Ordinal);

    private static int TokenIndex(SentenceView v, int offset)
    {
        for (var i = 0; i < v.Length; i++) if (v.Tokens[i].End > offset) return i;
        return v.Length - 1;
    }

    private Factuality Factuality(SentenceView v, Trigger trig, int cStart, TimeExpression? time, DateOnly? published, EntityMention? agent)
    {
        var negated = false;
        var planned = false;
        for (var k = cStart; k < trig.First; k++)
        {
            var w = v.Lower[k];
            var near = trig.First - k;
            if (w is "not" or "n't" or "never" or "\u2019t" && near <= 5) negated = true;
            if (w == "no" && (near <= 3 || (k + 1 < v.Length && v.Lower[k + 1] == "longer"))) negated = true;
            if (w == "without" && near <= 3) negated = true;
            if (NegatingVerbs.Overlaps(v.Lemmas[k]) && near <= 4) negated = true;
            if (Modals.Contains(w)) planned = true;
            if (k + 1 < trig.First && v.Lower[k + 1] == "to" && PlanVerbs.Overlaps(v.Lemmas[k])) planned = true;
            if (w is "upcoming" or "planned" or "proposed" or "scheduled" && near <= 3) planned = true;
        }

        // Purpose: "in Japan for a meeting", "ahead of talks".
        // Not when the sentence is about the past: "On Saturday he was in Amman for a meeting".
        var past = (time?.Latest is { } tl && published is { } p0 && tl < p0) || Enumerable.Range(cStart, trig.First - cStart).Any(k => v.Lower[k] is "was" or "were" or "had");
        if (trig.Noun && trig.First >= 2 && ((v.Lower[trig.First - 2] == "for" && v.Lower[trig.First - 1] is "a" or "an" or "the" && !past)
            || (v.Lower[trig.First - 2] == "ahead" && v.Lower[trig.First - 1] == "of"))) planned = true;
        if (time?.Earliest is { } early && published is { } pub && early > pub) planned = true;
        if (negated) return Core.Factuality.Negated;
        if (planned) return Core.Factuality.Planned;
        if (IsReported(v, trig, agent)) return Core.Factuality.Reported;
        return Core.Factuality.Happened;
    }

    private bool IsReported(SentenceView v, Trigger trig, EntityMention? agent)
    {
        if (trig.Type is "statement" && !v.InQuote[trig.First]) return false;
        if (v.InQuote[trig.First]) return true;
        // "At a summit in Amman …, the talks were tense, according to an official": the summit is presupposed, the claim is the rest.
        if (trig.Noun && v.GoverningPreposition(trig.First) is "at" or "in" or "during" or "after" or "following" or "since") return false;
        for (var k = 0; k < v.Length; k++)
        {
            if (k >= trig.First && k <= trig.Last) continue;
            var w = v.Lower[k];
            if (w == "according" && k + 1 < v.Length && v.Lower[k + 1] == "to") return true;
            if (v.InQuote[k] || !taxonomy.Reporting.Overlaps(v.Lemmas[k])) continue;
            // "X said Y attacked …": a claim introduced by the reporting verb; "…, the army said." at the end.
            if (k < trig.First) return true;
            if (k > trig.Last && v.Clause[k] != v.Clause[trig.First] && k >= v.Length - 4) return true;
            if (k > trig.Last && k + 3 >= v.Length && Enumerable.Range(trig.Last + 1, k - trig.Last - 1).Any(x => v.Lower[x] == ",")) return true;
        }

        _ = agent;
        return false;
    }

    private static string? Quote(SentenceView v, string text)
    {
        int? start = null;
        string? best = null;
        for (var i = 0; i < v.Length; i++)
        {
            if (v.InQuote[i] && start is null) start = i + 1;
            if (!v.InQuote[i] && start is { } st)
            {
                if (i - 1 >= st)
                {
                    var q = text[v.Tokens[st].Start..v.Tokens[i - 1].End].Trim();
                    if (best is null || q.Length > best.Length) best = q;
                }

                start = null;
            }
        }

        if (start is { } open && open < v.Length)
        {
            var q = text[v.Tokens[open].Start..v.Tokens[^1].End].Trim();
            if (best is null || q.Length > best.Length) best = q;
        }

        return best is { Length: >= 3 } ? best : null;
    }

    private static EntityMention Resolve(EntityMention m, ArticleContext ctx) => ctx.Resolve(m);

    /// <summary>"a tour that took him to A, B, C and D", "visits to A, B and C", "talks … started in A", "ended in D".</summary>
    private static EventMention? TourMention(SentenceView[] views, int s, ArticleContext ctx)
    {
        var v = views[s];
        var trigger = -1;
        var stops = new List<EntityMention>();
        for (var i = 0; i < v.Length; i++)
        {
            var lemma = v.Lemmas[i];
            if (!(lemma.Contains("tour") || lemma.Contains("trip") || lemma.Contains("visit") || lemma.Contains("journey") || lemma.Contains("talks"))) continue;
            if (trigger < 0) trigger = i;
            var list = StopList(v, i);
            if (list.Count > stops.Count)
            {
                stops = list;
                trigger = i;
            }
        }

        if (trigger < 0) return null;
        var first = Marker(v, ["start", "begin"], stops);
        var last = Marker(v, ["end", "conclude", "finish"], stops);
        if (stops.Count < 2)
        {
            stops.Clear();
            if (first is null && last is null) return null;
        }

        var args = new List<EventArgument>();
        var agent = Possessorish(v, trigger, ctx, s) ?? ObjectPronoun(v, trigger, ctx, s);
        if (agent is not null) args.Add(new EventArgument("agent", agent));
        if (first is not null) args.Add(new EventArgument("first-stop", first));
        foreach (var stop in stops) args.Add(new EventArgument("stop", stop));
        if (last is not null) args.Add(new EventArgument("last-stop", last));
        return new EventMention
        {
            Type = "visit",
            Trigger = v.Tokens[trigger].Span,
            Sentence = v.Sentence.Index,
            Arguments = [.. args],
            Factuality = Core.Factuality.Happened,
        };
    }

    private static List<EntityMention> StopList(SentenceView v, int i)
    {
        var stops = new List<EntityMention>();
        var listStart = -1;
        for (var k = i + 1; k < v.Length && k < i + 12; k++)
        {
            if (v.Lower[k] is "to" or "in" or "including" && k + 1 < v.Length && v.EntityAt[k + 1] >= 0 && v.Entities[v.EntityAt[k + 1]].Type is EntityType.Place or EntityType.Country)
            {
                listStart = k + 1;
                break;
            }
        }

        if (listStart < 0) return stops;
        var j = listStart;
        while (j < v.Length)
        {
            var e = v.EntityAt[j];
            if (e < 0 || v.Entities[e].Type is not (EntityType.Place or EntityType.Country)) break;
            stops.Add(v.Entities[e]);
            while (j < v.Length && v.EntityAt[j] == e) j++;
            // "Ramallah in the West Bank": a qualifier, not a stop.
            if (j + 1 < v.Length && v.Lower[j] == "in")
            {
                var limit = Math.Min(v.Length, j + 5);
                while (j < limit && v.Lower[j] is not ("," or "and")) j++;
            }

            var sep = false;
            if (j < v.Length && v.Lower[j] == ",") { j++; sep = true; }
            if (j < v.Length && v.Lower[j] == "and") { j++; sep = true; }
            if (!sep) break;
            while (j < v.Length && v.Lower[j] == "the") j++;
        }

        return stops;
    }

    private static EntityMention? Possessorish(SentenceView v, int i, ArticleContext ctx, int s)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (v.Lower[k] is "his" or "her" or "their") return ctx.Pronoun(v.Lower[k], v.Tokens[k].Start, s);
            if (v.Lower[k] is "'s" or "\u2019s" && k > 0 && v.EntityAt[k - 1] >= 0) return ctx.Resolve(v.Entities[v.EntityAt[k - 1]]);
        }

        return null;
    }

    private static EntityMention? ObjectPronoun(SentenceView v, int i, ArticleContext ctx, int s)
    {
        for (var k = i + 1; k < v.Length && k < i + 6; k++)
        {
            if (v.Lower[k] is "him" or "her" or "them") return ctx.Pronoun(v.Lower[k] == "him" ? "he" : v.Lower[k] == "her" ? "she" : "they", v.Tokens[k].Start, s);
        }

        return ctx.Pronoun("he", v.Tokens[i].Start, s);
    }

    private static EntityMention? Marker(SentenceView v, string[] verbs, List<EntityMention> stops)
    {
        for (var k = 0; k < v.Length; k++)
        {
            if (!v.Lemmas[k].Any(verbs.Contains)) continue;
            // "started in Jerusalem" after the marker; "Talks in Ankara ended …" before it.
            for (var j = k + 1; j < v.Length && j <= k + 4; j++)
            {
                var e = v.EntityAt[j];
                if (e >= 0 && v.Entities[e].Type is EntityType.Place or EntityType.Country && v.Lower[j - 1] is "in" or "at" && !stops.Contains(v.Entities[e])) return v.Entities[e];
            }

            for (var j = k - 1; j >= 0 && j >= k - 8; j--)
            {
                var e = v.EntityAt[j];
                if (e >= 0 && v.Entities[e].Type is EntityType.Place or EntityType.Country && j > 0 && v.Lower[j - 1] is "in" or "at" && !stops.Contains(v.Entities[e])) return v.Entities[e];
            }
        }

        return null;
    }
}

/// <summary>A trigger: token range, type, and whether its head is an event noun.</summary>
internal readonly record struct Trigger(int First, int Last, string Type, bool Noun);
