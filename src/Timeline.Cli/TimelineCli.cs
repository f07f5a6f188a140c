using System.CommandLine;

namespace Timeline.Cli;

/// <summary>Builds the root command; tests call <see cref="RunAsync"/> in process.</summary>
internal static class TimelineCli
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when some input was skipped or a step partly failed.</summary>
    public const int Partial = 1;

    /// <summary>Exit code for usage errors.</summary>
    public const int Usage = 2;

    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("timeline: turn a corpus of news articles into a dated event timeline and a knowledge graph.");
        foreach (var command in CommandCatalog.All(context)) root.Subcommands.Add(command);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool isTerminal = false, TimeProvider? clock = null)
    {
        var context = new CliContext(output, error, isTerminal, clock ?? TimeProvider.System);
        var root = CreateRoot(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            await error.WriteLineAsync("Run 'timeline --help' for usage.").ConfigureAwait(false);
            return Usage;
        }

        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(config).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return Partial;
        }
    }
}

/// <summary>What a command needs from its host: where to write, whether it is a terminal, and the clock.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool IsTerminal, TimeProvider Clock);

/// <summary>A usage error found after parsing (bad date, missing file): exit code 2 with a one-line message.</summary>
internal sealed class UsageException(string message) : Exception(message);
