namespace Timeline.Graph;

/// <summary>A directed edge between two vertices (QuikGraph's <c>IEdge&lt;TVertex&gt;</c> shape).</summary>
public interface IEdge<out TVertex>
{
    /// <summary>Where the edge starts.</summary>
    TVertex Source { get; }

    /// <summary>Where the edge ends.</summary>
    TVertex Target { get; }
}

/// <summary>A read-only directed graph that can walk edges both ways (QuikGraph's <c>IBidirectionalGraph</c> shape).</summary>
public interface IBidirectionalGraph<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    /// <summary>Every vertex, in insertion order.</summary>
    IReadOnlyList<TVertex> Vertices { get; }

    /// <summary>Every edge, in insertion order.</summary>
    IReadOnlyList<TEdge> Edges { get; }

    /// <summary>Number of vertices.</summary>
    int VertexCount { get; }

    /// <summary>Number of edges.</summary>
    int EdgeCount { get; }

    /// <summary>True when the vertex is in the graph.</summary>
    bool ContainsVertex(TVertex vertex);

    /// <summary>Edges leaving the vertex.</summary>
    IReadOnlyList<TEdge> OutEdges(TVertex vertex);

    /// <summary>Edges entering the vertex.</summary>
    IReadOnlyList<TEdge> InEdges(TVertex vertex);
}
