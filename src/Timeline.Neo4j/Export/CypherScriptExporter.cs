using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Timeline.Core;

namespace Timeline.Neo4j;

/// <summary>Writes a Cypher script that creates the timeline graph: schema first, then <c>UNWIND</c> batches with literal data.</summary>
public static class CypherScriptExporter
{
    /// <summary>Default rows per <c>UNWIND</c> statement.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>Writes the script (statements end with <c>;</c> on their own line end, for <c>cypher-shell -f</c> and Browser).</summary>
    public static void Write(TimelineDocument document, TextWriter writer, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var model = GraphModel.Project(document);
        writer.Write("// Timeline graph: run with `cypher-shell -f timeline.cypher` (or paste into Neo4j Browser with multi-statement mode on).\n");
        writer.Write("// Idempotent: MERGE on ids, so running it twice creates nothing new.\n");
        foreach (var s in Cypher.Schema)
        {
            writer.Write(s);
            writer.Write(";\n");
        }

        var sb = new StringBuilder(1 << 16);
        foreach (var set in model.Nodes)
        {
            WriteBatches(writer, sb, Cypher.MergeNodes(set, Placeholder), set.Rows, batchSize, (b, row) => AppendNodeRow(b, set, row));
        }

        foreach (var set in model.Relationships)
        {
            WriteBatches(writer, sb, Cypher.MergeRelationships(set, Placeholder), set.Rows, batchSize, (b, row) => AppendRelationshipRow(b, set, row));
        }
    }

    /// <summary>One UNWIND statement per batch, with the batch's rows written as a literal list where the parameter was.</summary>
    private static void WriteBatches<TRow>(TextWriter writer, StringBuilder sb, string statement, IReadOnlyList<TRow> rows, int batchSize, Action<StringBuilder, TRow> appendRow)
    {
        var (head, tail) = Split(statement);
        for (var i = 0; i < rows.Count; i += batchSize)
        {
            sb.Clear();
            sb.Append(head).Append('[');
            var end = Math.Min(rows.Count, i + batchSize);
            for (var r = i; r < end; r++)
            {
                if (r > i) sb.Append(",\n  ");
                appendRow(sb, rows[r]);
            }

            sb.Append(']').Append(tail).Append(";\n");
            writer.Write(sb);
        }
    }

    /// <summary>The script as a string.</summary>
    public static string Export(TimelineDocument document, int batchSize = DefaultBatchSize)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, w, batchSize);
        return w.ToString();
    }

    private const string Placeholder = "\u0001ROWS\u0001";

    private static (string Head, string Tail) Split(string statement)
    {
        var i = statement.IndexOf(Placeholder, StringComparison.Ordinal);
        return (statement[..i], statement[(i + Placeholder.Length)..]);
    }

    private static void AppendNodeRow(StringBuilder sb, NodeSet set, object?[] row)
    {
        sb.Append('{');
        for (var c = 0; c < set.Properties.Length; c++)
        {
            if (c > 0) sb.Append(", ");
            sb.Append(set.Properties[c].Name).Append(": ");
            AppendLiteral(sb, row[c]);
        }

        sb.Append('}');
    }

    private static void AppendRelationshipRow(StringBuilder sb, RelationshipSet set, RelationshipRow row)
    {
        sb.Append("{src: ");
        AppendString(sb, row.Start);
        sb.Append(", dst: ");
        AppendString(sb, row.End);
        for (var c = 0; c < set.Properties.Length; c++)
        {
            sb.Append(", ").Append(set.Properties[c].Name).Append(": ");
            AppendLiteral(sb, row.Values[c]);
        }

        sb.Append('}');
    }

    /// <summary>A Cypher literal for a model value (strings single-quoted and escaped, dates as ISO strings, points as maps).</summary>
    internal static void AppendLiteral(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                AppendString(sb, s);
                break;
            case long l:
                sb.Append(CultureInfo.InvariantCulture, $"{l}");
                break;
            case DateOnly d:
                sb.Append('\'').Append(GraphModel.Iso(d)).Append('\'');
                break;
            case GeoPoint p:
                sb.Append("{latitude: ").Append(Float(p.Latitude)).Append(", longitude: ").Append(Float(p.Longitude)).Append('}');
                break;
            case ImmutableArray<string> list:
                sb.Append('[');
                for (var i = 0; i < list.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendString(sb, list[i]);
                }

                sb.Append(']');
                break;
            default:
                throw new InvalidOperationException("no Cypher literal for " + value.GetType().Name);
        }
    }

    internal static string Float(double d)
    {
        if (!double.IsFinite(d)) throw new InvalidDataException("coordinate is not a finite number");
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }

    /// <summary>Single-quoted Cypher string: backslash, quotes and control characters escaped, so no data can end the literal.</summary>
    internal static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= ' ' && c != '\'' && c != '\\' && c != '\u2028' && c != '\u2029' && c != '\u007F') continue;
            sb.Append(s, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '\'': sb.Append("\\'"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        sb.Append(s, start, s.Length - start).Append('\'');
    }
}
