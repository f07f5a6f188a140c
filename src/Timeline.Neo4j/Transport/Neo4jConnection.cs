using System.Net;

namespace Timeline.Neo4j;

/// <summary>Opens a transport: the Query API when the server has it, else the transactional HTTP API.</summary>
public static class Neo4jConnection
{
    /// <summary>Probes the server and returns the transport to use; throws <see cref="Neo4jException"/> with a one-line reason.</summary>
    public static Task<ICypherTransport> ConnectAsync(Neo4jSettings settings, CancellationToken cancellationToken) =>
        ConnectAsync(settings, null, cancellationToken);

    internal static async Task<ICypherTransport> ConnectAsync(Neo4jSettings settings, HttpMessageHandler? handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var http = new Neo4jHttp(settings, handler);
        try
        {
            var transport = await Retry.RunAsync(settings, "connecting", () => ProbeAsync(http, cancellationToken), cancellationToken).ConfigureAwait(false);
            return transport;
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    private static async Task<ICypherTransport> ProbeAsync(Neo4jHttp http, CancellationToken ct)
    {
        var probe = new CypherStatement("RETURN 1 AS ok");
        var query = await http.SendAsync(HttpMethod.Post, http.DatabasePath + "/query/v2", w =>
        {
            w.WriteStartObject();
            w.WriteString("statement", probe.Text);
            w.WriteEndObject();
        }, null, ct).ConfigureAwait(false);
        if (!(query.Status == HttpStatusCode.NotFound && query.ErrorCode is null))
        {
            http.Check(query, "probing the Query API");
            return new QueryApiTransport(http);
        }

        var tx = await http.SendAsync(HttpMethod.Post, http.DatabasePath + "/tx/commit", w => TransactionalHttpTransport.Statements(w, probe), null, ct).ConfigureAwait(false);
        if (tx.Status == HttpStatusCode.NotFound && tx.ErrorCode is null)
            throw new Neo4jException($"Neo4j at {http.Display} has neither the Query API (/{http.DatabasePath}/query/v2) nor the transactional HTTP API (/{http.DatabasePath}/tx): is this a Neo4j HTTP port (usually 7474)?", Neo4jFailure.NoHttpApi);
        http.Check(tx, "probing the transactional HTTP API");
        return new TransactionalHttpTransport(http);
    }
}

/// <summary>Retries work that failed for a transient reason, with exponential backoff.</summary>
internal static class Retry
{
    public static async Task<T> RunAsync<T>(Neo4jSettings settings, string what, Func<Task<T>> work, CancellationToken ct, Action<Neo4jException, int>? onRetry = null)
    {
        var delay = settings.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.IsRetryable && attempt < settings.MaxAttempts)
            {
                onRetry?.Invoke(ex, attempt);
                await Task.Delay(delay, ct).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }
}
