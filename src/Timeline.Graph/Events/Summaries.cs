using System.Globalization;
using Humanizer;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>One-line summaries of merged events ("Antony Blinken met Hakan Fidan in Ankara on 6 November 2023").</summary>
internal static class Summaries
{
    public static string Of(EventRecord e, EntityNames names, EventTaxonomy taxonomy)
    {
        var info = taxonomy.Find(e.Type);
        var agent = e.Participants.FirstOrDefault(p => p.Role == "agent");
        var others = e.Participants.Where(p => p.Role != "agent" && !p.Role.Contains("stop", StringComparison.Ordinal)).Select(p => names.Name(p.Entity)).ToList();
        var stops = e.Participants.Where(p => p.Role.Contains("stop", StringComparison.Ordinal)).Select(p => names.Name(p.Entity)).ToList();
        var verbPast = info?.Past ?? e.Type;
        var verbBase = info?.Base ?? e.Type;
        var join = string.IsNullOrEmpty(info?.Join) ? "" : info!.Join + " ";
        string sentence;
        if (agent is not null)
        {
            var verb = e.Factuality switch
            {
                Factuality.Planned => "is expected to " + verbBase,
                Factuality.Negated => "did not " + verbBase,
                Factuality.Reported => "reportedly " + verbPast,
                _ => verbPast,
            };
            sentence = names.Name(agent.Entity) + " " + verb;
            if (others.Count > 0) sentence += " " + join + others.Humanize("and");
        }
        else
        {
            var label = (info?.Label ?? e.Type).Humanize(LetterCasing.Sentence);
            var prefix = e.Factuality switch
            {
                Factuality.Planned => "Planned: ",
                Factuality.Negated => "Did not happen: ",
                Factuality.Reported => "Reported: ",
                _ => "",
            };
            sentence = prefix + label;
            if (others.Count > 0) sentence += " involving " + others.Humanize("and");
        }

        if (stops.Count > 0) sentence += " (stops: " + stops.Humanize("and") + ")";
        if (e.Place is { } place)
        {
            // "visited Ankara": a visit takes its place as object; a journey's place may be where it started, so it stays "in".
            var direct = e.Type == "visit" && agent is not null && others.Count == 0 && stops.Count == 0;
            sentence += (direct ? " " : " in ") + names.Name(place);
        }
        return sentence.Trim() + When(e.Date);
    }

    /// <summary>The date phrase of a summary, with relative spans humanized.</summary>
    public static string When(EventDate? d)
    {
        if (d is null) return " (undated)";
        if (d.Earliest is { } e && d.Latest is { } l)
        {
            if (e == l) return " on " + Day(e);
            var span = TimeSpan.FromDays(l.DayNumber - e.DayNumber + 1);
            return d.Granularity switch
            {
                Granularity.Month when e.Day == 1 => " in " + e.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                Granularity.Year when e.DayOfYear == 1 => " in " + e.Year.ToString(CultureInfo.InvariantCulture),
                _ => $" between {Day(e)} and {Day(l)} (a span of {span.Humanize(maxUnit: Humanizer.Localisation.TimeUnit.Day)})",
            };
        }

        if (d.Latest is { } only) return " on or before " + Day(only);
        if (d.Earliest is { } after) return " on or after " + Day(after);
        return " (undated)";
    }

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
