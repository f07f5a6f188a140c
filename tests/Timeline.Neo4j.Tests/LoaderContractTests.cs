using System.Net;
using System.Text;
using Timeline.Core;
using Timeline.Graph.Tests;

namespace Timeline.Neo4j.Tests;

/// <summary>The HTTP transports and the loader against an in-process server that answers as the documented API does.</summary>
public sealed class LoaderContractTests : IDisposable
{
    private readonly FakeNeo4jServer _server = new();
    private readonly TimelineDocument _doc = SampleTimeline.Create();

    public void Dispose() => _server.Dispose();

    private Neo4jSettings Settings(int batch = 2, int attempts = 4, string password = "secret", string database = "neo4j") => new()
    {
        Uri = _server.Uri,
        User = "neo4j",
        Password = password,
        Database = database,
        BatchSize = batch,
        MaxAttempts = attempts,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    private static int ExpectedNodes(TimelineDocument d) => d.Articles.Length + d.Entities.Count(e => e.Type != EntityType.Other) + d.Events.Length;

    [Fact]
    public async Task Query_api_load_creates_every_node_and_relationship_with_counters()
    {
        var progress = new List<LoadProgress>();
        var summary = await Neo4jLoader.LoadAsync(_doc, Settings(), new SyncProgress<LoadProgress>(progress.Add), TestContext.Current.CancellationToken);
        Assert.Equal("Query API", summary.Transport);
        Assert.Equal(ExpectedNodes(_doc), summary.Counters.NodesCreated);
        Assert.Equal(_server.Relationships.Count, summary.Counters.RelationshipsCreated);
        Assert.True(summary.Counters.RelationshipsCreated >= 20);
        Assert.Equal(19, summary.Counters.ConstraintsAdded + summary.Counters.IndexesAdded);
        Assert.Equal(ExpectedNodes(_doc), _server.Nodes.Count);
        Assert.Contains("Entity", _server.Nodes["place/ankara"]);
        // Schema before nodes, nodes before relationships, in explicit transactions with affinity.
        var first = _server.Statements.FindIndex(s => s.StartsWith("UNWIND", StringComparison.Ordinal));
        Assert.True(_server.Statements.Take(first).All(s => s.StartsWith("CREATE", StringComparison.Ordinal) || s.StartsWith("RETURN", StringComparison.Ordinal)));
        var lastNode = _server.Statements.FindLastIndex(s => s.Contains("MERGE (n:", StringComparison.Ordinal));
        var firstRel = _server.Statements.FindIndex(s => s.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
        Assert.True(lastNode < firstRel);
        Assert.True(_server.Count("POST /db/neo4j/query/v2/tx/") > 0);
        Assert.Equal(summary.Rows, progress[^1].RowsDone);
        Assert.Equal(progress[^1].RowsTotal, progress[^1].RowsDone);
    }

    [Fact]
    public async Task Second_load_of_the_same_timeline_creates_nothing()
    {
        await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        var again = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(0, again.Counters.NodesCreated);
        Assert.Equal(0, again.Counters.RelationshipsCreated);
        Assert.Equal(0, again.Counters.ConstraintsAdded);
        Assert.True(again.Counters.PropertiesSet > 0);
    }

    [Fact]
    public async Task Grown_timeline_adds_only_what_is_new()
    {
        await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        var grown = _doc with
        {
            Entities = _doc.Entities.Add(new EntityRecord { Id = "person/new-envoy", Name = "New Envoy", Type = EntityType.Person }),
            Events = _doc.Events.Add(new EventRecord { Id = "event/2023-11-08-visit", Type = "visit", Summary = "Envoy visits Ankara", Place = "place/ankara", Participants = [new("person/new-envoy", "agent")] }),
        };
        var summary = await Neo4jLoader.LoadAsync(grown, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(2, summary.Counters.NodesCreated);
        Assert.Equal(2, summary.Counters.RelationshipsCreated); // PARTICIPATED_IN and OCCURRED_IN
    }

    [Fact]
    public async Task Falls_back_to_the_transactional_api_when_the_query_api_answers_404()
    {
        _server.QueryApi = false;
        var summary = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal("transactional HTTP API", summary.Transport);
        Assert.Equal(ExpectedNodes(_doc), summary.Counters.NodesCreated);
        Assert.True(summary.Counters.RelationshipsCreated > 0);
        Assert.True(_server.Count("POST /db/neo4j/tx/") > 0);
        var again = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(0, again.Counters.NodesCreated + again.Counters.RelationshipsCreated);
    }

    [Fact]
    public async Task A_server_without_either_api_gives_a_clear_error()
    {
        _server.QueryApi = false;
        _server.TransactionalApi = false;
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken));
        Assert.Equal(Neo4jFailure.NoHttpApi, ex.Failure);
        Assert.Contains("neither the Query API", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_give_a_one_line_error_without_the_password()
    {
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jLoader.LoadAsync(_doc, Settings(password: "hunter2-wrong"), null, TestContext.Current.CancellationToken));
        Assert.Equal(Neo4jFailure.Unauthorized, ex.Failure);
        Assert.Contains("refused the credentials of user 'neo4j'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message + ex.InnerException, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Single(_server.Log); // no retries on a client error
    }

    [Fact]
    public async Task Unknown_database_gives_a_clear_error()
    {
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jLoader.LoadAsync(_doc, Settings(database: "nosuch"), null, TestContext.Current.CancellationToken));
        Assert.Equal(Neo4jFailure.DatabaseNotFound, ex.Failure);
        Assert.Contains("database 'nosuch' does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_gives_a_clear_error()
    {
        var port = _server.Port;
        _server.Dispose();
        var settings = Settings();
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jLoader.LoadAsync(_doc, settings, null, TestContext.Current.CancellationToken));
        Assert.Contains($"127.0.0.1:{port}", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Failure is Neo4jFailure.Unreachable or Neo4jFailure.Transient, ex.Failure.ToString());
    }

    [Theory]
    [InlineData(HttpStatusCode.Accepted)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task Statement_errors_in_the_body_stop_the_load_whatever_the_status(HttpStatusCode status)
    {
        _server.ErrorStatus = status;
        using var transport = await Neo4jConnection.ConnectAsync(Settings(), TestContext.Current.CancellationToken);
        var tx = await transport.BeginAsync(TestContext.Current.CancellationToken);
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => tx.RunAsync(new CypherStatement("MATCH (n) RETURN m"), TestContext.Current.CancellationToken));
        Assert.Equal(Neo4jFailure.Client, ex.Failure);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transient_errors_are_retried_and_the_load_completes()
    {
        _server.Faults.Add(new Fault(FaultKind.TransientError, (m, p) => p.EndsWith("/tx/tx5", StringComparison.Ordinal)));
        _server.Faults.Add(new Fault(FaultKind.ServiceUnavailable, (m, p) => p.EndsWith("/tx/tx30", StringComparison.Ordinal)));
        var summary = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(2, summary.Retries);
        Assert.Equal(ExpectedNodes(_doc), summary.Counters.NodesCreated);
        Assert.Empty(_server.Faults);
    }

    [Fact]
    public async Task A_connection_dropped_mid_load_is_retried_and_nothing_is_lost()
    {
        _server.Faults.Add(new Fault(FaultKind.DropConnection, (m, p) => p.EndsWith("/tx/tx22/commit", StringComparison.Ordinal)));
        var summary = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.Retries);
        Assert.Equal(ExpectedNodes(_doc), _server.Nodes.Count);
        Assert.Equal(summary.Counters.RelationshipsCreated, _server.Relationships.Count);
    }

    [Fact]
    public async Task An_expired_transaction_is_rerun_in_a_new_one()
    {
        _server.Faults.Add(new Fault(FaultKind.ExpireTransaction, (m, p) => p.EndsWith("/tx/tx25", StringComparison.Ordinal)));
        var summary = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.Retries);
        Assert.Equal(ExpectedNodes(_doc), summary.Counters.NodesCreated);
    }

    [Fact]
    public async Task An_expired_transaction_on_the_fallback_api_is_rerun_too()
    {
        _server.QueryApi = false;
        _server.Faults.Add(new Fault(FaultKind.ExpireTransaction, (m, p) => p == "/db/neo4j/tx/25"));
        var summary = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(1, summary.Retries);
        Assert.Equal(ExpectedNodes(_doc), summary.Counters.NodesCreated);
    }

    [Fact]
    public async Task A_load_that_keeps_failing_says_how_far_it_got_and_a_rerun_completes_it()
    {
        // Every commit from the 30th transaction on drops the connection, so retries run out.
        var dropping = true;
        _server.Faults.AddRange(Enumerable.Range(0, 50).Select(_ => new Fault(FaultKind.DropConnection, (m, p) => dropping && p.EndsWith("/commit", StringComparison.Ordinal) && TxNumber(p) >= 30)));
        var ex = await Assert.ThrowsAsync<Neo4jLoadException>(() => Neo4jLoader.LoadAsync(_doc, Settings(attempts: 3), null, TestContext.Current.CancellationToken));
        Assert.Matches(@"load stopped at \w+ batch \d+ of \d+ after [\d,]+ of [\d,]+ rows committed", ex.Message);
        Assert.Contains("run the same load again", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.RowsCommitted > 0);
        var partialNodes = _server.Nodes.Count;
        var partialRels = _server.Relationships.Count;

        dropping = false;
        var rerun = await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken);
        Assert.Equal(ExpectedNodes(_doc), partialNodes + rerun.Counters.NodesCreated);
        Assert.Equal(_server.Relationships.Count, partialRels + rerun.Counters.RelationshipsCreated);
        Assert.Equal(0, (await Neo4jLoader.LoadAsync(_doc, Settings(), null, TestContext.Current.CancellationToken)).Counters.NodesCreated);
    }

    [Fact]
    public async Task Password_never_appears_in_requests_other_than_the_auth_header_or_in_settings_text()
    {
        var settings = Settings();
        await Neo4jLoader.LoadAsync(_doc, settings, null, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("secret", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Statements, s => s.Contains("secret", StringComparison.Ordinal));
        Assert.All(_server.AuthorizationHeaders, h => Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret")), h));
    }

    private static int TxNumber(string path)
    {
        var m = System.Text.RegularExpressions.Regex.Match(path, @"/tx/tx(\d+)");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
