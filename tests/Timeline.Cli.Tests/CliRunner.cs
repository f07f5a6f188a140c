using Timeline.TestSupport;

namespace Timeline.Cli.Tests;

/// <summary>Runs the CLI in process and captures what it writes.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await TimelineCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string DemoCorpus => Path.Combine(SharedData.Repo, "samples", "demo").Replace('\\', '/');

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "timeline-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
