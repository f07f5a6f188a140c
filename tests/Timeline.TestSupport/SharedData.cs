namespace Timeline.TestSupport;

/// <summary>Finds ../shared (corpora and data that must not be committed) and the repository root.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> SharedRoot = new(() => FindUp(d => Directory.Exists(Path.Combine(d, "shared", "data")) ? Path.Combine(d, "shared") : null));

    private static readonly Lazy<string?> RepoRoot = new(() => FindUp(d => File.Exists(Path.Combine(d, "Timeline.sln")) ? d : null));

    /// <summary>The shared folder, or null when it is not beside the checkout.</summary>
    public static string? Root => SharedRoot.Value;

    /// <summary>The repository root (the folder holding Timeline.sln).</summary>
    public static string Repo => RepoRoot.Value ?? throw new InvalidOperationException("Timeline.sln not found above the test assembly");

    /// <summary>A path inside the shared folder; skips the calling test when the folder or path is absent.</summary>
    public static string Require(string relative)
    {
        if (Root is null) Xunit.Assert.Skip("../shared is not beside this checkout");
        var path = Path.Combine(Root!, relative);
        if (!File.Exists(path) && !Directory.Exists(path)) Xunit.Assert.Skip($"{relative} is not in ../shared");
        return path;
    }

    private static string? FindUp(Func<string, string?> probe)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (probe(dir.FullName) is { } found) return found;
        }

        return null;
    }
}
