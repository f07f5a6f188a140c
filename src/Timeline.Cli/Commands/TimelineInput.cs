using Timeline.Core;
using Timeline.Graph;

namespace Timeline.Cli;

/// <summary>Reads the timeline.json a command works on; every failure is a one-line usage error naming the file.</summary>
internal static class TimelineInput
{
    /// <summary>Where <c>timeline build</c> writes by default.</summary>
    public const string DefaultFile = "out/timeline.json";

    public static TimelineDocument Read(string? path)
    {
        path ??= DefaultFile;
        if (!File.Exists(path)) throw new UsageException($"{path}: no such file (run 'timeline build' first, or give the path of a timeline.json)");
        try
        {
            return TimelineJson.Read(path);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (IOException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }

    public static GraphNode Find(TimelineGraph graph, string name)
    {
        try
        {
            return graph.Find(name);
        }
        catch (UnknownNameException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
