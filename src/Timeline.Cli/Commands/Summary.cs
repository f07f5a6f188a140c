using Humanizer;
using Timeline.Core;
using Timeline.Graph;

namespace Timeline.Cli;

/// <summary>The short human summary printed after a build.</summary>
internal static class Summary
{
    public static void Write(TextWriter output, TextWriter error, BuildResult result, TimeSpan elapsed, IEnumerable<string> files)
    {
        var doc = result.Document;
        foreach (var s in doc.Skipped) error.WriteLine($"skipped: {s.File}: {s.Reason}");
        foreach (var w in result.Warnings) error.WriteLine($"warning: {w}");
        var mb = result.CharactersRead / 1e6;
        var rate = elapsed.TotalSeconds > 0 ? mb / elapsed.TotalSeconds : 0;
        var perSecond = elapsed.TotalSeconds > 0 ? doc.Articles.Length / elapsed.TotalSeconds : 0;
        output.WriteLine(FormattableString.Invariant($"Read {"article".ToQuantity(doc.Articles.Length)} ({mb:0.0} MB) in {elapsed.Humanize(2, minUnit: Humanizer.Localisation.TimeUnit.Millisecond)}: {rate:0.0} MB/s, {perSecond:0} articles/s."));
        output.WriteLine(FormattableString.Invariant($"  reading and extraction {result.Phases.Extraction.TotalSeconds:0.0} s, resolution {result.Phases.Resolution.TotalSeconds:0.0} s"));
        output.WriteLine($"Skipped {"input".ToQuantity(doc.Skipped.Length)}, {"duplicate".ToQuantity(doc.Duplicates.Length)}, ignored {"other file".ToQuantity(result.Ignored.Length)}.");
        foreach (var group in doc.Skipped.GroupBy(s => ReasonKind(s.Reason)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {group.Count(),5} × {group.Key}");
        var byType = doc.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => g.Key.ToString().ToLowerInvariant().ToQuantity(g.Count()));
        output.WriteLine($"Found {"entity".ToQuantity(doc.Entities.Length)}{(doc.Entities.IsEmpty ? string.Empty : " (" + string.Join(", ", byType) + ")")}, {"event".ToQuantity(doc.Events.Length)}, {"itinerary".ToQuantity(doc.Itineraries.Length)}.");
        if (!doc.Timeline.IsEmpty)
        {
            output.WriteLine("Timeline (first lines):");
            var events = doc.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var id in doc.Timeline.Take(8))
            {
                var e = events[id];
                var when = e.Date?.Value ?? "undated";
                var flag = e.Factuality == Factuality.Happened ? string.Empty : $" [{e.Factuality.ToString().ToLowerInvariant()}]";
                output.WriteLine($"  {when,-16} {e.Summary}{flag} ({"outlet".ToQuantity(e.Corroboration)})");
            }
        }

        foreach (var f in files) output.WriteLine($"Wrote {f}");
    }

    /// <summary>The reason without the file-specific detail, for grouping ("malformed JSON line").</summary>
    private static string ReasonKind(string reason)
    {
        var i = reason.IndexOfAny([':', '(']);
        return (i > 0 ? reason[..i] : reason).Trim();
    }
}
