using System.Collections.Immutable;
using System.Text.Json;

namespace Timeline.Neo4j;

/// <summary>The older transactional HTTP API (<c>/db/{db}/tx</c>, Neo4j 4.4 and 5.0–5.25): the fallback when the Query API answers 404.</summary>
internal sealed class TransactionalHttpTransport(Neo4jHttp http) : ICypherTransport
{
    public string Name => "transactional HTTP API";

    private string Base => http.DatabasePath + "/tx";

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var answer = http.Check(await http.SendAsync(HttpMethod.Post, Base, EmptyStatements, null, cancellationToken).ConfigureAwait(false), "opening a transaction");
        // The commit URL ends in /tx/{id}/commit; only the id is kept so the configured base URL stays in use behind proxies.
        var commit = answer.Body.TryGetProperty("commit", out var c) ? c.GetString() : answer.Headers.Location?.ToString() + "/commit";
        var parts = (commit ?? "").TrimEnd('/').Split('/');
        if (parts.Length < 2 || parts[^1] != "commit" || parts[^2].Length == 0)
            throw new Neo4jException($"Neo4j at {http.Display} opened no transaction (no commit URL in the answer)", Neo4jFailure.Server);
        return new Transaction(http, Base + "/" + parts[^2]);
    }

    public void Dispose() => http.Dispose();

    internal static void EmptyStatements(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("statements");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Statements(Utf8JsonWriter w, CypherStatement statement)
    {
        w.WriteStartObject();
        w.WriteStartArray("statements");
        w.WriteStartObject();
        w.WriteString("statement", statement.Text);
        Neo4jHttp.WriteParameters(w, statement.Parameters);
        w.WriteBoolean("includeStats", true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static CypherResult Result(JsonElement body)
    {
        if (!body.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() == 0)
            return new CypherResult(Neo4jCounters.Zero, []);
        var first = results[0];
        var counters = first.TryGetProperty("stats", out var s) ? Neo4jCounters.Parse(s) : Neo4jCounters.Zero;
        var rows = ImmutableArray.CreateBuilder<JsonElement>();
        if (first.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in data.EnumerateArray()) if (d.TryGetProperty("row", out var row)) rows.Add(row);
        }

        return new CypherResult(counters, rows.ToImmutable());
    }

    private sealed class Transaction(Neo4jHttp http, string path) : HttpTransaction(http, path, EmptyStatements, null)
    {
        public override async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
        {
            var answer = await Http.SendAsync(HttpMethod.Post, Path, w => Statements(w, statement), null, cancellationToken).ConfigureAwait(false);
            ThrowIfGone(answer, "running a statement");
            return Result(Http.Check(answer, "running a statement").Body);
        }
    }
}
