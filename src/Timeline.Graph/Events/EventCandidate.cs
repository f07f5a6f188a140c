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

    private HashSet<string>? participantSet;
    private HashSet<string>? stopSet;
}
