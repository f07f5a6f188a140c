using Timeline.Graph.Tests;

namespace Timeline.Neo4j.Tests;

/// <summary>Against a real Neo4j when NEO4J_URI (and NEO4J_PASSWORD, NEO4J_USER, NEO4J_DATABASE) are set; skipped otherwise.</summary>
public sealed class LiveNeo4jTests
{
    [Fact]
    public async Task Loads_twice_into_a_real_server_and_the_second_load_creates_nothing()
    {
        var settings = Neo4jSettings.FromEnvironment();
        if (settings is null) Assert.Skip("NEO4J_URI is not set: no live Neo4j to test against");
        var doc = SampleTimeline.Create();
        var first = await Neo4jLoader.LoadAsync(doc, settings, null, TestContext.Current.CancellationToken);
        Assert.True(first.Rows > 0);
        var second = await Neo4jLoader.LoadAsync(doc, settings, null, TestContext.Current.CancellationToken);
        Assert.Equal(0, second.Counters.NodesCreated);
        Assert.Equal(0, second.Counters.RelationshipsCreated);

        using var transport = await Neo4jConnection.ConnectAsync(settings, TestContext.Current.CancellationToken);
        var tx = await transport.BeginAsync(TestContext.Current.CancellationToken);
        var result = await tx.RunAsync(new CypherStatement(
            "MATCH (p:Place {id: $id}) RETURN p.location.latitude AS lat, toString(p.name) AS name",
            new Dictionary<string, object?> { ["id"] = "place/ankara" }), TestContext.Current.CancellationToken);
        await tx.CommitAsync(TestContext.Current.CancellationToken);
        var row = Assert.Single(result.Rows);
        Assert.Equal(39.93, row[0].GetDouble(), 3);
        Assert.Equal("Ankara", row[1].GetString());

        var events = await RunAsync(transport, "MATCH (e:Event {id: $id}) RETURN toString(e.date) AS d", "event/2023-11-06-meet-ankara");
        Assert.Equal("2023-11-06", Assert.Single(events)[0].GetString());
    }

    private static async Task<System.Collections.Immutable.ImmutableArray<System.Text.Json.JsonElement>> RunAsync(ICypherTransport transport, string text, string id)
    {
        var tx = await transport.BeginAsync(TestContext.Current.CancellationToken);
        var r = await tx.RunAsync(new CypherStatement(text, new Dictionary<string, object?> { ["id"] = id }), TestContext.Current.CancellationToken);
        await tx.CommitAsync(TestContext.Current.CancellationToken);
        return r.Rows;
    }
}
