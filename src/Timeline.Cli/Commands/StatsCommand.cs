using System.CommandLine;
using Humanizer;
using Timeline.Core;
using Timeline.Graph;

namespace Timeline.Cli;

/// <summary><c>timeline stats</c>: what a timeline.json holds, counted.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("timeline") { Description = "A timeline.json written by 'timeline build'.", DefaultValueFactory = _ => "out/timeline.json" };
        var sample = new Option<int>("--sample") { Description = "Also print this many events drawn at random, with their source sentence, for a spot check." };
        var seed = new Option<int>("--seed") { Description = "Seed of the --sample draw (the same seed gives the same events).", DefaultValueFactory = _ => 1 };
        var command = new Command("stats", "Count the articles, entities, events and itineraries of a timeline.json.") { file, sample, seed };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file (run 'timeline build' first)");
            if (parse.GetValue(sample) < 0) throw new UsageException("--sample must be 0 or more");
            var doc = TimelineJson.Read(path);
            Write(context.Out, doc);
            WriteSample(context.Out, doc, parse.GetValue(sample), parse.GetValue(seed));
            return Task.FromResult(TimelineCli.Ok);
        });
        return command;
    }

    internal static void Write(TextWriter o, TimelineDocument doc)
    {
        o.WriteLine($"Articles      {doc.Articles.Length,6}   ({Breakdown(doc.Articles.Select(a => a.Source ?? "unknown outlet"))})");
        o.WriteLine($"  dated by    {Breakdown(doc.Articles.Select(a => a.PublishedBasis.ToString().ToLowerInvariant()))}");
        var dates = doc.Articles.Where(a => a.Published is not null).Select(a => a.Published!.Value).Order().ToList();
        if (dates.Count > 0) o.WriteLine($"  published   {dates[0]:yyyy-MM-dd} to {dates[^1]:yyyy-MM-dd}");
        o.WriteLine($"Skipped       {doc.Skipped.Length,6}");
        o.WriteLine($"Duplicates    {doc.Duplicates.Length,6}");
        o.WriteLine($"Entities      {doc.Entities.Length,6}   ({Breakdown(doc.Entities.Select(e => e.Type.ToString()))})");
        o.WriteLine($"  geocoded    {doc.Entities.Count(e => e.Geo is not null),6}");
        o.WriteLine($"  merges      {doc.Resolution.Length,6}");
        o.WriteLine($"Events        {doc.Events.Length,6}   ({Breakdown(doc.Events.Select(e => e.Type))})");
        o.WriteLine($"  factuality  {Breakdown(doc.Events.Select(e => e.Factuality.ToString().ToLowerInvariant()))}");
        o.WriteLine($"  dated       {doc.Events.Count(e => e.Date is not null),6}");
        o.WriteLine($"  corroborated by 2+ outlets {doc.Events.Count(e => e.Corroboration >= 2),6}");
        o.WriteLine($"  with conflicts {doc.Events.Count(e => !e.Conflicts.IsDefaultOrEmpty),6}");
        o.WriteLine($"Itineraries   {doc.Itineraries.Length,6}   ({"stop".ToQuantity(doc.Itineraries.Sum(i => i.Stops.Length))})");
        var names = doc.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var top = doc.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Country)
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.Id, StringComparer.Ordinal).Take(10).ToList();
        if (top.Count > 0)
        {
            o.WriteLine("Most mentioned actors:");
            foreach (var e in top) o.WriteLine($"  {e.Mentions,5}  {e.Name} ({e.Type}, {"article".ToQuantity(e.Articles.Length)})");
        }
    }

    /// <summary>A reproducible random sample of events for judging extraction by eye: summary, date, factuality and source.</summary>
    internal static void WriteSample(TextWriter o, TimelineDocument doc, int count, int seed)
    {
        if (count <= 0 || doc.Events.IsDefaultOrEmpty) return;
        var pool = doc.Events.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        // Partial Fisher-Yates over the id-sorted events: the draw depends only on the seed and the events.
        for (var i = 0; i < Math.Min(count, pool.Count); i++)
        {
            var j = random.Next(i, pool.Count);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        o.WriteLine($"Sample of {Math.Min(count, pool.Count)} events (seed {seed}):");
        foreach (var e in pool.Take(count))
        {
            o.WriteLine($"  [{e.Type}, {e.Factuality.ToString().ToLowerInvariant()}, {e.Date?.Value ?? "undated"}] {e.Summary}");
            var source = e.Sources.FirstOrDefault();
            if (source is not null) o.WriteLine($"      \u201C{source.Sentence.ReplaceLineEndings(" ")}\u201D ({source.Article} {source.Start}-{source.End})");
        }
    }

    private static string Breakdown(IEnumerable<string> values)
    {
        var groups = values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count == 0) return "none";
        var shown = groups.Take(6).Select(g => $"{g.Key} {g.Count()}");
        return string.Join(", ", shown) + (groups.Count > 6 ? $", {groups.Count - 6} more" : string.Empty);
    }
}
