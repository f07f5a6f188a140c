namespace Timeline.Neo4j.Tests;

/// <summary>Finds the repository root (the folder holding graph-schema/) by walking up from the test assembly.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "graph-schema")) && File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("no folder holding graph-schema/ and Timeline.sln above " + AppContext.BaseDirectory);
    }
}
