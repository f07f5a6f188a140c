using System.Text;
using BenchmarkDotNet.Attributes;
using Timeline.Core;
using Timeline.Graph;
using Timeline.Neo4j;

namespace Timeline.Benchmarks;

/// <summary>
/// Reuters-scale (21,000 articles, 50,000 entities, 100,000 events) graph build and exports.
/// Targets: frozen graph from timeline.json in under 2 s; Cypher script export at 50 MB/s or more.
/// Run: dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*GraphBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GraphBenchmarks
{
    private TimelineDocument _doc = null!;
    private string _json = null!;

    /// <summary>Size of the Cypher script in bytes (UTF-8), printed at setup so MB/s can be computed from the mean.</summary>
    public long ScriptBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _doc = SyntheticTimeline.Create();
        _json = TimelineJson.Serialize(_doc);
        var counter = new CountingStream();
        using (var w = new StreamWriter(counter, new UTF8Encoding(false), 1 << 16, leaveOpen: true)) CypherScriptExporter.Write(_doc, w);
        ScriptBytes = counter.Length;
        Console.WriteLine($"// timeline.json {Encoding.UTF8.GetByteCount(_json) / 1e6:0.0} MB; Cypher script {ScriptBytes / 1e6:0.0} MB; " +
            $"{_doc.Articles.Length} articles, {_doc.Entities.Length} entities, {_doc.Events.Length} events");
    }

    [Benchmark(Description = "frozen graph from TimelineDocument")]
    public int BuildFrozenGraph() => TimelineGraph.From(_doc).Graph.EdgeCount;

    [Benchmark(Description = "frozen graph from timeline.json text (parse + build)")]
    public int ParseAndBuild() => TimelineGraph.From(TimelineJson.Parse(_json)).Graph.EdgeCount;

    [Benchmark(Description = "Cypher script export (UTF-8 to a null stream)")]
    public long CypherScript()
    {
        var counter = new CountingStream();
        using (var w = new StreamWriter(counter, new UTF8Encoding(false), 1 << 16, leaveOpen: true)) CypherScriptExporter.Write(_doc, w);
        return counter.Length;
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
