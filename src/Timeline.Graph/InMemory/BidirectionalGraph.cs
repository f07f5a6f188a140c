using System.Collections.Immutable;

namespace Timeline.Graph;

/// <summary>Mutable graph under construction; <see cref="Freeze"/> turns it into an immutable <see cref="FrozenBidirectionalGraph{TVertex, TEdge}"/>.</summary>
public sealed class BidirectionalGraphBuilder<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly Dictionary<TVertex, int> _index;
    private readonly List<TVertex> _vertices = [];
    private readonly List<TEdge> _edges = [];
    private readonly List<int> _sources = [];
    private readonly List<int> _targets = [];

    /// <summary>An empty builder.</summary>
    public BidirectionalGraphBuilder() => _index = [];

    /// <summary>An empty builder sized for the expected number of vertices.</summary>
    public BidirectionalGraphBuilder(int vertexCapacity, int edgeCapacity)
    {
        _index = new Dictionary<TVertex, int>(vertexCapacity);
        _vertices.Capacity = vertexCapacity;
        _edges.Capacity = edgeCapacity;
        _sources.Capacity = edgeCapacity;
        _targets.Capacity = edgeCapacity;
    }

    /// <summary>Number of vertices added so far.</summary>
    public int VertexCount => _vertices.Count;

    /// <summary>Number of edges added so far.</summary>
    public int EdgeCount => _edges.Count;

    /// <summary>True when the vertex was added.</summary>
    public bool ContainsVertex(TVertex vertex) => _index.ContainsKey(vertex);

    /// <summary>Adds a vertex; returns false when it was already there.</summary>
    public bool AddVertex(TVertex vertex)
    {
        if (!_index.TryAdd(vertex, _vertices.Count)) return false;
        _vertices.Add(vertex);
        return true;
    }

    /// <summary>Adds an edge; both ends must already be vertices.</summary>
    public void AddEdge(TEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (!_index.TryGetValue(edge.Source, out var s)) throw new ArgumentException($"edge source {edge.Source} is not a vertex", nameof(edge));
        if (!_index.TryGetValue(edge.Target, out var t)) throw new ArgumentException($"edge target {edge.Target} is not a vertex", nameof(edge));
        _edges.Add(edge);
        _sources.Add(s);
        _targets.Add(t);
    }

    /// <summary>The immutable graph holding everything added so far; the builder can go on being used.</summary>
    public FrozenBidirectionalGraph<TVertex, TEdge> Freeze() => new([.. _vertices], new Dictionary<TVertex, int>(_index), [.. _edges], [.. _sources], [.. _targets]);
}

/// <summary>Immutable bidirectional graph with adjacency in compressed arrays (built by <see cref="BidirectionalGraphBuilder{TVertex, TEdge}.Freeze"/>).</summary>
public sealed class FrozenBidirectionalGraph<TVertex, TEdge> : IBidirectionalGraph<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly ImmutableArray<TVertex> _vertices;
    private readonly Dictionary<TVertex, int> _index;
    private readonly ImmutableArray<TEdge> _edges;
    private readonly Adjacency _out;
    private readonly Adjacency _in;

    internal FrozenBidirectionalGraph(ImmutableArray<TVertex> vertices, Dictionary<TVertex, int> index, ImmutableArray<TEdge> edges, int[] sources, int[] targets)
    {
        _vertices = vertices;
        _index = index;
        _edges = edges;
        _out = new Adjacency(vertices.Length, sources, edges);
        _in = new Adjacency(vertices.Length, targets, edges);
    }

    /// <inheritdoc/>
    public IReadOnlyList<TVertex> Vertices => _vertices;

    /// <inheritdoc/>
    public IReadOnlyList<TEdge> Edges => _edges;

    /// <inheritdoc/>
    public int VertexCount => _vertices.Length;

    /// <inheritdoc/>
    public int EdgeCount => _edges.Length;

    /// <inheritdoc/>
    public bool ContainsVertex(TVertex vertex) => _index.ContainsKey(vertex);

    /// <summary>Position of the vertex in <see cref="Vertices"/>, or -1.</summary>
    public int IndexOf(TVertex vertex) => _index.TryGetValue(vertex, out var i) ? i : -1;

    /// <inheritdoc/>
    public IReadOnlyList<TEdge> OutEdges(TVertex vertex) => _out.Of(Require(vertex));

    /// <inheritdoc/>
    public IReadOnlyList<TEdge> InEdges(TVertex vertex) => _in.Of(Require(vertex));

    private int Require(TVertex vertex) =>
        _index.TryGetValue(vertex, out var i) ? i : throw new KeyNotFoundException($"{vertex} is not a vertex of the graph");

    // Edges grouped by one endpoint: offsets[v]..offsets[v+1] index into a flat edge array (counting sort keeps insertion order).
    private sealed class Adjacency
    {
        private readonly int[] _offsets;
        private readonly TEdge[] _flat;

        public Adjacency(int vertexCount, int[] keys, ImmutableArray<TEdge> edges)
        {
            _offsets = new int[vertexCount + 1];
            foreach (var k in keys) _offsets[k + 1]++;
            for (var v = 0; v < vertexCount; v++) _offsets[v + 1] += _offsets[v];
            _flat = new TEdge[edges.Length];
            var fill = new int[vertexCount];
            for (var i = 0; i < keys.Length; i++)
            {
                var k = keys[i];
                _flat[_offsets[k] + fill[k]++] = edges[i];
            }
        }

        public ArraySegment<TEdge> Of(int v) => new ArraySegment<TEdge>(_flat, _offsets[v], _offsets[v + 1] - _offsets[v]);
    }
}
