namespace Timeline.Neo4j.Tests;

public sealed class SchemaFileTests
{
    [Fact]
    public void Schema_file_is_what_the_loader_runs()
    {
        var path = RepoPaths.Of("graph-schema", "schema.cypher");
        if (Environment.GetEnvironmentVariable("TIMELINE_WRITE_SCHEMA") == "1") File.WriteAllText(path, Cypher.SchemaScript());
        Assert.Equal(Cypher.SchemaScript(), File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Schema_has_a_uniqueness_constraint_per_label_and_name_and_date_indexes()
    {
        foreach (var label in new[] { "Article", "Entity", "Person", "Organization", "Country", "Place", "Event" })
            Assert.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", Cypher.SchemaScript(), StringComparison.Ordinal);
        Assert.Contains("FOR (n:Entity) ON (n.name)", Cypher.SchemaScript(), StringComparison.Ordinal);
        Assert.Contains("FOR (n:Event) ON (n.date)", Cypher.SchemaScript(), StringComparison.Ordinal);
    }

    [Fact]
    public void Grass_style_values_hold_no_colon()
    {
        var lines = File.ReadAllLines(RepoPaths.Of("graph-schema", "timeline.grass"));
        foreach (var line in lines.Where(l => l.Contains(':', StringComparison.Ordinal)))
        {
            var value = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..];
            Assert.DoesNotContain(':', value);
        }

        foreach (var label in new[] { "Article", "Person", "Organization", "Country", "Place", "Event" })
            Assert.Contains($"node.{label} {{", lines);
    }
}
