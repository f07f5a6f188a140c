using System.Diagnostics;
using System.Text;
using Timeline.Graph;
using Timeline.Neo4j;

namespace Timeline.Benchmarks;

/// <summary>A quick stopwatch pass over the graph benchmarks (<c>-- --quick-graph</c>) for profiling between full runs.</summary>
internal static class QuickGraphTiming
{
    public static void Run()
    {
        var doc = SyntheticTimeline.Create();
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            var g = TimelineGraph.From(doc);
            var build = sw.Elapsed;
            sw.Restart();
            var model = GraphModel.Project(doc);
            var project = sw.Elapsed;
            sw.Restart();
            using var ms = new MemoryStream();
            using (var w = new StreamWriter(ms, new UTF8Encoding(false), 1 << 16, leaveOpen: true)) CypherScriptExporter.Write(doc, w);
            var script = sw.Elapsed;
            Console.WriteLine($"build {build.TotalMilliseconds:0} ms ({g.Graph.EdgeCount} edges); project {project.TotalMilliseconds:0} ms ({model.RowCount} rows); script {script.TotalMilliseconds:0} ms = {ms.Length / 1e6 / script.TotalSeconds:0} MB/s");
        }
    }
}
