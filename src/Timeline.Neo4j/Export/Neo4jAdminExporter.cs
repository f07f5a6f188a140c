using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsvHelper;
using Timeline.Core;

namespace Timeline.Neo4j;

/// <summary>Writes CSV files with neo4j-admin import headers, the schema script, and the exact import command.</summary>
public static class Neo4jAdminExporter
{
    /// <summary>Name of the file holding the commands to run.</summary>
    public const string CommandsFile = "IMPORT.md";

    /// <summary>Writes every file into <paramref name="directory"/> (created if needed); returns the paths written, in order.</summary>
    public static ImmutableArray<string> Write(TimelineDocument document, string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var model = GraphModel.Project(document);
        var written = new List<string>();
        var nodeFiles = new List<string>();
        var relFiles = new List<string>();
        foreach (var set in model.Nodes)
        {
            var name = "nodes-" + set.Label.ToLowerInvariant() + ".csv";
            WriteCsv(Path.Combine(directory, name), NodeHeader(set), set.Rows.Select(r => NodeRecord(set, r)));
            nodeFiles.Add(name);
        }

        foreach (var set in model.Relationships)
        {
            var name = "rels-" + set.Type.ToLowerInvariant().Replace('_', '-') + ".csv";
            WriteCsv(Path.Combine(directory, name), RelationshipHeader(set), set.Rows.Select(r => RelationshipRecord(set, r)));
            relFiles.Add(name);
        }

        written.AddRange(nodeFiles.Concat(relFiles).Select(f => Path.Combine(directory, f)));
        File.WriteAllText(Path.Combine(directory, "schema.cypher"), Cypher.SchemaScript(), new UTF8Encoding(false));
        written.Add(Path.Combine(directory, "schema.cypher"));
        File.WriteAllText(Path.Combine(directory, CommandsFile), Commands(nodeFiles, relFiles), new UTF8Encoding(false));
        written.Add(Path.Combine(directory, CommandsFile));
        return [.. written];
    }

    /// <summary>The <c>neo4j-admin database import full</c> command for the given files, run from the folder holding them.</summary>
    public static string ImportCommand(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles, string prefix = "", string database = "neo4j") =>
        "neo4j-admin database import full --multiline-fields=true --array-delimiter=';' \\\n"
        + string.Concat(nodeFiles.Select(f => $"  --nodes={prefix}{f} \\\n"))
        + string.Concat(relationshipFiles.Select(f => $"  --relationships={prefix}{f} \\\n"))
        + "  " + database;

    private static string Commands(List<string> nodeFiles, List<string> relFiles)
    {
        var sb = new StringBuilder();
        sb.Append("# Bulk import into Neo4j with neo4j-admin\n\n");
        sb.Append("The database must be empty (or stopped and replaced: add `--overwrite-destination`). Stop it first\n");
        sb.Append("(`neo4j stop`, or `STOP DATABASE neo4j` on Enterprise), then run from this folder:\n\n```sh\n");
        sb.Append(ImportCommand(nodeFiles, relFiles)).Append("\n```\n\n");
        sb.Append("With Docker (this folder mounted at /import, data in the volume `neo4j-data`):\n\n```sh\n");
        sb.Append("docker run --rm -v \"$PWD\":/import -v neo4j-data:/data neo4j:5.26 \\\n  ");
        sb.Append(ImportCommand(nodeFiles, relFiles, "/import/").Replace("\n", "\n  ", StringComparison.Ordinal)).Append("\n```\n\n");
        sb.Append("Then start Neo4j and create the constraints and indexes (the import does not):\n\n```sh\n");
        sb.Append("cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f schema.cypher\n```\n");
        return sb.ToString();
    }

    private static string[] NodeHeader(NodeSet set) =>
        ["id:ID", ":LABEL", .. set.Properties.Skip(1).Select(p => p.Name + TypeSuffix(p.Type))];

    private static string[] RelationshipHeader(RelationshipSet set) =>
        [":START_ID", ":END_ID", ":TYPE", .. set.Properties.Select(p => p.Name + TypeSuffix(p.Type))];

    private static string TypeSuffix(PropertyType t) => t switch
    {
        PropertyType.Integer => ":long",
        PropertyType.StringList => ":string[]",
        PropertyType.Date => ":date",
        PropertyType.Point => ":point{crs:WGS-84}",
        _ => "",
    };

    private static string[] NodeRecord(NodeSet set, object?[] row) =>
        [(string)row[0]!, string.Join(';', set.ExtraLabels.Prepend(set.Label)), .. row.Skip(1).Select(Field)];

    private static string[] RelationshipRecord(RelationshipSet set, RelationshipRow row) =>
        [row.Start, row.End, set.Type, .. row.Values.Select(Field)];

    // Empty field = no property (neo4j-admin skips empty fields); the array delimiter cannot be escaped, so ';' inside an element becomes ','.
    internal static string Field(object? value) => value switch
    {
        null => "",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateOnly d => GraphModel.Iso(d),
        GeoPoint p => "{latitude:" + CypherScriptExporter.Float(p.Latitude) + ", longitude:" + CypherScriptExporter.Float(p.Longitude) + "}",
        ImmutableArray<string> list => string.Join(';', list.Select(x => x.Replace(';', ','))),
        _ => throw new InvalidOperationException("no CSV field for " + value.GetType().Name),
    };

    private static void WriteCsv(string path, string[] header, IEnumerable<string[]> records)
    {
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, false);
        foreach (var h in header) csv.WriteField(h);
        csv.EndRecord();
        foreach (var r in records)
        {
            foreach (var f in r) csv.WriteField(f);
            csv.EndRecord();
        }
    }
}
