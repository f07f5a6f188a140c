using System.Collections.Immutable;
using System.Text;

namespace Timeline.Neo4j;

/// <summary>Every Cypher text the loader and the script export send: built only from the fixed model, never from data.</summary>
internal static class Cypher
{
    private static readonly string[] ConstrainedLabels = ["Article", "Entity", "Person", "Organization", "Country", "Place", "Event"];

    /// <summary>Uniqueness constraints on id per label, then indexes for names and dates (graph-schema/schema.cypher holds the same text).</summary>
    public static ImmutableArray<string> Schema { get; } = BuildSchema();

    private static ImmutableArray<string> BuildSchema()
    {
        var list = new List<string>();
        foreach (var l in ConstrainedLabels)
            list.Add($"CREATE CONSTRAINT {l.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{l}) REQUIRE n.id IS UNIQUE");
        foreach (var l in new[] { "Entity", "Person", "Organization", "Country", "Place", "Event", "Article" })
            list.Add($"CREATE INDEX {l.ToLowerInvariant()}_name IF NOT EXISTS FOR (n:{l}) ON (n.name)");
        list.Add("CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)");
        list.Add("CREATE INDEX event_earliest IF NOT EXISTS FOR (n:Event) ON (n.earliest)");
        list.Add("CREATE INDEX event_latest IF NOT EXISTS FOR (n:Event) ON (n.latest)");
        list.Add("CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)");
        list.Add("CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location)");
        return [.. list];
    }

    /// <summary>The text of graph-schema/schema.cypher.</summary>
    public static string SchemaScript()
    {
        var sb = new StringBuilder();
        sb.Append("// Timeline graph schema: uniqueness of id per label, indexes for names and dates.\n");
        sb.Append("// Generated from src/Timeline.Neo4j/Model/Cypher.cs (a test keeps the two equal). Run before a load or after neo4j-admin import.\n");
        foreach (var s in Schema) sb.Append(s).Append(";\n");
        return sb.ToString();
    }

    /// <summary><c>UNWIND {rows} AS row MERGE (n:Label {id: row.id}) SET …</c> for one label; <paramref name="rows"/> is <c>$rows</c> or a literal list.</summary>
    public static string MergeNodes(NodeSet set, string rows = "$rows")
    {
        ArgumentNullException.ThrowIfNull(set);
        var sb = new StringBuilder();
        sb.Append("UNWIND ").Append(rows).Append(" AS row\nMERGE (n:").Append(set.Label).Append(" {id: row.id})\nSET ");
        var first = true;
        foreach (var extra in set.ExtraLabels)
        {
            sb.Append("n:").Append(extra);
            first = false;
        }

        foreach (var p in set.Properties.Skip(1))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append("n.").Append(p.Name).Append(" = ").Append(Value(p));
        }

        return sb.ToString();
    }

    /// <summary><c>UNWIND {rows} AS row MATCH … MERGE (a)-[r:TYPE {keys}]->(b) SET …</c> for one relationship type.</summary>
    public static string MergeRelationships(RelationshipSet set, string rows = "$rows")
    {
        ArgumentNullException.ThrowIfNull(set);
        var sb = new StringBuilder();
        sb.Append("UNWIND ").Append(rows).Append(" AS row\nMATCH (a:").Append(set.StartLabel).Append(" {id: row.src})\nMATCH (b:")
          .Append(set.EndLabel).Append(" {id: row.dst})\nMERGE (a)-[r:").Append(set.Type);
        if (set.MergeKeys.Length > 0)
        {
            sb.Append(" {");
            sb.Append(string.Join(", ", set.MergeKeys.Select(k => k + ": row." + k)));
            sb.Append('}');
        }

        sb.Append("]->(b)");
        var rest = set.Properties.Where(p => !set.MergeKeys.Contains(p.Name)).ToList();
        if (rest.Count > 0) sb.Append("\nSET ").Append(string.Join(", ", rest.Select(p => "r." + p.Name + " = " + Value(p))));
        return sb.ToString();
    }

    private static string Value(PropertySpec p) => p.Type switch
    {
        PropertyType.Date => $"date(row.{p.Name})",
        PropertyType.Point => $"point(row.{p.Name})",
        _ => "row." + p.Name,
    };
}
