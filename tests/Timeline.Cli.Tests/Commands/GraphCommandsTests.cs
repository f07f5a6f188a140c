using System.Globalization;
using Timeline.Graph;
using Timeline.Graph.Tests;
using Timeline.Neo4j.Tests;

namespace Timeline.Cli.Tests;

public sealed class GraphCommandsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "timeline-cli-" + Guid.NewGuid().ToString("N"));
    private readonly string _file;

    public GraphCommandsTests()
    {
        Directory.CreateDirectory(_dir);
        _file = Path.Combine(_dir, "timeline.json");
        TimelineJson.Write(SampleTimeline.Create(), _file);
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        using var e = new StringWriter(CultureInfo.InvariantCulture);
        var code = await TimelineCli.RunAsync(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task Query_path_prints_the_chain_between_two_actors()
    {
        var (code, output, _) = await Run("query", "path", "Blinken", "Erdogan", _file);
        Assert.Equal(0, code);
        Assert.Contains("Antony Blinken → Recep Tayyip Erdoğan: 4 steps", output, StringComparison.Ordinal);
        Assert.Contains("-[PARTICIPATED_IN agent]-> [Event 2023-11-06] Blinken meets Fidan in Ankara", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_actor_lists_events_in_order_with_roles_and_places()
    {
        var (code, output, _) = await Run("query", "actor", "antony blinken", _file);
        Assert.Equal(0, code);
        var tel = output.IndexOf("Blinken meets Netanyahu in Tel Aviv @ Tel Aviv", StringComparison.Ordinal);
        var ank = output.IndexOf("Blinken meets Fidan in Ankara @ Ankara", StringComparison.Ordinal);
        Assert.True(tel > 0 && ank > tel, output);
        Assert.Contains("role: Secretary of State of United States", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_neighbours_and_key_actors()
    {
        var (code, output, _) = await Run("query", "neighbours", "Hamas", _file, "--hops", "2");
        Assert.Equal(0, code);
        Assert.Contains("1 hop:\n  [Event 2023-11-04] Hamas attack on Israel", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("[Country] Israel", output, StringComparison.Ordinal);
        var (code2, actors, _) = await Run("query", "actors", _file, "--top", "2");
        Assert.Equal(0, code2);
        Assert.Contains("1         2       2", actors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_name_and_missing_file_are_one_line_usage_errors()
    {
        var (code, _, err) = await Run("query", "actor", "Blinkn", _file);
        Assert.Equal(2, code);
        Assert.StartsWith("error: no entity named 'Blinkn'; closest: Antony Blinken, ", err, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', err.Trim());
        var (code2, _, err2) = await Run("query", "actor", "Blinken", Path.Combine(_dir, "missing.json"));
        Assert.Equal(2, code2);
        Assert.Contains("missing.json: no such file", err2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_json_writes_a_filtered_self_contained_timeline()
    {
        var outFile = Path.Combine(_dir, "sub.json");
        var (code, _, err) = await Run("export", _file, "--format", "json", "--out", outFile, "--actor", "Blinken", "--from", "2023-11-05");
        Assert.Equal(0, code);
        var sub = TimelineJson.Read(outFile);
        Assert.Equal(["event/2023-11-06-meet-ankara"], sub.Timeline);
        Assert.Contains("exported 1 events", err, StringComparison.Ordinal);
        var (bad, _, badErr) = await Run("export", _file, "--format", "json", "--from", "6 Nov");
        Assert.Equal(2, bad);
        Assert.Contains("--from '6 Nov' is not a date", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_cypher_graphml_and_neo4j_admin_write_their_files()
    {
        var cypher = Path.Combine(_dir, "t.cypher");
        Assert.Equal(0, (await Run("export", _file, "--format", "cypher", "--out", cypher)).Code);
        Assert.StartsWith("// Timeline graph", File.ReadAllText(cypher), StringComparison.Ordinal);
        var graphml = Path.Combine(_dir, "t.graphml");
        Assert.Equal(0, (await Run("export", _file, "--format", "graphml", "--out", graphml)).Code);
        Assert.Contains("<graphml", File.ReadAllText(graphml), StringComparison.Ordinal);
        var admin = Path.Combine(_dir, "import");
        var (code, output, _) = await Run("export", _file, "--format", "neo4j-admin", "--out", admin);
        Assert.Equal(0, code);
        Assert.Contains("IMPORT.md", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(admin, "nodes-event.csv")));
        Assert.Equal(2, (await Run("export", _file, "--format", "pdf")).Code);
    }

    [Fact]
    public async Task Load_on_a_terminal_draws_a_progress_bar_and_still_prints_the_summary()
    {
        using var server = new FakeNeo4jServer();
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        using var e = new StringWriter(CultureInfo.InvariantCulture);
        var code = await TimelineCli.RunAsync(["load", _file, "--neo4j", server.Uri.ToString(), "--password", "secret"], o, e, isTerminal: true);
        Assert.True(code == 0, e.ToString());
        Assert.Contains("rows/s", o.ToString(), StringComparison.Ordinal);
        Assert.Contains("Neo4j counters: nodes created 17,", o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_writes_into_neo4j_and_reports_counters_without_the_password()
    {
        using var server = new FakeNeo4jServer();
        var (code, output, err) = await Run("load", _file, "--neo4j", server.Uri.ToString(), "--password", "secret", "--batch-size", "3");
        Assert.True(code == 0, err);
        Assert.Contains("via the Query API", output, StringComparison.Ordinal);
        Assert.Contains("Neo4j counters: nodes created 17,", output, StringComparison.Ordinal);
        Assert.Contains("rows/s", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output + err, StringComparison.Ordinal);

        var (again, output2, _) = await Run("load", _file, "--neo4j", server.Uri.ToString(), "--password", "secret");
        Assert.Equal(0, again);
        Assert.Contains("nodes created 0, nodes deleted 0, relationships created 0", output2, StringComparison.Ordinal);

        var (wrong, _, err3) = await Run("load", _file, "--neo4j", server.Uri.ToString(), "--password", "not-it");
        Assert.Equal(1, wrong);
        Assert.Contains("refused the credentials of user 'neo4j'", err3, StringComparison.Ordinal);
        Assert.DoesNotContain("not-it", err3, StringComparison.Ordinal);
        var (bolt, _, err4) = await Run("load", _file, "--neo4j", "bolt://localhost:7687", "--password", "x");
        Assert.Equal(2, bolt);
        Assert.Contains("uses bolt://", err4, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_builds_article_inputs_first_and_loads_the_result()
    {
        using var server = new FakeNeo4jServer();
        var demo = Path.Combine(Timeline.TestSupport.SharedData.Repo, "samples", "demo");
        var (code, output, err) = await Run("load", demo, "--neo4j", server.Uri.ToString(), "--password", "secret");
        Assert.True(code == 0, err);
        Assert.Contains("Built 5 articles", output, StringComparison.Ordinal);
        Assert.Matches("nodes created [1-9]", output);
        var (again, output2, _) = await Run("load", demo, "--neo4j", server.Uri.ToString(), "--password", "secret");
        Assert.Equal(0, again);
        Assert.Contains("nodes created 0, nodes deleted 0, relationships created 0", output2, StringComparison.Ordinal);
    }
}
