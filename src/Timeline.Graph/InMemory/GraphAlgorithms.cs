using System.Collections.Immutable;

namespace Timeline.Graph;

/// <summary>Graph algorithms over <see cref="IBidirectionalGraph{TVertex, TEdge}"/>; edges are walked in both directions.</summary>
public static class GraphAlgorithms
{
    /// <summary>
    /// Breadth-first shortest path from <paramref name="source"/> to <paramref name="target"/>, ignoring edge direction,
    /// over the edges <paramref name="follow"/> accepts; the edges in path order, or null when unreachable.
    /// Ties are broken by edge insertion order, so the result is deterministic.
    /// </summary>
    public static IReadOnlyList<TEdge>? ShortestPath<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph, TVertex source, TVertex target, Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.ContainsVertex(source) || !graph.ContainsVertex(target)) return null;
        if (EqualityComparer<TVertex>.Default.Equals(source, target)) return [];
        var cameBy = new Dictionary<TVertex, TEdge>();
        var seen = new HashSet<TVertex> { source };
        var queue = new Queue<TVertex>();
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var (edge, next) in Incident(graph, v, follow))
            {
                if (!seen.Add(next)) continue;
                cameBy[next] = edge;
                if (EqualityComparer<TVertex>.Default.Equals(next, target)) return Unwind(cameBy, source, target);
                queue.Enqueue(next);
            }
        }

        return null;
    }

    /// <summary>Every vertex within <paramref name="hops"/> edges of <paramref name="start"/> (start included at 0), with its distance, in discovery order.</summary>
    public static IReadOnlyList<KeyValuePair<TVertex, int>> Neighbourhood<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph, TVertex start, int hops, Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        var distance = new Dictionary<TVertex, int> { [start] = 0 };
        var order = new List<KeyValuePair<TVertex, int>> { new(start, 0) };
        var queue = new Queue<TVertex>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            var d = distance[v];
            if (d == hops) continue;
            foreach (var (_, next) in Incident(graph, v, follow))
            {
                if (!distance.TryAdd(next, d + 1)) continue;
                order.Add(new(next, d + 1));
                queue.Enqueue(next);
            }
        }

        return order;
    }

    /// <summary>Weakly connected components over the accepted edges, each in vertex order, largest first (ties by first vertex).</summary>
    public static IReadOnlyList<ImmutableArray<TVertex>> ConnectedComponents<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph, Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var position = new Dictionary<TVertex, int>(graph.VertexCount);
        for (var i = 0; i < graph.VertexCount; i++) position[graph.Vertices[i]] = i;
        var component = new int[graph.VertexCount];
        Array.Fill(component, -1);
        var members = new List<List<int>>();
        var stack = new Stack<int>();
        for (var i = 0; i < graph.VertexCount; i++)
        {
            if (component[i] >= 0) continue;
            var c = members.Count;
            var list = new List<int>();
            members.Add(list);
            component[i] = c;
            stack.Push(i);
            while (stack.Count > 0)
            {
                var v = stack.Pop();
                list.Add(v);
                foreach (var (_, next) in Incident(graph, graph.Vertices[v], follow))
                {
                    var n = position[next];
                    if (component[n] >= 0) continue;
                    component[n] = c;
                    stack.Push(n);
                }
            }
        }

        return [.. members
            .Select(m => { m.Sort(); return m; })
            .OrderByDescending(m => m.Count).ThenBy(m => m[0])
            .Select(m => m.Select(i => graph.Vertices[i]).ToImmutableArray())];
    }

    /// <summary>Number of accepted edges touching the vertex, in either direction.</summary>
    public static int Degree<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph, TVertex vertex, Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = 0;
        foreach (var e in graph.OutEdges(vertex)) if (follow is null || follow(e)) n++;
        foreach (var e in graph.InEdges(vertex)) if (follow is null || follow(e)) n++;
        return n;
    }

    /// <summary>
    /// Topological order of the vertices over the accepted (directed) edges, ties broken by vertex order (Kahn);
    /// vertices on a cycle are appended at the end in vertex order so nothing is lost.
    /// </summary>
    public static IReadOnlyList<TVertex> TopologicalOrder<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph, Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var position = new Dictionary<TVertex, int>(graph.VertexCount);
        for (var i = 0; i < graph.VertexCount; i++) position[graph.Vertices[i]] = i;
        var indegree = new int[graph.VertexCount];
        foreach (var e in graph.Edges) if (follow is null || follow(e)) indegree[position[e.Target]]++;
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < indegree.Length; i++) if (indegree[i] == 0) ready.Enqueue(i, i);
        var done = new bool[graph.VertexCount];
        var result = new List<TVertex>(graph.VertexCount);
        while (ready.Count > 0)
        {
            var v = ready.Dequeue();
            done[v] = true;
            result.Add(graph.Vertices[v]);
            foreach (var e in graph.OutEdges(graph.Vertices[v]))
            {
                if (follow is not null && !follow(e)) continue;
                var t = position[e.Target];
                if (--indegree[t] == 0) ready.Enqueue(t, t);
            }
        }

        for (var i = 0; i < done.Length; i++) if (!done[i]) result.Add(graph.Vertices[i]);
        return result;
    }

    private static IEnumerable<(TEdge Edge, TVertex Next)> Incident<TVertex, TEdge>(IBidirectionalGraph<TVertex, TEdge> graph, TVertex v, Func<TEdge, bool>? follow)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        foreach (var e in graph.OutEdges(v)) if (follow is null || follow(e)) yield return (e, e.Target);
        foreach (var e in graph.InEdges(v)) if (follow is null || follow(e)) yield return (e, e.Source);
    }

    private static List<TEdge> Unwind<TVertex, TEdge>(Dictionary<TVertex, TEdge> cameBy, TVertex source, TVertex target)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var path = new List<TEdge>();
        var v = target;
        while (!EqualityComparer<TVertex>.Default.Equals(v, source))
        {
            var e = cameBy[v];
            path.Add(e);
            v = EqualityComparer<TVertex>.Default.Equals(e.Target, v) ? e.Source : e.Target;
        }

        path.Reverse();
        return path;
    }
}
