using System.CommandLine;
using System.Globalization;
using System.Text;
using Timeline.Graph;
using Timeline.Neo4j;

namespace Timeline.Cli;

/// <summary><c>timeline export</c>: offline exports of a (filtered) timeline: JSON, Cypher script, neo4j-admin CSV, GraphML.</summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["json", "cypher", "neo4j-admin", "graphml", "timelinejs"];

    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("timeline.json") { Description = $"The timeline file (default: {TimelineInput.DefaultFile}).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "json (filtered sub-timeline), cypher (script for cypher-shell -f or Browser), neo4j-admin (CSV folder for bulk import), graphml (Gephi, yEd), timelinejs.", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o") { Description = "Output file (a folder for neo4j-admin); default: standard output, or out/neo4j-import for neo4j-admin." };
        var actor = new Option<string?>("--actor") { Description = "Keep the events of this actor (name, alias or id)." };
        var place = new Option<string?>("--place") { Description = "Keep the events at this place (a country keeps the places in it)." };
        var from = new Option<string?>("--from") { Description = "Keep events on or after this day (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Keep events on or before this day (yyyy-MM-dd)." };
        var type = new Option<string?>("--type") { Description = "Keep events of this type (e.g. meet)." };
        var batch = new Option<int>("--batch-size") { Description = "Rows per UNWIND statement in the Cypher script.", DefaultValueFactory = _ => CypherScriptExporter.DefaultBatchSize };
        var command = new Command("export", "Export a timeline, or the part of it matching --actor/--place/--from/--to/--type, for Neo4j and other tools.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { format, output, actor, place, from, to, type, batch }) command.Options.Add(o);
        command.SetAction(async (parse, ct) =>
        {
            var doc = TimelineInput.Read(parse.GetValue(file));
            var options = new TimelineFilterOptions
            {
                Actor = parse.GetValue(actor),
                Place = parse.GetValue(place),
                From = Options.ParseDate(parse.GetValue(from), "--from"),
                To = Options.ParseDate(parse.GetValue(to), "--to"),
                Type = parse.GetValue(type),
            };
            if (options.From > options.To) throw new UsageException("--from is after --to");
            if (parse.GetValue(batch) < 1) throw new UsageException("--batch-size must be 1 or more");
            try
            {
                doc = TimelineFilter.Apply(doc, options);
            }
            catch (UnknownNameException ex)
            {
                throw new UsageException(ex.Message);
            }

            var target = parse.GetValue(output);
            var fmt = parse.GetValue(format)!;
            switch (fmt)
            {
                case "json":
                    await WriteAsync(context, target, w => w.Write(TimelineJson.Serialize(doc))).ConfigureAwait(false);
                    break;
                case "cypher":
                    await WriteAsync(context, target, w => CypherScriptExporter.Write(doc, w, parse.GetValue(batch))).ConfigureAwait(false);
                    break;
                case "graphml":
                    await WriteAsync(context, target, w => GraphMLExporter.Write(doc, w)).ConfigureAwait(false);
                    break;
                case "neo4j-admin":
                    var dir = target ?? Path.Combine("out", "neo4j-import");
                    var files = Neo4jAdminExporter.Write(doc, dir);
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Length} files to {dir}; the import command is in {Path.Combine(dir, Neo4jAdminExporter.CommandsFile)}")).ConfigureAwait(false);
                    break;
                default:
                    var json = TimelineJsExporter.Export(doc);
                    await WriteAsync(context, target, w => w.Write(json)).ConfigureAwait(false);
                    break;
            }

            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"exported {doc.Events.Length} events, {doc.Entities.Length} entities, {doc.Articles.Length} articles as {fmt}")).ConfigureAwait(false);
            return TimelineCli.Ok;
        });
        return command;
    }

    private static async Task WriteAsync(CliContext context, string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(context.Out);
            await context.Out.FlushAsync().ConfigureAwait(false);
            return;
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            write(writer);
        }

        await context.Out.WriteLineAsync("Wrote " + path).ConfigureAwait(false);
    }
}
