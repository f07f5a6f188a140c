using System.Diagnostics;
using System.Globalization;
using Timeline.Core;

namespace Timeline.Neo4j;

/// <summary>Progress of a load: the step (label or relationship type) and rows committed so far.</summary>
public sealed record LoadProgress(string Step, long RowsDone, long RowsTotal, int BatchesDone, TimeSpan Elapsed)
{
    /// <summary>Committed rows per second since the load started.</summary>
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsDone / Elapsed.TotalSeconds : 0;
}

/// <summary>The outcome of a load: Neo4j's summed counters and what was sent.</summary>
public sealed record LoadSummary(string Transport, Neo4jCounters Counters, long Rows, int Batches, int Retries, TimeSpan Elapsed);

/// <summary>A load that stopped: says how far it got; re-running the same load completes it.</summary>
public sealed class Neo4jLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jLoadException(string message, Neo4jException inner, long rowsCommitted, Neo4jCounters counters)
        : base(message, inner)
    {
        RowsCommitted = rowsCommitted;
        Counters = counters;
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jLoadException()
        : this("load failed", new Neo4jException(), 0, Neo4jCounters.Zero)
    {
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jLoadException(string message)
        : this(message, new Neo4jException(message), 0, Neo4jCounters.Zero)
    {
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Counters = Neo4jCounters.Zero;
    }

    /// <summary>Rows committed before the failure.</summary>
    public long RowsCommitted { get; }

    /// <summary>Counters of the committed batches.</summary>
    public Neo4jCounters Counters { get; }

    /// <summary>The failure that stopped the load.</summary>
    public Neo4jFailure Failure => (InnerException as Neo4jException)?.Failure ?? Neo4jFailure.Server;
}

/// <summary>
/// Writes a timeline into Neo4j: constraints first, then nodes per label, then relationships per type, in
/// <c>UNWIND $rows</c> batches that each commit in their own transaction. MERGE on ids makes re-runs idempotent.
/// </summary>
public static class Neo4jLoader
{
    /// <summary>Connects (Query API, else transactional HTTP) and loads the document; throws <see cref="Neo4jException"/> or <see cref="Neo4jLoadException"/>.</summary>
    public static async Task<LoadSummary> LoadAsync(TimelineDocument document, Neo4jSettings settings, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var transport = await Neo4jConnection.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        return await LoadAsync(document, transport, settings, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads the document through a given transport (batch size and retry policy from <paramref name="settings"/>).</summary>
    public static async Task<LoadSummary> LoadAsync(TimelineDocument document, ICypherTransport transport, Neo4jSettings settings, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.BatchSize, 1);
        var model = GraphModel.Project(document);
        var clock = Stopwatch.StartNew();
        var total = model.RowCount;
        var counters = Neo4jCounters.Zero;
        long rows = 0;
        var batches = 0;
        var retries = 0;
        var step = "schema";

        async Task Commit(CypherStatement statement, int rowCount)
        {
            var result = await RunBatchAsync(transport, statement, settings, () => retries++, cancellationToken).ConfigureAwait(false);
            counters += result;
            rows += rowCount;
            batches++;
            progress?.Report(new LoadProgress(step, rows, total, batches, clock.Elapsed));
        }

        var batchNo = 0;
        var batchCount = 0;

        // One statement per label or type, its rows sent in batches; batchNo and batchCount say how far a failed load got.
        async Task LoadSet<TRow>(string name, string text, IReadOnlyList<TRow> setRows, Func<TRow, object> toParameter)
        {
            step = name;
            batchCount = (setRows.Count + settings.BatchSize - 1) / settings.BatchSize;
            for (batchNo = 0; batchNo < batchCount; batchNo++)
            {
                var start = batchNo * settings.BatchSize;
                var length = Math.Min(settings.BatchSize, setRows.Count - start);
                var param = new List<object>(length);
                for (var r = start; r < start + length; r++) param.Add(toParameter(setRows[r]));
                await Commit(new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = param }), length).ConfigureAwait(false);
            }
        }

        try
        {
            foreach (var s in Cypher.Schema) await Commit(new CypherStatement(s), 0).ConfigureAwait(false);
            foreach (var set in model.Nodes) await LoadSet<object?[]>(set.Label, Cypher.MergeNodes(set), set.Rows, r => NodeRow(set, r)).ConfigureAwait(false);
            foreach (var set in model.Relationships) await LoadSet<RelationshipRow>(set.Type, Cypher.MergeRelationships(set), set.Rows, r => RelationshipRow(set, r)).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            var where = step == "schema" ? "while creating the schema" : string.Create(CultureInfo.InvariantCulture, $"at {step} batch {batchNo + 1} of {batchCount}");
            throw new Neo4jLoadException(
                string.Create(CultureInfo.InvariantCulture, $"load stopped {where} after {rows:N0} of {total:N0} rows committed in {batches} batches: {ex.Message}. Committed batches are kept; run the same load again to complete it."),
                ex, rows, counters);
        }

        return new LoadSummary(transport.Name, counters, rows, batches, retries, clock.Elapsed);
    }

    /// <summary>Every statement text a load sends (schema, one per label, one per relationship type), for linting.</summary>
    public static IReadOnlyList<string> StatementTexts()
    {
        var model = GraphModel.Project(new TimelineDocument());
        return [.. Cypher.Schema, .. model.Nodes.Select(n => Cypher.MergeNodes(n)), .. model.Relationships.Select(r => Cypher.MergeRelationships(r))];
    }

    private static async Task<Neo4jCounters> RunBatchAsync(ICypherTransport transport, CypherStatement statement, Neo4jSettings settings, Action onRetry, CancellationToken ct)
    {
        var delay = settings.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            ICypherTransaction? tx = null;
            try
            {
                tx = await transport.BeginAsync(ct).ConfigureAwait(false);
                var result = await tx.RunAsync(statement, ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return result.Counters;
            }
            catch (Neo4jException ex) when (attempt < settings.MaxAttempts && (ex.IsRetryable || ex.Failure == Neo4jFailure.Unreachable))
            {
                if (tx is not null) await tx.RollbackAsync(ct).ConfigureAwait(false);
                onRetry();
                await Task.Delay(delay, ct).ConfigureAwait(false);
                delay *= 2;
            }
            catch (Neo4jException)
            {
                if (tx is not null) await tx.RollbackAsync(ct).ConfigureAwait(false);
                throw;
            }
        }
    }

    private static Dictionary<string, object?> NodeRow(NodeSet set, object?[] row)
    {
        var map = new Dictionary<string, object?>(set.Properties.Length, StringComparer.Ordinal);
        for (var i = 0; i < set.Properties.Length; i++) map[set.Properties[i].Name] = row[i];
        return map;
    }

    private static Dictionary<string, object?> RelationshipRow(RelationshipSet set, RelationshipRow row)
    {
        var map = new Dictionary<string, object?>(set.Properties.Length + 2, StringComparer.Ordinal) { ["src"] = row.Start, ["dst"] = row.End };
        for (var i = 0; i < set.Properties.Length; i++) map[set.Properties[i].Name] = row.Values[i];
        return map;
    }
}
