namespace Timeline.Graph.Tests;

public sealed class GraphAlgorithmsTests
{
    private sealed record E(string Source, string Target) : IEdge<string>;

    private static FrozenBidirectionalGraph<string, E> Build(string vertices, params string[] edges)
    {
        var b = new BidirectionalGraphBuilder<string, E>();
        foreach (var v in vertices.Split(' ')) b.AddVertex(v);
        foreach (var e in edges) b.AddEdge(new E(e.Split('>')[0], e.Split('>')[1]));
        return b.Freeze();
    }

    [Fact]
    public void Builder_rejects_edges_to_unknown_vertices_and_freeze_keeps_in_and_out_edges()
    {
        var b = new BidirectionalGraphBuilder<string, E>();
        Assert.True(b.AddVertex("a"));
        Assert.False(b.AddVertex("a"));
        b.AddVertex("b");
        Assert.Throws<ArgumentException>(() => b.AddEdge(new E("a", "zz")));
        b.AddEdge(new E("a", "b"));
        var g = b.Freeze();
        b.AddVertex("c");
        Assert.Equal(2, g.VertexCount);
        Assert.False(g.ContainsVertex("c"));
        Assert.Equal("b", Assert.Single(g.OutEdges("a")).Target);
        Assert.Empty(g.InEdges("a"));
        Assert.Equal("a", Assert.Single(g.InEdges("b")).Source);
        Assert.Throws<KeyNotFoundException>(() => g.OutEdges("c"));
    }

    [Fact]
    public void Shortest_path_takes_the_fewest_edges_ignoring_direction()
    {
        // a-b-c-d-e long way round, a<-x->e short way (x points at both).
        var g = Build("a b c d e x", "a>b", "b>c", "c>d", "d>e", "x>a", "x>e");
        var path = GraphAlgorithms.ShortestPath(g, "a", "e");
        Assert.NotNull(path);
        Assert.Equal([new E("x", "a"), new E("x", "e")], path);
        Assert.Empty(GraphAlgorithms.ShortestPath(g, "c", "c")!);
    }

    [Fact]
    public void Shortest_path_respects_the_edge_filter_and_reports_unreachable()
    {
        var g = Build("a b c d", "a>b", "b>c");
        Assert.Null(GraphAlgorithms.ShortestPath(g, "a", "d"));
        Assert.Null(GraphAlgorithms.ShortestPath(g, "a", "c", e => e.Target != "c"));
        Assert.Null(GraphAlgorithms.ShortestPath(g, "a", "nowhere"));
    }

    [Fact]
    public void Neighbourhood_stops_at_k_hops_with_distances()
    {
        var g = Build("a b c d", "a>b", "c>b", "c>d");
        Assert.Equal([new("a", 0), new("b", 1)], GraphAlgorithms.Neighbourhood(g, "a", 1));
        Assert.Equal([new("a", 0), new("b", 1), new("c", 2)], GraphAlgorithms.Neighbourhood(g, "a", 2));
        Assert.Equal(4, GraphAlgorithms.Neighbourhood(g, "a", 3).Count);
        Assert.Equal([new("a", 0)], GraphAlgorithms.Neighbourhood(g, "a", 0));
    }

    [Fact]
    public void Connected_components_are_weak_and_largest_first()
    {
        var g = Build("a b c d e f", "a>b", "d>e", "f>e", "e>d");
        var components = GraphAlgorithms.ConnectedComponents(g);
        Assert.Equal(3, components.Count);
        Assert.Equal(["d", "e", "f"], components[0]);
        Assert.Equal(["a", "b"], components[1]);
        Assert.Equal(["c"], components[2]);
    }

    [Fact]
    public void Degree_counts_both_directions()
    {
        var g = Build("a b c", "a>b", "c>a", "a>c");
        Assert.Equal(3, GraphAlgorithms.Degree(g, "a"));
        Assert.Equal(1, GraphAlgorithms.Degree(g, "a", e => e.Source == "a" && e.Target == "b"));
    }

    [Fact]
    public void Topological_order_follows_edges_breaks_ties_by_vertex_order_and_keeps_cycles()
    {
        var g = Build("c a b d x y", "a>b", "c>a", "x>y", "y>x");
        Assert.Equal(["c", "a", "b", "d", "x", "y"], GraphAlgorithms.TopologicalOrder(g));
    }
}
