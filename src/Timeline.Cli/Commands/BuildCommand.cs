using System.CommandLine;
using System.Globalization;
using Humanizer;
using Spectre.Console;
using Timeline.Extraction;
using Timeline.Graph;
using Timeline.Neo4j;

namespace Timeline.Cli;

/// <summary><c>timeline build</c>: read a corpus, run the pipeline, write timeline.json.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files and folders of articles (.txt .md .html .json .jsonl .sgm). Default: the demo corpus.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var published = Options.Published();
        var maxSize = new Option<string>("--max-file-size") { Description = "Skip files larger than this (e.g. 10MB, 500KB).", DefaultValueFactory = _ => "10MB" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress output; only the summary and errors." };
        var parallel = new Option<int>("--parallel") { Description = "Articles processed in parallel.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("build", "Read articles, extract dated events, actors and places, and write timeline.json.")
        {
            inputs, output, published, maxSize, quiet, parallel,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            context,
            parse.GetValue(inputs) ?? [],
            parse.GetValue(output)!,
            Options.ParseDate(parse.GetValue(published), "--published"),
            Options.ParseSize(parse.GetValue(maxSize)!, "--max-file-size"),
            parse.GetValue(quiet),
            parse.GetValue(parallel),
            ct)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, string outDir, DateOnly? published, long maxSize, bool quiet, int parallel, CancellationToken ct)
    {
        if (parallel < 1) throw new UsageException("--parallel must be 1 or more");
        foreach (var input in inputs)
        {
            if (input.StartsWith('-') && !File.Exists(input) && !Directory.Exists(input)) throw new UsageException($"unknown option '{input}'");
        }

        if (inputs.Length == 0)
        {
            var demo = DemoCorpus.Find() ?? throw new UsageException("no inputs given and the demo corpus (samples/demo) was not found; name files or folders to read");
            if (!quiet) context.Out.WriteLine($"No inputs given: reading the demo corpus in {demo}");
            inputs = [demo];
        }

        var options = new BuildOptions { Ingest = new IngestOptions { MaxFileSize = maxSize, DefaultPublished = published }, Parallelism = parallel };
        var builder = Pipelines.Default();
        var started = context.Clock.GetTimestamp();
        var result = quiet || !context.IsTerminal
            ? builder.Build(inputs, options, quiet ? null : new PlainProgress(context.Out), ct)
            : WithProgressBar(builder, inputs, options, ct);
        var elapsed = context.Clock.GetElapsedTime(started);

        Directory.CreateDirectory(outDir);
        var jsonPath = Path.Combine(outDir, "timeline.json").Replace('\\', '/');
        // The Cypher script recreates the graph with cypher-shell -f or in Browser, no live server needed.
        var cypherPath = Path.Combine(outDir, "timeline.cypher").Replace('\\', '/');
        // Both exports only read the frozen document, so with more than one worker they are written side by side.
        var json = parallel > 1 ? Task.Run(() => TimelineJson.Write(result.Document, jsonPath), CancellationToken.None) : null;
        try
        {
            if (json is null) TimelineJson.Write(result.Document, jsonPath);
            using var writer = new StreamWriter(cypherPath, append: false, new System.Text.UTF8Encoding(false));
            CypherScriptExporter.Write(result.Document, writer);
        }
        finally
        {
            // Rethrows the JSON writer's own exception (not an AggregateException), so errors map as before.
            json?.GetAwaiter().GetResult();
        }

        Summary.Write(context.Out, context.Error, result, elapsed, [jsonPath, cypherPath]);
        return result.Document.Skipped.Length > 0 ? TimelineCli.Partial : TimelineCli.Ok;
    }

    private static BuildResult WithProgressBar(CorpusBuilder builder, string[] inputs, BuildOptions options, CancellationToken ct)
    {
        BuildResult? result = null;
        AnsiConsole.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Reading articles");
                task.IsIndeterminate = true;
                var progress = new Progress<BuildProgress>(p => task.Description = $"{"article".ToQuantity(p.Articles)} read, {p.Bytes.Bytes().Humanize("0.#")}");
                result = builder.Build(inputs, options, progress, ct);
                task.StopTask();
            });
        return result!;
    }

    /// <summary>One line per thousand articles when output is not a terminal.</summary>
    private sealed class PlainProgress(TextWriter output) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            if (value.Articles % 1000 == 0) output.WriteLine($"  {"article".ToQuantity(value.Articles)} read ({value.Bytes.Bytes().Humanize("0.#")})");
        }
    }
}

/// <summary>Parsing helpers shared by commands; bad values are usage errors.</summary>
internal static class Options
{
    /// <summary>The <c>--published</c> option shared by the commands that read articles.</summary>
    public static Option<string?> Published() =>
        new("--published") { Description = "Publication date (yyyy-mm-dd) for articles that give none." };

    public static DateOnly? ParseDate(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"{option} '{value}' is not a date (expected yyyy-mm-dd)");
    }

    public static long ParseSize(string value, string option)
    {
        var v = value.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, size) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (!v.EndsWith(suffix, StringComparison.Ordinal)) continue;
            unit = size;
            v = v[..^suffix.Length].Trim();
            break;
        }

        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0
            ? (long)(n * unit)
            : throw new UsageException($"{option}: '{value}' is not a size such as 10MB or 500KB");
    }
}

/// <summary>Finds the project's demo corpus from the working directory or the tool's own location.</summary>
internal static class DemoCorpus
{
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "demo");
                if (Directory.Exists(candidate)) return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate).Replace('\\', '/');
            }
        }

        return null;
    }
}
