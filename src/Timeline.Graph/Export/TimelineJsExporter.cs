using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Humanizer;
using Timeline.Core;

namespace Timeline.Graph;

/// <summary>Exports a timeline as Knight Lab TimelineJS 3 JSON (one slide per dated event, in timeline order).</summary>
public static class TimelineJsExporter
{
    /// <summary>The TimelineJS 3 JSON text of the document, ending in a newline.</summary>
    public static string Export(TimelineDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var names = new EntityNames(document.Entities);
        var outletOf = document.Articles.ToDictionary(
            a => a.Id,
            a => !string.IsNullOrWhiteSpace(a.Source) ? a.Source!.Trim() : !string.IsNullOrWhiteSpace(a.Title) ? a.Title!.Trim() : a.Id,
            StringComparer.Ordinal);
        var byId = document.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var order = document.Timeline.Where(byId.ContainsKey).Concat(document.Events.Select(e => e.Id).Where(id => !document.Timeline.Contains(id))).ToList();
        var dated = order.Select(id => byId[id]).Where(e => e.Date?.Earliest is not null || e.Date?.Latest is not null).ToList();
        var undated = order.Count - dated.Count;

        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteStartObject("title");
            w.WriteStartObject("text");
            w.WriteString("headline", "Timeline");
            var outlets = document.Articles.Select(a => outletOf[a.Id]).Distinct(StringComparer.Ordinal).Count();
            var note = $"Built from {"article".ToQuantity(document.Articles.Length)} by {"outlet".ToQuantity(outlets)}: {"event".ToQuantity(dated.Count)}";
            if (undated > 0) note += $" ({undated} undated not shown)";
            w.WriteString("text", note + ".");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("events");
            foreach (var e in dated) WriteSlide(w, e, names, outletOf);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSlide(Utf8JsonWriter w, EventRecord e, EntityNames names, Dictionary<string, string> outletOf)
    {
        var d = e.Date!;
        var start = d.Earliest ?? d.Latest!.Value;
        w.WriteStartObject();
        w.WriteString("unique_id", e.Id);
        w.WritePropertyName("start_date");
        WriteDate(w, start, d.Earliest is null ? Granularity.Day : d.Granularity);
        if (d.Earliest is { } lo && d.Latest is { } hi && hi > lo)
        {
            w.WritePropertyName("end_date");
            WriteDate(w, hi, Granularity.Day);
        }

        if (DisplayDate(d) is { } display) w.WriteString("display_date", display);
        w.WriteStartObject("text");
        w.WriteString("headline", Headline(e));
        w.WriteString("text", Body(e, names, outletOf));
        w.WriteEndObject();
        var group = e.Place ?? e.Participants.FirstOrDefault(p => p.Role == "agent")?.Entity ?? e.Participants.FirstOrDefault()?.Entity;
        if (group is not null) w.WriteString("group", names.Name(group));
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, DateOnly date, Granularity g)
    {
        w.WriteStartObject();
        w.WriteNumber("year", date.Year);
        if (g <= Granularity.Quarter) w.WriteNumber("month", date.Month);
        if (g <= Granularity.Week) w.WriteNumber("day", date.Day);
        w.WriteEndObject();
    }

    /// <summary>Text shown instead of the computed date when the date is uncertain, else null.</summary>
    internal static string? DisplayDate(EventDate d)
    {
        static string Day(DateOnly x) => x.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (d.Earliest is null && d.Latest is { } only) return "On or before " + Day(only);
        if (d.Latest is null && d.Earliest is { } after) return "On or after " + Day(after);
        var lo = d.Earliest!.Value;
        var hi = d.Latest!.Value;
        var uncertain = d.Basis is not "text" || hi > lo;
        if (!uncertain) return null;
        if (hi == lo) return Day(lo) + " (" + d.Basis + ")";
        if (hi.DayNumber - lo.DayNumber == 1) return $"{lo.Day} or {Day(hi)}";
        if (d.Granularity == Granularity.Month && lo.Day == 1) return lo.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return lo.Month == hi.Month && lo.Year == hi.Year ? $"{lo.Day}\u2013{Day(hi)}" : $"{Day(lo)} \u2013 {Day(hi)}";
    }

    private static string Headline(EventRecord e)
    {
        var s = e.Summary;
        // The slide shows the date already; drop the summary's date phrase.
        foreach (var marker in new[] { " on or before ", " on or after ", " on ", " between ", " in ", " (undated)" })
        {
            var at = s.LastIndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && LooksLikeDate(s[(at + marker.Length)..])) return s[..at];
        }

        return s;
    }

    private static bool LooksLikeDate(string tail) =>
        tail.Length == 0 || char.IsDigit(tail[0]) || tail.StartsWith("January", StringComparison.Ordinal) || tail.StartsWith("February", StringComparison.Ordinal)
        || tail.StartsWith("March", StringComparison.Ordinal) || tail.StartsWith("April", StringComparison.Ordinal) || tail.StartsWith("May", StringComparison.Ordinal)
        || tail.StartsWith("June", StringComparison.Ordinal) || tail.StartsWith("July", StringComparison.Ordinal) || tail.StartsWith("August", StringComparison.Ordinal)
        || tail.StartsWith("September", StringComparison.Ordinal) || tail.StartsWith("October", StringComparison.Ordinal)
        || tail.StartsWith("November", StringComparison.Ordinal) || tail.StartsWith("December", StringComparison.Ordinal);

    private static string Body(EventRecord e, EntityNames names, Dictionary<string, string> outletOf)
    {
        var outlets = e.Sources.Select(s => outletOf.GetValueOrDefault(s.Article) ?? s.Article).Distinct(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder();
        sb.Append("<p>Reported by ").Append(WebUtility.HtmlEncode(outlets.Humanize("and"))).Append(" (").Append("outlet".ToQuantity(outlets.Count)).Append(").</p>");
        if (e.Factuality != Factuality.Happened)
        {
            sb.Append("<p><strong>").Append(e.Factuality switch
            {
                Factuality.Planned => "Planned, not (yet) happened.",
                Factuality.Negated => "Reported as not having happened.",
                _ => "A claim attributed to a source, not confirmed.",
            }).Append("</strong></p>");
        }

        foreach (var c in e.Conflicts)
        {
            var values = c.Values.Select(v => names.IsPlace(v) ? names.Name(v) : v);
            sb.Append("<p>Sources disagree on the ").Append(WebUtility.HtmlEncode(c.Field)).Append(": ").Append(WebUtility.HtmlEncode(string.Join(" / ", values))).Append(".</p>");
        }

        return sb.ToString();
    }
}
