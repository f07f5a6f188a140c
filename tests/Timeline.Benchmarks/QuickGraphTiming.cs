using System.Diagnostics;
using System.Text;
using Timeline.Graph;
using Timeline.Neo4j;

namespace Timeline.Benchmarks;

/// <summary>
/// A quick pass over the graph benchmarks (<c>-- --quick-graph</c>): wall time and this process's CPU time per step,
/// because on a shared, overloaded machine wall time mostly measures waiting for a core.
/// </summary>
internal static class QuickGraphTiming
{
    public static void Run()
    {
        var doc = SyntheticTimeline.Create();
        var json = TimelineJson.Serialize(doc);
        var me = Process.GetCurrentProcess();
        (TimeSpan Wall, TimeSpan Cpu) Time(Action a)
        {
            GC.Collect();
            me.Refresh();
            var cpu0 = me.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            a();
            sw.Stop();
            me.Refresh();
            return (sw.Elapsed, me.TotalProcessorTime - cpu0);
        }

        for (var round = 0; round < 3; round++)
        {
            var build = Time(() => TimelineGraph.From(doc));
            var parseBuild = Time(() => TimelineGraph.From(TimelineJson.Parse(json)));
            long bytes = 0;
            var script = Time(() =>
            {
                using var ms = new MemoryStream();
                using (var w = new StreamWriter(ms, new UTF8Encoding(false), 1 << 16, leaveOpen: true)) CypherScriptExporter.Write(doc, w);
                bytes = ms.Length;
            });
            Console.WriteLine($"build {build.Wall.TotalSeconds:0.00} s wall / {build.Cpu.TotalSeconds:0.00} s CPU; parse+build {parseBuild.Wall.TotalSeconds:0.00} / {parseBuild.Cpu.TotalSeconds:0.00}; " +
                $"script {bytes / 1e6:0} MB in {script.Wall.TotalSeconds:0.00} / {script.Cpu.TotalSeconds:0.00} s = {bytes / 1e6 / script.Wall.TotalSeconds:0} MB/s wall, {bytes / 1e6 / script.Cpu.TotalSeconds:0} MB/s CPU");
        }
    }
}
