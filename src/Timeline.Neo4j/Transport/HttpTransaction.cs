using System.Net;
using System.Text.Json;

namespace Timeline.Neo4j;

/// <summary>
/// An open transaction of either HTTP API. Commit and rollback work the same way in both; only the empty request
/// body and the extra headers (the Query API's cluster affinity) differ, and running a statement is the API's own.
/// </summary>
internal abstract class HttpTransaction(Neo4jHttp http, string path, Action<Utf8JsonWriter> emptyBody, IReadOnlyDictionary<string, string>? headers) : ICypherTransaction
{
    protected Neo4jHttp Http => http;

    protected string Path => path;

    protected IReadOnlyDictionary<string, string>? Headers => headers;

    public abstract Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var answer = await http.SendAsync(HttpMethod.Post, path + "/commit", emptyBody, headers, cancellationToken).ConfigureAwait(false);
        ThrowIfGone(answer, "committing");
        http.Check(answer, "committing");
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        try
        {
            await http.SendAsync(HttpMethod.Delete, path, null, headers, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // The server drops failed or expired transactions itself; a failed rollback leaves nothing behind.
        }
    }

    /// <summary>A 404 with no Neo4j error code means the transaction is gone (expired or dropped), not a bad request.</summary>
    protected static void ThrowIfGone(HttpAnswer answer, string what)
    {
        if (answer.Status == HttpStatusCode.NotFound && answer.ErrorCode is null)
            throw new Neo4jException($"{what}: the transaction expired or was dropped by the server", Neo4jFailure.TransactionGone);
    }
}
