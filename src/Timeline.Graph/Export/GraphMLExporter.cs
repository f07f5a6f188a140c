using System.Globalization;
using System.Text;
using System.Xml;
using Timeline.Core;

namespace Timeline.Graph;

/// <summary>Writes the timeline graph as GraphML (Gephi, yEd, Cytoscape): typed nodes and edges with their attributes.</summary>
public static class GraphMLExporter
{
    /// <summary>Writes GraphML for the document to <paramref name="output"/> (UTF-8, LF, deterministic).</summary>
    public static void Write(TimelineDocument document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var graph = TimelineGraph.From(document);
        var entities = document.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var events = document.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), CheckCharacters = false };
        using var w = XmlWriter.Create(output, settings);
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        w.WriteStartDocument();
        w.WriteStartElement("graphml", ns);
        Key(w, "label", "node", "label", "string");
        Key(w, "kind", "node", "kind", "string");
        Key(w, "date", "node", "date", "string");
        Key(w, "eventType", "node", "eventType", "string");
        Key(w, "lat", "node", "latitude", "double");
        Key(w, "lon", "node", "longitude", "double");
        Key(w, "type", "edge", "type", "string");
        Key(w, "detail", "edge", "detail", "string");
        Key(w, "order", "edge", "order", "int");
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("id", "timeline");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var v in graph.Graph.Vertices.OrderBy(v => v.Id, StringComparer.Ordinal))
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", v.Id);
            Data(w, "label", v.Name);
            Data(w, "kind", v.Kind.ToString());
            if (events.TryGetValue(v.Id, out var ev))
            {
                Data(w, "eventType", ev.Type);
                if (ev.Date?.Earliest is { } d) Data(w, "date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (entities.TryGetValue(v.Id, out var en) && en.Geo is { } g)
            {
                Data(w, "lat", g.Lat.ToString("R", CultureInfo.InvariantCulture));
                Data(w, "lon", g.Lon.ToString("R", CultureInfo.InvariantCulture));
            }

            w.WriteEndElement();
        }

        var n = 0;
        foreach (var e in graph.Graph.Edges.OrderBy(e => e.Kind).ThenBy(e => e.Source.Id, StringComparer.Ordinal).ThenBy(e => e.Target.Id, StringComparer.Ordinal).ThenBy(e => e.Detail, StringComparer.Ordinal).ThenBy(e => e.Order))
        {
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", "e" + (n++).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", e.Source.Id);
            w.WriteAttributeString("target", e.Target.Id);
            Data(w, "type", TypeName(e.Kind));
            if (e.Detail is not null) Data(w, "detail", e.Detail);
            if (e.Order > 0) Data(w, "order", e.Order.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        w.Flush();
        output.Write('\n');
    }

    /// <summary>The GraphML text.</summary>
    public static string Export(TimelineDocument document)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(document, sw);
        return sw.ToString();
    }

    /// <summary>The Neo4j relationship type name of an edge kind (PARTICIPATED_IN, …).</summary>
    public static string TypeName(EdgeKind kind) => kind switch
    {
        EdgeKind.ParticipatedIn => "PARTICIPATED_IN",
        EdgeKind.OccurredIn => "OCCURRED_IN",
        EdgeKind.ReportedIn => "REPORTED_IN",
        EdgeKind.MentionedIn => "MENTIONED_IN",
        EdgeKind.HoldsRole => "HOLDS_ROLE",
        EdgeKind.LocatedIn => "LOCATED_IN",
        EdgeKind.Next => "NEXT",
        _ => "VISITED",
    };

    private static void Key(XmlWriter w, string id, string target, string name, string type)
    {
        w.WriteStartElement("key", "http://graphml.graphdrawing.org/xmlns");
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", target);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    // XML 1.0 cannot hold most control characters even escaped; they become spaces.
    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", "http://graphml.graphdrawing.org/xmlns");
        w.WriteAttributeString("key", key);
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    private static string Clean(string s)
    {
        foreach (var c in s)
        {
            if (c < ' ' && c is not ('\n' or '\t' or '\r') || c is '\uFFFE' or '\uFFFF') return string.Concat(s.Select(ch => ch < ' ' && ch is not ('\n' or '\t' or '\r') || ch is '\uFFFE' or '\uFFFF' ? ' ' : ch));
        }

        return s;
    }
}
