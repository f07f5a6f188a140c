using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Timeline.Neo4j;

/// <summary>One Cypher statement with its parameters (strings, numbers, booleans, lists, maps, DateOnly as ISO text).</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>A statement without parameters.</summary>
    public CypherStatement(string text)
        : this(text, ImmutableDictionary<string, object?>.Empty)
    {
    }
}

/// <summary>Neo4j's update counters for one or more statements.</summary>
public sealed record Neo4jCounters
{
    /// <summary>Nodes created.</summary>
    public long NodesCreated { get; init; }

    /// <summary>Nodes deleted.</summary>
    public long NodesDeleted { get; init; }

    /// <summary>Relationships created.</summary>
    public long RelationshipsCreated { get; init; }

    /// <summary>Relationships deleted.</summary>
    public long RelationshipsDeleted { get; init; }

    /// <summary>Properties set (Neo4j counts a SET even when the value does not change).</summary>
    public long PropertiesSet { get; init; }

    /// <summary>Labels added.</summary>
    public long LabelsAdded { get; init; }

    /// <summary>Labels removed.</summary>
    public long LabelsRemoved { get; init; }

    /// <summary>Indexes added.</summary>
    public long IndexesAdded { get; init; }

    /// <summary>Constraints added.</summary>
    public long ConstraintsAdded { get; init; }

    /// <summary>No counts at all.</summary>
    public static Neo4jCounters Zero { get; } = new();

    /// <summary>The sum of two sets of counters.</summary>
    public static Neo4jCounters operator +(Neo4jCounters a, Neo4jCounters b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new()
        {
            NodesCreated = a.NodesCreated + b.NodesCreated,
            NodesDeleted = a.NodesDeleted + b.NodesDeleted,
            RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
            RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
            PropertiesSet = a.PropertiesSet + b.PropertiesSet,
            LabelsAdded = a.LabelsAdded + b.LabelsAdded,
            LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
            IndexesAdded = a.IndexesAdded + b.IndexesAdded,
            ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        };
    }

    /// <summary>The sum of two sets of counters.</summary>
    public static Neo4jCounters Add(Neo4jCounters left, Neo4jCounters right) => left + right;

    /// <summary>One line: "nodes created 3, relationships created 2, properties set 10, …".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"nodes created {NodesCreated}, nodes deleted {NodesDeleted}, relationships created {RelationshipsCreated}, relationships deleted {RelationshipsDeleted}, properties set {PropertiesSet}, labels added {LabelsAdded}, indexes added {IndexesAdded}, constraints added {ConstraintsAdded}");

    /// <summary>Reads the Query API's camelCase <c>counters</c> or the transactional API's snake_case <c>stats</c>.</summary>
    internal static Neo4jCounters Parse(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return Zero;
        long Get(string camel, string snake)
        {
            foreach (var name in new[] { camel, snake })
            {
                if (e.TryGetProperty(name, out var v))
                {
                    if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)) return n;
                    if (v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)) return s;
                }
            }

            return 0;
        }

        return new()
        {
            NodesCreated = Get("nodesCreated", "nodes_created"),
            NodesDeleted = Get("nodesDeleted", "nodes_deleted"),
            RelationshipsCreated = Get("relationshipsCreated", "relationships_created"),
            RelationshipsDeleted = Get("relationshipsDeleted", "relationship_deleted"),
            PropertiesSet = Get("propertiesSet", "properties_set"),
            LabelsAdded = Get("labelsAdded", "labels_added"),
            LabelsRemoved = Get("labelsRemoved", "labels_removed"),
            IndexesAdded = Get("indexesAdded", "indexes_added"),
            ConstraintsAdded = Get("constraintsAdded", "constraints_added"),
        };
    }
}

/// <summary>The result of one statement: counters and the rows (each a JSON array of values).</summary>
public sealed record CypherResult(Neo4jCounters Counters, ImmutableArray<JsonElement> Rows);

/// <summary>A way to reach Neo4j (Query API, transactional HTTP API; a Bolt transport would implement this too).</summary>
public interface ICypherTransport : IDisposable
{
    /// <summary>A short name for messages, e.g. "Query API".</summary>
    string Name { get; }

    /// <summary>Opens an explicit transaction.</summary>
    Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken);
}

/// <summary>An explicit transaction: statements run in it commit together or not at all.</summary>
public interface ICypherTransaction
{
    /// <summary>Runs a statement in the transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken);

    /// <summary>Commits the transaction.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Rolls the transaction back; never throws for a transaction the server already dropped.</summary>
    Task RollbackAsync(CancellationToken cancellationToken);
}

/// <summary>What went wrong talking to Neo4j, so callers can decide to retry or stop.</summary>
public enum Neo4jFailure
{
    /// <summary>The server reported an error in the request (Neo.ClientError.*); retrying will not help.</summary>
    Client,

    /// <summary>A transient condition (Neo.TransientError.*, timeout, dropped connection); retry.</summary>
    Transient,

    /// <summary>The transaction expired or was dropped by the server; rerun it in a new one.</summary>
    TransactionGone,

    /// <summary>Wrong or missing credentials.</summary>
    Unauthorized,

    /// <summary>The database does not exist.</summary>
    DatabaseNotFound,

    /// <summary>The server could not be reached.</summary>
    Unreachable,

    /// <summary>The server has neither the Query API nor the transactional HTTP API.</summary>
    NoHttpApi,

    /// <summary>A server-side failure (Neo.DatabaseError.*) or an answer that is not understood.</summary>
    Server,
}

/// <summary>A failure talking to Neo4j, with a one-line message that never contains the password.</summary>
public sealed class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(string message, Neo4jFailure failure, string? code = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Code = code;
    }

    /// <summary>Creates the exception (for serializers and analyzers).</summary>
    public Neo4jException()
        : this("Neo4j request failed", Neo4jFailure.Server)
    {
    }

    /// <summary>Creates the exception (for serializers and analyzers).</summary>
    public Neo4jException(string message)
        : this(message, Neo4jFailure.Server)
    {
    }

    /// <summary>Creates the exception (for serializers and analyzers).</summary>
    public Neo4jException(string message, Exception innerException)
        : this(message, Neo4jFailure.Server, null, innerException)
    {
    }

    /// <summary>The kind of failure.</summary>
    public Neo4jFailure Failure { get; }

    /// <summary>The Neo4j status code (e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>), when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>True when running the same work again (in a new transaction) may succeed.</summary>
    public bool IsRetryable => Failure is Neo4jFailure.Transient or Neo4jFailure.TransactionGone;
}
