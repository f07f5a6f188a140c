using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Timeline.Neo4j.Tests;

/// <summary>What the fake does to one request instead of answering it normally.</summary>
internal enum FaultKind
{
    DropConnection,
    TransientError,
    ExpireTransaction,
    ServiceUnavailable,
}

internal sealed record Fault(FaultKind Kind, Func<string, string, bool> When);

/// <summary>
/// An in-process HTTP server answering as Neo4j's Query API and transactional HTTP API are documented to
/// (../shared/docs/neo4j.md): 202/200/201 with data and counters, errors in the body, 401, 404 for a missing API,
/// explicit transactions with expiry and cluster affinity. It keeps MERGE state keyed by ids, so counters of a
/// second load show what a real server would create.
/// </summary>
internal sealed partial class FakeNeo4jServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly object _gate = new();
    private readonly Dictionary<string, Staged> _transactions = new(StringComparer.Ordinal);
    private int _nextTx = 1;

    public FakeNeo4jServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    public bool QueryApi { get; set; } = true;

    public bool TransactionalApi { get; set; } = true;

    /// <summary>Status code for answers carrying errors: 202 like older servers, or 400 like servers from 2025.11.</summary>
    public HttpStatusCode ErrorStatus { get; set; } = HttpStatusCode.Accepted;

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "secret";

    public HashSet<string> Databases { get; } = new(StringComparer.Ordinal) { "neo4j" };

    public List<Fault> Faults { get; } = [];

    public List<string> Log { get; } = [];

    public List<string> Statements { get; } = [];

    public List<string> AuthorizationHeaders { get; } = [];

    /// <summary>Committed state: node id → labels, relationship keys, constraint names.</summary>
    public Dictionary<string, HashSet<string>> Nodes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Relationships { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Schema { get; } = new(StringComparer.Ordinal);

    public int Count(string prefix) => Log.Count(l => l.StartsWith(prefix, StringComparison.Ordinal));

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            try
            {
                Handle(ctx);
            }
            catch (Exception ex)
            {
                try
                {
                    Reply(ctx, HttpStatusCode.InternalServerError, new { errors = new[] { new { code = "Neo.DatabaseError.General.UnknownError", message = ex.Message } } });
                }
                catch (Exception)
                {
                }
            }
        }
    }

    private void Handle(HttpListenerContext ctx)
    {
        var method = ctx.Request.HttpMethod;
        var path = ctx.Request.Url!.AbsolutePath;
        string body;
        using (var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8)) body = reader.ReadToEnd();
        lock (_gate)
        {
            Log.Add(method + " " + path);
            AuthorizationHeaders.Add(ctx.Request.Headers["Authorization"] ?? "");
            var fault = Faults.FirstOrDefault(f => f.When(method, path));
            if (fault is not null)
            {
                Faults.Remove(fault);
                switch (fault.Kind)
                {
                    case FaultKind.DropConnection:
                        // Promise a body, send part of it, then cut the connection: the client sees the response end early.
                        ctx.Response.StatusCode = 202;
                        ctx.Response.ContentLength64 = 1000;
                        ctx.Response.OutputStream.Write("{\"data\":"u8);
                        ctx.Response.OutputStream.Flush();
                        ctx.Response.Abort();
                        return;
                    case FaultKind.TransientError:
                        Reply(ctx, ErrorStatus, Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock"));
                        return;
                    case FaultKind.ServiceUnavailable:
                        Reply(ctx, HttpStatusCode.ServiceUnavailable, new { });
                        return;
                    case FaultKind.ExpireTransaction:
                        _transactions.Clear();
                        break;
                }
            }

            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Password));
            if (ctx.Request.Headers["Authorization"] != expected)
            {
                Reply(ctx, HttpStatusCode.Unauthorized, Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
                return;
            }

            var m = PathRegex().Match(path);
            if (!m.Success)
            {
                ctx.Response.StatusCode = 404;
                ctx.Response.Close();
                return;
            }

            var db = m.Groups["db"].Value;
            var api = m.Groups["api"].Value;
            var rest = m.Groups["rest"].Value;
            if ((api == "query/v2" && !QueryApi) || (api == "tx" && !TransactionalApi))
            {
                ctx.Response.StatusCode = 404;
                ctx.Response.Close();
                return;
            }

            if (!Databases.Contains(db))
            {
                Reply(ctx, HttpStatusCode.NotFound, Error("Neo.ClientError.Database.DatabaseNotFound", $"Database does not exist. Database name: '{db}'."));
                return;
            }

            if (api == "query/v2") QueryApiAnswer(ctx, method, rest, body);
            else TxApiAnswer(ctx, method, rest, body);
        }
    }

    private void QueryApiAnswer(HttpListenerContext ctx, string method, string rest, string body)
    {
        if (rest == "" && method == "POST")
        {
            var staged = new Staged();
            var (ok, result) = Execute(staged, Parse(body));
            if (!ok) { Reply(ctx, ErrorStatus, result); return; }
            Apply(staged);
            Reply(ctx, HttpStatusCode.Accepted, result);
            return;
        }

        if (rest == "/tx" && method == "POST")
        {
            var id = "tx" + _nextTx++;
            _transactions[id] = new Staged();
            ctx.Response.Headers["neo4j-cluster-affinity"] = "aff-" + id;
            Reply(ctx, HttpStatusCode.Accepted, new { transaction = new { id, expires = "2099-01-01T00:00:00Z" }, data = new { fields = Array.Empty<string>(), values = Array.Empty<object>() } });
            return;
        }

        var tm = TxRegex().Match(rest);
        if (!tm.Success) { ctx.Response.StatusCode = 404; ctx.Response.Close(); return; }
        var txId = tm.Groups["id"].Value;
        if (!_transactions.TryGetValue(txId, out var tx))
        {
            Reply(ctx, HttpStatusCode.NotFound, Error("Neo.ClientError.Transaction.TransactionNotFound", "Transaction not found."));
            return;
        }

        if (ctx.Request.Headers["neo4j-cluster-affinity"] != "aff-" + txId)
        {
            Reply(ctx, ErrorStatus, Error("Neo.ClientError.Request.Invalid", "missing cluster affinity"));
            return;
        }

        if (method == "DELETE") { _transactions.Remove(txId); Reply(ctx, HttpStatusCode.Accepted, new { }); return; }
        if (tm.Groups["commit"].Success)
        {
            _transactions.Remove(txId);
            Apply(tx);
            Reply(ctx, HttpStatusCode.Accepted, new { bookmarks = new[] { "FB:1" } });
            return;
        }

        var (ok2, result2) = Execute(tx, Parse(body));
        if (!ok2)
        {
            _transactions.Remove(txId); // a failed statement ends the transaction: no "transaction" key in the answer
            Reply(ctx, ErrorStatus, result2);
            return;
        }

        ((Dictionary<string, object?>)result2)["transaction"] = new { id = txId, expires = "2099-01-01T00:00:00Z" };
        Reply(ctx, HttpStatusCode.Accepted, result2);
    }

    private void TxApiAnswer(HttpListenerContext ctx, string method, string rest, string body)
    {
        var statements = Parse(body) is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("statements", out var s) ? s.EnumerateArray().ToList() : [];
        if (rest == "/commit" && method == "POST")
        {
            var staged = new Staged();
            var results = new List<object>();
            foreach (var st in statements)
            {
                var (ok, r) = Execute(staged, st, snake: true);
                if (!ok) { Reply(ctx, HttpStatusCode.OK, r); return; }
                results.Add(r);
            }

            Apply(staged);
            Reply(ctx, HttpStatusCode.OK, new { results, errors = Array.Empty<object>() });
            return;
        }

        if (rest == "" && method == "POST")
        {
            var id = (_nextTx++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _transactions[id] = new Staged();
            ctx.Response.Headers["Location"] = $"{Uri}db/neo4j/tx/{id}";
            Reply(ctx, HttpStatusCode.Created, new { commit = $"{Uri}db/neo4j/tx/{id}/commit", results = Array.Empty<object>(), transaction = new { expires = "Sun, 01 Jan 2099 00:00:00 +0000" }, errors = Array.Empty<object>() });
            return;
        }

        var tm = TxRegex().Match(rest);
        if (!tm.Success) { ctx.Response.StatusCode = 404; ctx.Response.Close(); return; }
        var txId = tm.Groups["id"].Value;
        if (!_transactions.TryGetValue(txId, out var tx))
        {
            Reply(ctx, HttpStatusCode.NotFound, new { results = Array.Empty<object>(), errors = new[] { new { code = "Neo.ClientError.Transaction.TransactionNotFound", message = "Unrecognized transaction id. Transaction may have timed out and been rolled back." } } });
            return;
        }

        if (method == "DELETE") { _transactions.Remove(txId); Reply(ctx, HttpStatusCode.OK, new { results = Array.Empty<object>(), errors = Array.Empty<object>() }); return; }
        var all = new List<object>();
        foreach (var st in statements)
        {
            var (ok, r) = Execute(tx, st, snake: true);
            if (!ok) { _transactions.Remove(txId); Reply(ctx, HttpStatusCode.OK, r); return; }
            all.Add(r);
        }

        if (tm.Groups["commit"].Success)
        {
            _transactions.Remove(txId);
            Apply(tx);
        }

        Reply(ctx, HttpStatusCode.OK, new { results = all, errors = Array.Empty<object>() });
    }

    private sealed class Staged
    {
        public Dictionary<string, HashSet<string>> Nodes { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Relationships { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Schema { get; } = new(StringComparer.Ordinal);
    }

    private void Apply(Staged s)
    {
        foreach (var (id, labels) in s.Nodes)
        {
            if (!Nodes.TryGetValue(id, out var have)) Nodes[id] = have = new HashSet<string>(StringComparer.Ordinal);
            have.UnionWith(labels);
        }

        Relationships.UnionWith(s.Relationships);
        Schema.UnionWith(s.Schema);
    }

    /// <summary>Runs one statement against committed + staged state; returns the answer body (Query API shape, or one transactional result when <paramref name="snake"/>).</summary>
    private (bool Ok, object Result) Execute(Staged staged, JsonElement request, bool snake = false)
    {
        var text = request.GetProperty("statement").GetString()!;
        Statements.Add(text);
        var rows = request.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("rows", out var r) ? r.EnumerateArray().ToList() : [];
        long nodesCreated = 0, relsCreated = 0, propsSet = 0, labelsAdded = 0, constraints = 0, indexes = 0;
        object values = Array.Empty<object>();
        bool Has(string id) => Nodes.ContainsKey(id) || staged.Nodes.ContainsKey(id);

        if (text.StartsWith("RETURN 1", StringComparison.Ordinal))
        {
            values = new[] { new[] { 1 } };
        }
        else if (SchemaRegex().Match(text) is { Success: true } sm)
        {
            var name = sm.Groups["name"].Value;
            if (!Schema.Contains(name) && staged.Schema.Add(name))
            {
                if (sm.Groups["kind"].Value == "CONSTRAINT") constraints++;
                else indexes++;
            }
        }
        else if (NodeRegex().Match(text) is { Success: true } nm)
        {
            var label = nm.Groups["label"].Value;
            var extra = ExtraLabelRegex().Matches(text).Select(x => x.Groups[1].Value).ToList();
            var sets = SetRegex().Count(text);
            foreach (var row in rows)
            {
                var id = row.GetProperty("id").GetString()!;
                if (!Has(id))
                {
                    nodesCreated++;
                    labelsAdded += 1 + extra.Count;
                    propsSet++;
                    staged.Nodes[id] = new HashSet<string>(StringComparer.Ordinal) { label };
                    staged.Nodes[id].UnionWith(extra);
                }

                propsSet += sets;
            }
        }
        else if (RelRegex().Match(text) is { Success: true } rm)
        {
            var type = rm.Groups["type"].Value;
            var keys = KeyRegex().Matches(rm.Groups["keys"].Value).Select(x => x.Groups[1].Value).ToList();
            var sets = SetRegex().Count(text);
            foreach (var row in rows)
            {
                var src = row.GetProperty("src").GetString()!;
                var dst = row.GetProperty("dst").GetString()!;
                if (!Has(src) || !Has(dst)) continue; // MATCH finds nothing: the row does nothing
                var key = type + "|" + src + "|" + dst + "|" + string.Join("|", keys.Select(k => row.GetProperty(k).ToString()));
                if (!Relationships.Contains(key) && staged.Relationships.Add(key))
                {
                    relsCreated++;
                    propsSet += keys.Count;
                }

                propsSet += sets;
            }
        }
        else
        {
            return (false, Error("Neo.ClientError.Statement.SyntaxError", "fake server does not understand: " + text));
        }

        if (snake)
        {
            return (true, new Dictionary<string, object?>
            {
                ["columns"] = Array.Empty<string>(),
                ["data"] = ((System.Collections.IEnumerable)values).Cast<object>().Select(v => new { row = v, meta = Array.Empty<object>() }).ToList(),
                ["stats"] = new Dictionary<string, object> { ["contains_updates"] = nodesCreated + relsCreated + propsSet > 0, ["nodes_created"] = nodesCreated, ["relationships_created"] = relsCreated, ["properties_set"] = propsSet, ["labels_added"] = labelsAdded, ["constraints_added"] = constraints, ["indexes_added"] = indexes },
            });
        }

        return (true, new Dictionary<string, object?>
        {
            ["data"] = new { fields = new[] { "ok" }, values },
            ["counters"] = new Dictionary<string, object> { ["containsUpdates"] = nodesCreated + relsCreated + propsSet > 0, ["nodesCreated"] = nodesCreated, ["relationshipsCreated"] = relsCreated, ["propertiesSet"] = propsSet, ["labelsAdded"] = labelsAdded, ["constraintsAdded"] = constraints, ["indexesAdded"] = indexes },
            ["bookmarks"] = new[] { "FB:1" },
        });
    }

    private static Dictionary<string, object?> Error(string code, string message) => new Dictionary<string, object?> { ["errors"] = new[] { new { code, message } } };

    private static JsonElement Parse(string body) => body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();

    private static void Reply(HttpListenerContext ctx, HttpStatusCode status, object body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        ctx.Response.StatusCode = (int)status;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength64 = bytes.Length;
        ctx.Response.OutputStream.Write(bytes);
        ctx.Response.Close();
    }

    [GeneratedRegex(@"^/db/(?<db>[^/]+)/(?<api>query/v2|tx)(?<rest>.*)$")]
    private static partial Regex PathRegex();

    [GeneratedRegex(@"^/(?:tx/)?(?<id>[^/]+)(?<commit>/commit)?$")]
    private static partial Regex TxRegex();

    [GeneratedRegex(@"^CREATE (?:POINT )?(?<kind>CONSTRAINT|INDEX) (?<name>\w+)")]
    private static partial Regex SchemaRegex();

    [GeneratedRegex(@"MERGE \(n:(?<label>\w+) \{id: row\.id\}\)")]
    private static partial Regex NodeRegex();

    [GeneratedRegex(@"SET n:(\w+)")]
    private static partial Regex ExtraLabelRegex();

    [GeneratedRegex(@"[nr]\.\w+ = ")]
    private static partial Regex SetRegex();

    [GeneratedRegex(@"MERGE \(a\)-\[r:(?<type>\w+)(?<keys> \{[^}]*\})?\]->\(b\)")]
    private static partial Regex RelRegex();

    [GeneratedRegex(@"(\w+): row\.")]
    private static partial Regex KeyRegex();
}
