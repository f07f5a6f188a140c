using System.Collections.Immutable;
using System.Text.Json;

namespace Timeline.Neo4j;

/// <summary>The Query API (<c>/db/{db}/query/v2</c>, Neo4j 5.26+ and Aura) with explicit transactions and cluster affinity.</summary>
internal sealed class QueryApiTransport(Neo4jHttp http) : ICypherTransport
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    public string Name => "Query API";

    private string Base => http.DatabasePath + "/query/v2";

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var answer = http.Check(await http.SendAsync(HttpMethod.Post, Base + "/tx", w => { w.WriteStartObject(); w.WriteEndObject(); }, null, cancellationToken).ConfigureAwait(false), "opening a transaction");
        if (!answer.Body.TryGetProperty("transaction", out var tx) || !tx.TryGetProperty("id", out var id) || id.GetString() is not { Length: > 0 } txId)
            throw new Neo4jException($"Neo4j at {http.Display} opened no transaction (no transaction id in the answer)", Neo4jFailure.Server);
        var affinity = answer.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return new Transaction(http, Base + "/tx/" + Uri.EscapeDataString(txId), affinity);
    }

    public void Dispose() => http.Dispose();

    /// <summary>Parses a Query API answer body into counters and rows.</summary>
    internal static CypherResult Result(JsonElement body)
    {
        var counters = body.TryGetProperty("counters", out var c) ? Neo4jCounters.Parse(c) : Neo4jCounters.Zero;
        var rows = ImmutableArray<JsonElement>.Empty;
        if (body.TryGetProperty("data", out var data) && data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            rows = [.. values.EnumerateArray()];
        return new CypherResult(counters, rows);
    }

    private sealed class Transaction(Neo4jHttp http, string path, string? affinity)
        : HttpTransaction(http, path, w => { w.WriteStartObject(); w.WriteEndObject(); }, affinity is null ? null : new Dictionary<string, string> { [AffinityHeader] = affinity })
    {
        public override async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
        {
            var answer = await Http.SendAsync(HttpMethod.Post, Path, w =>
            {
                w.WriteStartObject();
                w.WriteString("statement", statement.Text);
                Neo4jHttp.WriteParameters(w, statement.Parameters);
                w.WriteBoolean("includeCounters", true);
                w.WriteEndObject();
            }, Headers, cancellationToken).ConfigureAwait(false);
            ThrowIfGone(answer, "running a statement");
            Http.Check(answer, "running a statement");
            if (!answer.Body.TryGetProperty("transaction", out _))
                throw new Neo4jException("running a statement: the transaction expired or was dropped by the server (no transaction in the answer)", Neo4jFailure.TransactionGone);
            return Result(answer.Body);
        }
    }
}
