using System.CommandLine;
using System.Globalization;
using Timeline.Core;
using Timeline.Graph;

namespace Timeline.Cli;

/// <summary><c>timeline query path|neighbours|actor|actors|components</c>: questions answered from the in-memory graph.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("query", "Ask the timeline graph: how two actors connect, who is near an actor, an actor's events, the key actors.");
        command.Subcommands.Add(PathCommand(context));
        command.Subcommands.Add(NeighboursCommand(context));
        command.Subcommands.Add(ActorCommand(context));
        command.Subcommands.Add(ActorsCommand(context));
        command.Subcommands.Add(ComponentsCommand(context));
        return command;
    }

    private static Argument<string?> FileArgument() => new("timeline.json")
    {
        Description = $"The timeline file (default: {TimelineInput.DefaultFile}).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Command PathCommand(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "First actor: name, alias or id." };
        var to = new Argument<string>("to") { Description = "Second actor." };
        var file = FileArgument();
        var command = new Command("path", "The shortest chain linking two actors through shared events and event places.");
        command.Arguments.Add(from);
        command.Arguments.Add(to);
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var view = View.Load(parse.GetValue(file));
            var a = TimelineInput.Find(view.Graph, parse.GetValue(from)!);
            var b = TimelineInput.Find(view.Graph, parse.GetValue(to)!);
            var path = view.Graph.Path(a, b);
            var o = context.Out;
            if (path is null)
            {
                await o.WriteLineAsync($"No connection between {a.Name} and {b.Name} through shared events.").ConfigureAwait(false);
                return TimelineCli.Ok;
            }

            await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{a.Name} → {b.Name}: {path.Count} steps")).ConfigureAwait(false);
            var current = a;
            await o.WriteLineAsync("  " + view.Describe(current)).ConfigureAwait(false);
            foreach (var edge in path)
            {
                var forward = edge.Source.Equals(current);
                var next = forward ? edge.Target : edge.Source;
                var label = GraphMLExporter.TypeName(edge.Kind) + (edge.Detail is null ? "" : " " + edge.Detail);
                await o.WriteLineAsync((forward ? $"    -[{label}]-> " : $"    <-[{label}]- ") + view.Describe(next)).ConfigureAwait(false);
                current = next;
            }

            return TimelineCli.Ok;
        });
        return command;
    }

    private static Command NeighboursCommand(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Actor or place: name, alias or id." };
        var file = FileArgument();
        var hops = new Option<int>("--hops") { Description = "How many edges away (1 = its events, 2 = who shared them).", DefaultValueFactory = _ => 2 };
        var command = new Command("neighbours", "Everything within a few hops of an actor through events, nearest first.");
        command.Aliases.Add("neighbors");
        command.Arguments.Add(name);
        command.Arguments.Add(file);
        command.Options.Add(hops);
        command.SetAction(async (parse, ct) =>
        {
            var k = parse.GetValue(hops);
            if (k < 1) throw new UsageException("--hops must be 1 or more");
            var view = View.Load(parse.GetValue(file));
            var node = TimelineInput.Find(view.Graph, parse.GetValue(name)!);
            var near = view.Graph.Neighbours(node, k);
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{view.Describe(node)}: {near.Count} within {k} hop{(k == 1 ? "" : "s")}")).ConfigureAwait(false);
            foreach (var group in near.GroupBy(kv => kv.Value))
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{group.Key} hop{(group.Key == 1 ? "" : "s")}:")).ConfigureAwait(false);
                foreach (var (n, _) in group.OrderBy(kv => kv.Key.Kind).ThenBy(kv => view.Day(kv.Key), StringComparer.Ordinal).ThenBy(kv => kv.Key.Name, StringComparer.Ordinal))
                    await context.Out.WriteLineAsync("  " + view.Describe(n)).ConfigureAwait(false);
            }

            return TimelineCli.Ok;
        });
        return command;
    }

    private static Command ActorCommand(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Actor: name, alias or id." };
        var file = FileArgument();
        var command = new Command("actor", "An actor's events in timeline order, with role and place.");
        command.Arguments.Add(name);
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var view = View.Load(parse.GetValue(file));
            var actor = TimelineInput.Find(view.Graph, parse.GetValue(name)!);
            var events = view.Graph.EventsOf(actor);
            var aliases = actor.Aliases.IsEmpty ? "" : " — also " + string.Join(", ", actor.Aliases);
            await context.Out.WriteLineAsync($"{actor.Name} ({actor.Kind}, {actor.Id}){aliases}").ConfigureAwait(false);
            if (view.Entities.TryGetValue(actor.Id, out var record))
            {
                foreach (var r in record.Roles)
                    await context.Out.WriteLineAsync($"  role: {r.Title}{(r.Of is null ? "" : " of " + (view.Graph.ById(r.Of)?.Name ?? r.Of))}").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{events.Count} event{(events.Count == 1 ? "" : "s")}:")).ConfigureAwait(false);
            foreach (var e in events)
            {
                var ev = view.Events[e.Id];
                var place = ev.Place is null ? "" : " @ " + (view.Graph.ById(ev.Place)?.Name ?? ev.Place);
                var roles = string.Join("/", view.Graph.RolesIn(actor, e));
                await context.Out.WriteLineAsync($"  {view.Day(e),-10}  {ev.Type,-12} {roles,-8} {ev.Summary}{place}").ConfigureAwait(false);
            }

            return TimelineCli.Ok;
        });
        return command;
    }

    private static Command ActorsCommand(CliContext context)
    {
        var file = FileArgument();
        var top = new Option<int>("--top") { Description = "How many actors to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("actors", "Key actors: ranked by distinct co-participants, then by events.");
        command.Arguments.Add(file);
        command.Options.Add(top);
        command.SetAction(async (parse, ct) =>
        {
            var view = View.Load(parse.GetValue(file));
            var ranks = view.Graph.KeyActors(Math.Max(1, parse.GetValue(top)));
            await context.Out.WriteLineAsync("rank  partners  events  degree  actor").ConfigureAwait(false);
            var i = 0;
            foreach (var r in ranks)
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{++i,4}  {r.CoParticipants,8}  {r.Events,6}  {r.Degree,6}  {r.Actor.Name} ({r.Actor.Kind})")).ConfigureAwait(false);
            return TimelineCli.Ok;
        });
        return command;
    }

    private static Command ComponentsCommand(CliContext context)
    {
        var file = FileArgument();
        var command = new Command("components", "Groups of actors, places and events connected through events, largest first.");
        command.Arguments.Add(file);
        command.SetAction(async (parse, ct) =>
        {
            var view = View.Load(parse.GetValue(file));
            var components = view.Graph.Components().Where(c => c.Any(n => n.Kind == NodeKind.Event)).ToList();
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{components.Count} connected groups of events")).ConfigureAwait(false);
            foreach (var c in components.Take(10))
            {
                var actors = c.Where(n => n.IsEntity).Select(n => n.Name).Take(8).ToList();
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {c.Count(n => n.Kind == NodeKind.Event)} events, {c.Count(n => n.IsEntity)} actors/places: {string.Join(", ", actors)}{(c.Count(n => n.IsEntity) > actors.Count ? ", …" : "")}")).ConfigureAwait(false);
            }

            return TimelineCli.Ok;
        });
        return command;
    }

    /// <summary>The graph plus record lookups used to print dates and places.</summary>
    private sealed class View
    {
        private View(TimelineDocument doc)
        {
            Graph = TimelineGraph.From(doc);
            Events = doc.Events.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            Entities = doc.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }

        public TimelineGraph Graph { get; }

        public Dictionary<string, EventRecord> Events { get; }

        public Dictionary<string, EntityRecord> Entities { get; }

        public static View Load(string? path) => new(TimelineInput.Read(path));

        public string Day(GraphNode node)
        {
            if (!Events.TryGetValue(node.Id, out var e) || e.Date is null) return "";
            if (e.Date.Earliest is { } a && e.Date.Latest == a) return a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return e.Date.Value;
        }

        public string Describe(GraphNode node) => node.Kind == NodeKind.Event
            ? $"[Event {Day(node)}] {node.Name}".Replace("[Event ]", "[Event]", StringComparison.Ordinal)
            : $"[{node.Kind}] {node.Name}";
    }
}
