using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Timeline.Neo4j;

namespace Timeline.Cli;

/// <summary><c>timeline load timeline.json --neo4j URL</c>: write the graph into Neo4j over HTTP, idempotently, in batches.</summary>
internal static class LoadCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string[]>("input") { Description = $"A timeline.json (default: {TimelineInput.DefaultFile}), or article files and folders to build and load in one go.", Arity = ArgumentArity.ZeroOrMore };
        var uri = new Option<string?>("--neo4j") { Description = "Neo4j HTTP URL, e.g. http://localhost:7474 (default: $NEO4J_URI)." };
        var database = new Option<string?>("--database") { Description = "Database name (default: $NEO4J_DATABASE or neo4j)." };
        var user = new Option<string?>("--user") { Description = "User (default: $NEO4J_USER or neo4j)." };
        var password = new Option<string?>("--password") { Description = "Password (default: $NEO4J_PASSWORD; prefer the variable, command lines are visible to other users)." };
        var batch = new Option<int>("--batch-size") { Description = "Rows per transaction.", DefaultValueFactory = _ => Neo4jSettings.DefaultBatchSize };
        var command = new Command("load", "Load timeline.json (or articles, built first) into Neo4j (Query API, or the transactional HTTP API on older servers). Re-running is safe.");
        command.Arguments.Add(file);
        command.Options.Add(uri);
        command.Options.Add(database);
        command.Options.Add(user);
        command.Options.Add(password);
        command.Options.Add(batch);
        command.SetAction(async (parse, ct) =>
        {
            var url = parse.GetValue(uri) ?? Environment.GetEnvironmentVariable("NEO4J_URI");
            if (string.IsNullOrWhiteSpace(url)) throw new UsageException("no Neo4j server given: use --neo4j http://localhost:7474 or set NEO4J_URI");
            var size = parse.GetValue(batch);
            if (size < 1) throw new UsageException("--batch-size must be 1 or more");
            Uri parsed;
            try
            {
                parsed = Neo4jSettings.ParseUri(url);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }

            var settings = new Neo4jSettings
            {
                Uri = parsed,
                Database = parse.GetValue(database) ?? Env("NEO4J_DATABASE") ?? "neo4j",
                User = parse.GetValue(user) ?? Env("NEO4J_USER") ?? "neo4j",
                Password = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                BatchSize = size,
            };
            var inputs = parse.GetValue(file) ?? [];
            var path = inputs.Length == 0 ? TimelineInput.DefaultFile : string.Join(", ", inputs);
            var doc = IsTimeline(inputs) ? TimelineInput.Read(inputs.Length == 0 ? null : inputs[0]) : BuildFirst(context, inputs, ct);
            await context.Out.WriteLineAsync($"Loading {path} into {Neo4jSettings.Display(settings.Uri)} database '{settings.Database}' as '{settings.User}' ({settings.BatchSize:N0} rows per batch)").ConfigureAwait(false);
            try
            {
                var summary = context.IsTerminal
                    ? await WithProgressBarAsync(context, doc, settings, ct).ConfigureAwait(false)
                    : await Neo4jLoader.LoadAsync(doc, settings, new PlainProgress(context.Out), ct).ConfigureAwait(false);
                var rate = summary.Elapsed.TotalSeconds > 0 ? summary.Rows / summary.Elapsed.TotalSeconds : 0;
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Loaded {summary.Rows:N0} rows in {summary.Batches:N0} transactions via the {summary.Transport} in {summary.Elapsed.TotalSeconds:0.0} s ({rate:N0} rows/s, {summary.Retries} retries)")).ConfigureAwait(false);
                await context.Out.WriteLineAsync("Neo4j counters: " + summary.Counters).ConfigureAwait(false);
                return TimelineCli.Ok;
            }
            catch (Neo4jLoadException ex)
            {
                await context.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                await context.Error.WriteLineAsync("Neo4j counters of the committed batches: " + ex.Counters).ConfigureAwait(false);
                return TimelineCli.Partial;
            }
            catch (Neo4jException ex)
            {
                await context.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return TimelineCli.Partial;
            }
        });
        return command;
    }

    /// <summary>One .json file that is a timeline (not an article record file) is loaded as it is.</summary>
    private static bool IsTimeline(string[] inputs)
    {
        if (inputs.Length == 0) return true;
        if (inputs.Length > 1 || !inputs[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase) || !File.Exists(inputs[0])) return false;
        using var reader = new StreamReader(inputs[0]);
        var head = new char[256];
        var n = reader.ReadBlock(head, 0, head.Length);
        return new string(head, 0, n).Contains("\"schema\"", StringComparison.Ordinal);
    }

    private static Timeline.Core.TimelineDocument BuildFirst(CliContext context, string[] inputs, CancellationToken ct)
    {
        var result = Timeline.Graph.Pipelines.Default().Build(inputs, new Timeline.Graph.BuildOptions(), null, ct);
        foreach (var s in result.Document.Skipped) context.Error.WriteLine($"skipped: {s.File}: {s.Reason}");
        context.Out.WriteLine($"Built {result.Document.Articles.Length:N0} articles: {result.Document.Entities.Length:N0} entities, {result.Document.Events.Length:N0} events");
        return result.Document;
    }

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    private static async Task<LoadSummary> WithProgressBarAsync(CliContext context, Core.TimelineDocument doc, Neo4jSettings settings, CancellationToken ct)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        LoadSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("connecting", maxValue: 1);
                var reporter = new SyncProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.RowsTotal);
                    task.Value = p.RowsDone;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Step,-16} {p.RowsDone:N0}/{p.RowsTotal:N0} rows {p.RowsPerSecond:N0} rows/s");
                });
                summary = await Neo4jLoader.LoadAsync(doc, settings, reporter, ct).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return summary!;
    }

    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }

    /// <summary>One line per finished step and at most one every two seconds in between (logs, CI).</summary>
    private sealed class PlainProgress(TextWriter output) : IProgress<LoadProgress>
    {
        private readonly Stopwatch _sinceLine = Stopwatch.StartNew();
        private string? _step;
        private LoadProgress? _last;

        public void Report(LoadProgress value)
        {
            if (_step is not null && _step != value.Step && _last is not null) Write(_last);
            else if (_sinceLine.Elapsed >= TimeSpan.FromSeconds(2)) Write(value);
            _step = value.Step;
            _last = value;
            if (value.RowsDone == value.RowsTotal && value.Step != "schema") Write(value);
        }

        private void Write(LoadProgress p)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Step}: {p.RowsDone:N0}/{p.RowsTotal:N0} rows, {p.RowsPerSecond:N0} rows/s"));
            _sinceLine.Restart();
        }
    }
}
