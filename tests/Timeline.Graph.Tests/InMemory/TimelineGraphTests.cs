namespace Timeline.Graph.Tests;

public sealed class TimelineGraphTests
{
    private static readonly TimelineGraph Graph = TimelineGraph.From(SampleTimeline.Create());

    [Fact]
    public void From_builds_typed_nodes_and_edges_of_the_model()
    {
        var g = Graph.Graph;
        Assert.Equal(2 + 11 + 4, g.VertexCount); // the Other entity is left out
        Assert.Null(Graph.ById("other/thing"));
        Assert.Equal(NodeKind.Place, Graph.ById("place/ankara")!.Kind);
        var ankara = Graph.ById("place/ankara")!;
        Assert.Equal("country/turkey", Assert.Single(g.OutEdges(ankara), e => e.Kind == EdgeKind.LocatedIn).Target.Id);
        var blinken = Graph.ById("person/antony-blinken")!;
        Assert.Equal([1, 2], g.OutEdges(blinken).Where(e => e.Kind == EdgeKind.Visited).Select(e => e.Order));
        Assert.Equal("Secretary of State", Assert.Single(g.OutEdges(blinken), e => e.Kind == EdgeKind.HoldsRole).Detail);
        Assert.Equal(3, g.Edges.Count(e => e.Kind == EdgeKind.Next));
        var ankaraMeeting = Graph.ById("event/2023-11-06-meet-ankara")!;
        Assert.Equal(2, g.OutEdges(ankaraMeeting).Count(e => e.Kind == EdgeKind.ReportedIn));
    }

    [Theory]
    [InlineData("Blinken", "person/antony-blinken")]
    [InlineData("ANTONY blinken", "person/antony-blinken")]
    [InlineData("Erdogan", "person/recep-tayyip-erdogan")]
    [InlineData("erdoğan", "person/recep-tayyip-erdogan")]
    [InlineData("turkiye", "country/turkey")]
    [InlineData("u.s.", "country/united-states")]
    [InlineData("Tayyip", "person/recep-tayyip-erdogan")]
    [InlineData("place/ankara", "place/ankara")]
    public void Find_matches_names_and_aliases_ignoring_case_and_accents(string name, string id) =>
        Assert.Equal(id, Graph.Find(name).Id);

    [Fact]
    public void Find_of_an_unknown_name_lists_the_closest_names()
    {
        var ex = Assert.Throws<UnknownNameException>(() => Graph.Find("Blinkin"));
        Assert.Equal("Antony Blinken", ex.Closest[0]);
        Assert.Contains("closest: Antony Blinken", ex.Message, StringComparison.Ordinal);
        Assert.Throws<UnknownNameException>(() => Graph.Find("Some Thing"));
    }

    [Fact]
    public void Path_goes_through_shared_events()
    {
        var path = Graph.Path(Graph.Find("Blinken"), Graph.Find("Erdogan"));
        Assert.NotNull(path);
        // Blinken → Ankara meeting → (Fidan or Ankara) → statement → Erdoğan: four edges either way.
        Assert.Equal(4, path.Count);
        Assert.Equal("event/2023-11-06-meet-ankara", path[0].Target.Id);
        Assert.Equal("event/2023-11-07-statement", path[3].Target.Id);
        Assert.Equal("person/recep-tayyip-erdogan", path[3].Source.Id);
        Assert.All(path, e => Assert.True(TimelineGraph.ThroughEvents(e)));
        Assert.Null(Graph.Path(Graph.Find("Blinken"), Graph.Find("Lone Figure")));
    }

    [Fact]
    public void Neighbours_are_within_k_hops()
    {
        var hamas = Graph.Find("Hamas");
        var one = Graph.Neighbours(hamas, 1);
        Assert.Equal(["event/2023-11-04-attack"], one.Select(kv => kv.Key.Id));
        var two = Graph.Neighbours(hamas, 2);
        Assert.Contains(two, kv => kv.Key.Id == "country/israel" && kv.Value == 2);
    }

    [Fact]
    public void Events_of_an_actor_follow_the_timeline()
    {
        Assert.Equal(["event/2023-11-03-meet-tel-aviv", "event/2023-11-06-meet-ankara"], Graph.EventsOf(Graph.Find("Blinken")).Select(e => e.Id));
        Assert.Equal(["agent"], Graph.RolesIn(Graph.Find("Blinken"), Graph.ById("event/2023-11-03-meet-tel-aviv")!));
        Assert.Equal("event/2023-11-07-statement", Graph.EventOrder[^1].Id);
    }

    [Fact]
    public void Key_actors_rank_by_co_participation_then_events()
    {
        var top = Graph.KeyActors(3);
        Assert.Equal("person/antony-blinken", top[0].Actor.Id); // 2 events, 2 partners; Fidan also 2 and 2, Blinken sorts first by name
        Assert.Equal(2, top[0].CoParticipants);
        Assert.Equal("person/hakan-fidan", top[1].Actor.Id);
        Assert.DoesNotContain(Graph.KeyActors(100), r => r.Actor.Id == "person/lone-figure");
    }

    [Fact]
    public void Components_separate_unconnected_actors()
    {
        var components = Graph.Components();
        Assert.Contains(components, c => c.Length == 1 && c[0].Id == "person/lone-figure");
        Assert.Contains(components[0], n => n.Id == "person/recep-tayyip-erdogan");
    }
}
