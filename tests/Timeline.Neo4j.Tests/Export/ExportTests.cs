using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Timeline.Core;
using Timeline.Graph.Tests;

namespace Timeline.Neo4j.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "timeline-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
    }

    internal static TimelineDocument Nasty()
    {
        var doc = SampleTimeline.Create();
        var evil = "O'Brien said \"no\";\nthen \\ left,\r\tagain \u2028 }]) MATCH (n) DETACH DELETE n //";
        return doc with
        {
            Entities = doc.Entities.Add(new EntityRecord { Id = "person/o-brien", Name = evil, Type = EntityType.Person, Aliases = ["a;b", "x'y", ""] }),
            Events = doc.Events.Add(new EventRecord
            {
                Id = "event/x", Type = "say", Summary = evil, Participants = [new("person/o-brien", "agent")],
                Sources = [new("article/a1", 1, 2, evil)],
            }),
        };
    }

    [Fact]
    public void Cypher_script_has_schema_first_then_nodes_then_relationships_in_batches()
    {
        var script = CypherScriptExporter.Export(SampleTimeline.Create(), batchSize: 2);
        var statements = script.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Select(s => string.Join('\n', s.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal)))).Where(s => s.Length > 0).ToList();
        var firstUnwind = statements.FindIndex(s => s.StartsWith("UNWIND", StringComparison.Ordinal));
        Assert.Equal(Cypher.Schema.Length, firstUnwind);
        var lastNode = statements.FindLastIndex(s => s.Contains("MERGE (n:", StringComparison.Ordinal));
        var firstRel = statements.FindIndex(s => s.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
        Assert.True(lastNode < firstRel);
        Assert.DoesNotContain(statements, s => s.Contains("$rows", StringComparison.Ordinal));
        // Batches of at most 2 rows: 4 events → 2 statements.
        Assert.Equal(2, statements.Count(s => s.Contains("MERGE (n:Event", StringComparison.Ordinal)));
        Assert.Contains("location: {latitude: 39.93, longitude: 32.86}", script, StringComparison.Ordinal);
        Assert.Contains("published: '2023-11-06'", script, StringComparison.Ordinal);
        Assert.Contains("SET n:Entity, n.name = row.name, n.location = point(row.location)", script, StringComparison.Ordinal);
        Assert.Equal(script, CypherScriptExporter.Export(SampleTimeline.Create(), batchSize: 2));
    }

    [Fact]
    public void Cypher_string_literals_cannot_be_broken_out_of()
    {
        var script = CypherScriptExporter.Export(Nasty());
        Assert.Contains(@"'O\'Brien said ""no"";\nthen \\ left,\r\tagain \u2028 }]) MATCH (n) DETACH DELETE n //'", script, StringComparison.Ordinal);
        // No raw newline inside any literal: every line outside comments belongs to statement structure.
        Assert.DoesNotContain("\nthen", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Neo4j_admin_export_writes_headers_files_and_the_import_command()
    {
        var files = Neo4jAdminExporter.Write(SampleTimeline.Create(), _dir);
        Assert.Contains(files, f => f.EndsWith("nodes-person.csv", StringComparison.Ordinal));
        Assert.Equal("id:ID,:LABEL,name,aliases:string[]", File.ReadLines(Path.Combine(_dir, "nodes-person.csv")).First());
        Assert.Equal("id:ID,:LABEL,name,location:point{crs:WGS-84},country", File.ReadLines(Path.Combine(_dir, "nodes-place.csv")).First());
        Assert.Equal(":START_ID,:END_ID,:TYPE,order:long,earliest:date,latest:date", File.ReadLines(Path.Combine(_dir, "rels-visited.csv")).First());
        Assert.Contains("\"{latitude:39.93, longitude:32.86}\"", File.ReadAllText(Path.Combine(_dir, "nodes-place.csv")), StringComparison.Ordinal);
        var commands = File.ReadAllText(Path.Combine(_dir, Neo4jAdminExporter.CommandsFile));
        Assert.Contains("neo4j-admin database import full --multiline-fields=true --array-delimiter=';' \\\n  --nodes=nodes-article.csv \\\n", commands, StringComparison.Ordinal);
        Assert.Contains("--relationships=rels-participated-in.csv", commands, StringComparison.Ordinal);
        Assert.Contains("cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f schema.cypher", commands, StringComparison.Ordinal);
        Assert.Equal(Cypher.SchemaScript(), File.ReadAllText(Path.Combine(_dir, "schema.cypher")));
    }

    [Fact]
    public void Neo4j_admin_csv_round_trips_to_the_same_nodes_and_edges()
    {
        var doc = Nasty();
        Neo4jAdminExporter.Write(doc, _dir);
        var model = GraphModel.Project(doc);

        var expectedNodes = model.Nodes.SelectMany(s => s.Rows.Select(r => Describe(string.Join(';', s.ExtraLabels.Prepend(s.Label)), s.Properties.Select(p => p.Name).ToArray(), r))).Order(StringComparer.Ordinal).ToList();
        var expectedRels = model.Relationships.SelectMany(s => s.Rows.Select(r => Describe(s.Type + "|" + r.Start + "|" + r.End, s.Properties.Select(p => p.Name).ToArray(), r.Values))).Order(StringComparer.Ordinal).ToList();

        var nodes = new List<string>();
        foreach (var file in Directory.GetFiles(_dir, "nodes-*.csv"))
        {
            foreach (var (header, values) in ReadCsv(file))
            {
                var names = header.Select(h => h.Split(':')[0]).ToArray();
                var labels = (string)values[1]!;
                var props = new object?[] { values[0] }.Concat(values.Skip(2)).ToArray();
                nodes.Add(Describe(labels, ["id", .. names.Skip(2)], props));
            }
        }

        var rels = new List<string>();
        foreach (var file in Directory.GetFiles(_dir, "rels-*.csv"))
        {
            foreach (var (header, values) in ReadCsv(file))
            {
                var names = header.Skip(3).Select(h => h.Split(':')[0]).ToArray();
                rels.Add(Describe(values[2] + "|" + values[0] + "|" + values[1], names, values.Skip(3).ToArray()));
            }
        }

        Assert.Equal(expectedNodes, nodes.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(expectedRels, rels.Order(StringComparer.Ordinal).ToList());
        Assert.Contains(nodes, n => n.Contains("O'Brien said \"no\";\nthen", StringComparison.Ordinal));
    }

    // Typed values read back from neo4j-admin columns (header types decide the parse).
    private static IEnumerable<(string[] Header, object?[] Values)> ReadCsv(string path)
    {
        using var reader = CsvReader.Create(new StreamReader(path, Encoding.UTF8), CsvReaderOptions.Default, false);
        while (reader.Read())
        {
            var header = reader.Headers.ToArray();
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var raw = reader.GetString(i);
                var type = header[i].Contains(':', StringComparison.Ordinal) ? header[i][(header[i].IndexOf(':', StringComparison.Ordinal) + 1)..] : "string";
                values[i] = raw.Length == 0 && !type.StartsWith("ID", StringComparison.Ordinal) && type is not ("LABEL" or "TYPE" or "START_ID" or "END_ID") ? null : type switch
                {
                    "long" => long.Parse(raw, CultureInfo.InvariantCulture),
                    "date" => DateOnly.ParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "string[]" => raw.Split(';').ToImmutableArray(),
                    "point{crs:WGS-84}" => ParsePoint(raw),
                    _ => raw,
                };
            }

            yield return (header, values);
        }
    }

    private static GeoPoint ParsePoint(string raw)
    {
        var m = Regex.Match(raw, @"^\{latitude:(?<lat>[-\d.E]+), longitude:(?<lon>[-\d.E]+)\}$");
        Assert.True(m.Success, raw);
        return new GeoPoint(double.Parse(m.Groups["lat"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["lon"].Value, CultureInfo.InvariantCulture));
    }

    // Null and empty (no property either way in neo4j-admin) describe alike; array elements lose ';' as documented.
    private static string Describe(string key, string[] names, object?[] values)
    {
        var sb = new StringBuilder(key);
        for (var i = 0; i < names.Length; i++)
        {
            var v = values[i] switch
            {
                null => "",
                ImmutableArray<string> list => list.Length == 0 ? "" : "[" + string.Join(",", list.Select(x => x.Replace(';', ','))) + "]",
                DateOnly d => GraphModel.Iso(d),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var o => o.ToString(),
            };
            sb.Append('|').Append(names[i]).Append('=').Append(v);
        }

        return sb.ToString();
    }
}
