using Timeline.Core;

namespace Timeline.Graph;

/// <summary>One event mention prepared for merging: entity ids, a date interval, its source and outlet.</summary>
internal sealed class EventCandidate
{
    public required int Order { get; init; }

    public required ArticleMentions Article { get; init; }

    public required EventMention Mention { get; init; }

    public required string Outlet { get; init; }

    public required List<(string Id, string Role)> Participants { get; init; }

    public required List<(string Id, string Role)> Stops { get; init; }

    public string? Place { get; init; }

    public EventDate? Date { get; set; }

    public required SourceRecord Source { get; init; }

    public long? Figure { get; init; }

    public string ArticleId => Article.Article.Id;

    public string Type => Mention.Type;

    public Factuality Factuality => Mention.Factuality;

    public bool TextDated => Date is { Basis: "text" or "corpus" } && Date.Earliest is not null;

    public string? Agent
    {
        get
        {
            if (!agentKnown)
            {
                agent = Participants.FirstOrDefault(p => p.Role == "agent").Id;
                agentKnown = true;
            }

            return agent;
        }
    }

    private string? agent;
    private bool agentKnown;

    public IEnumerable<string> ParticipantIds => Participants.Select(p => p.Id);

    /// <summary>Participant ids, cached for merge scoring.</summary>
    public HashSet<string> ParticipantSet => participantSet ??= new HashSet<string>(Participants.Select(p => p.Id), StringComparer.Ordinal);

    /// <summary>Stop ids, cached for merge scoring.</summary>
    public HashSet<string> StopSet => stopSet ??= new HashSet<string>(Stops.Select(p => p.Id), StringComparer.Ordinal);

    /// <summary>
    /// True when the two source sentences share most of their words: one outlet rewording another's sentence
    /// ("Turkey and Egypt had agreed …" / "Turkey and Egypt have agreed …") reports the same happening.
    /// </summary>
    public static bool Rewrites(EventCandidate a, EventCandidate b)
    {
        var (x, y) = (a.Words, b.Words);
        if (x.Count < 6 || y.Count < 6) return false;
        var common = 0;
        foreach (var w in x) if (y.Contains(w)) common++;
        return common * 2 >= Math.Min(x.Count, y.Count) + (Math.Max(x.Count, y.Count) - Math.Min(x.Count, y.Count)) / 2
            && common >= 0.6 * Math.Min(x.Count, y.Count);
    }

    /// <summary>Lower-cased words of three letters or more in the source sentence, cached.</summary>
    private HashSet<string> Words => words ??= [.. Source.Sentence.ToLowerInvariant()
        .Split([' ', ',', '.', ';', ':', '"', '\u201C', '\u201D', '(', ')', '\u2013', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(w => w.Length >= 3)];

    private HashSet<string>? words;

    private HashSet<string>? participantSet;
    private HashSet<string>? stopSet;
}
