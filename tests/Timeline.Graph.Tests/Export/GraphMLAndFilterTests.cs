using System.Xml.Linq;

namespace Timeline.Graph.Tests;

public sealed class GraphMLAndFilterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void GraphML_holds_every_node_and_edge_with_types_and_is_deterministic()
    {
        var doc = SampleTimeline.Create();
        var text = GraphMLExporter.Export(doc);
        Assert.Equal(text, GraphMLExporter.Export(doc));
        var xml = XDocument.Parse(text);
        var graph = TimelineGraph.From(doc).Graph;
        Assert.Equal(graph.VertexCount, xml.Descendants(Ns + "node").Count());
        Assert.Equal(graph.EdgeCount, xml.Descendants(Ns + "edge").Count());
        var ankara = xml.Descendants(Ns + "node").Single(n => (string?)n.Attribute("id") == "place/ankara");
        Assert.Equal("32.86", ankara.Elements(Ns + "data").Single(d => (string?)d.Attribute("key") == "lon").Value);
        Assert.Contains(xml.Descendants(Ns + "edge"), e => (string?)e.Attribute("source") == "person/antony-blinken"
            && e.Elements(Ns + "data").Any(d => d.Value == "VISITED") && e.Elements(Ns + "data").Any(d => (string?)d.Attribute("key") == "order" && d.Value == "2"));
    }

    [Fact]
    public void Filter_by_actor_keeps_its_events_and_everything_they_reference()
    {
        var doc = SampleTimeline.Create();
        var sub = TimelineFilter.Apply(doc, new TimelineFilterOptions { Actor = "blinken" });
        Assert.Equal(["event/2023-11-03-meet-tel-aviv", "event/2023-11-06-meet-ankara"], sub.Timeline);
        Assert.Equal(sub.Timeline, sub.Events.Select(e => e.Id));
        var ids = sub.Entities.Select(e => e.Id).ToHashSet();
        foreach (var e in sub.Events)
        {
            Assert.All(e.Participants, p => Assert.Contains(p.Entity, ids));
            if (e.Place is not null) Assert.Contains(e.Place, ids);
            Assert.All(e.Sources, s => Assert.Contains(sub.Articles, a => a.Id == s.Article));
        }

        Assert.Contains("country/turkey", ids); // Ankara's country and Fidan's role body
        Assert.Contains("country/united-states", ids); // Blinken's role body
        Assert.DoesNotContain("organization/hamas", ids);
        Assert.Equal(2, Assert.Single(sub.Itineraries).Stops.Length);
        // Self-contained: the sub-timeline round-trips and builds a graph.
        Assert.Equal(sub.Events.Length, TimelineJson.Parse(TimelineJson.Serialize(sub)).Events.Length);
    }

    [Fact]
    public void Filter_by_country_place_dates_and_type_combine()
    {
        var doc = SampleTimeline.Create();
        var inTurkey = TimelineFilter.Apply(doc, new TimelineFilterOptions { Place = "Turkey" });
        Assert.Equal(["event/2023-11-06-meet-ankara", "event/2023-11-07-statement"], inTurkey.Timeline);
        var range = TimelineFilter.Apply(doc, new TimelineFilterOptions { From = new DateOnly(2023, 11, 4), To = new DateOnly(2023, 11, 6) });
        Assert.Equal(["event/2023-11-04-attack", "event/2023-11-06-meet-ankara"], range.Timeline);
        var meetings = TimelineFilter.Apply(doc, new TimelineFilterOptions { Type = "MEET", To = new DateOnly(2023, 11, 5) });
        Assert.Equal(["event/2023-11-03-meet-tel-aviv"], meetings.Timeline);
        var stops = Assert.Single(meetings.Itineraries).Stops;
        Assert.Equal("place/tel-aviv", Assert.Single(stops).Place);
        Assert.Throws<UnknownNameException>(() => TimelineFilter.Apply(doc, new TimelineFilterOptions { Actor = "Nobody Known" }));
        Assert.Same(doc, TimelineFilter.Apply(doc, new TimelineFilterOptions()));
    }
}
