using BenchmarkDotNet.Running;
using Timeline.Benchmarks;

if (args is ["--quick-graph"])
{
    QuickGraphTiming.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
