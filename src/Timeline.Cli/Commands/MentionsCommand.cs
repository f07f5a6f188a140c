using System.CommandLine;
using System.Text;
using System.Text.Json;
using Timeline.Core;
using Timeline.Extraction;
using Timeline.Graph;

namespace Timeline.Cli;

/// <summary>
/// <c>timeline mentions</c>: what extraction found in each article before any merging (times, names, events with
/// their arguments), one JSON object per article. It shows why an event in the timeline looks the way it does.
/// </summary>
internal static class MentionsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files and folders of articles.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = "Write JSON lines to this file instead of standard output." };
        var published = Options.Published();
        var command = new Command("mentions", "Show the time, name and event mentions extracted from each article (JSON lines), before merging.")
        {
            inputs, output, published,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new IngestOptions { DefaultPublished = Options.ParseDate(parse.GetValue(published), "--published") };
            var path = parse.GetValue(output);
            var pipeline = Pipelines.Extraction();
            var skipped = 0;
            var writer = path is null ? context.Out : new StreamWriter(path, append: false, new UTF8Encoding(false));
            try
            {
                foreach (var item in new CorpusReader(options).Read(parse.GetValue(inputs)!))
                {
                    ct.ThrowIfCancellationRequested();
                    switch (item)
                    {
                        case IngestItem.Read r:
                            await writer.WriteLineAsync(Json(pipeline.Run(r.Article))).ConfigureAwait(false);
                            break;
                        case IngestItem.Skipped s:
                            skipped++;
                            await context.Error.WriteLineAsync($"skipped {s.File}: {s.Reason}").ConfigureAwait(false);
                            break;
                    }
                }
            }
            finally
            {
                if (path is not null) await writer.DisposeAsync().ConfigureAwait(false);
            }

            return skipped > 0 ? TimelineCli.Partial : TimelineCli.Ok;
        });
        return command;
    }

    /// <summary>One article's mentions as a single JSON line; offsets are character offsets into the article text.</summary>
    internal static string Json(ArticleMentions m)
    {
        var text = m.Article.Text;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("article", m.Article.Id);
            w.WriteString("file", m.Article.File);
            if (m.Article.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartArray("times");
            foreach (var t in m.Times)
            {
                w.WriteStartObject();
                w.WriteString("text", t.Text);
                w.WriteString("type", t.Type.ToString().ToUpperInvariant());
                w.WriteString("value", t.Value);
                w.WriteNumber("start", t.Span.Start);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("entities");
            foreach (var e in m.Entities)
            {
                w.WriteStartObject();
                w.WriteString("text", e.Text);
                w.WriteString("type", e.Type.ToString());
                w.WriteNumber("start", e.Span.Start);
                if (e.IsDescription) w.WriteBoolean("description", true);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var ev in m.Events)
            {
                w.WriteStartObject();
                w.WriteString("type", ev.Type);
                w.WriteString("trigger", text[ev.Trigger.Start..ev.Trigger.End]);
                w.WriteNumber("start", ev.Trigger.Start);
                w.WriteString("factuality", ev.Factuality.ToString().ToLowerInvariant());
                if (ev.Time is { } time) w.WriteString("time", $"{time.Text} = {time.Value}");
                if (ev.Place is { } place) w.WriteString("place", place.Text);
                w.WriteStartArray("arguments");
                foreach (var a in ev.Arguments) w.WriteStringValue($"{a.Role}: {a.Entity.Text} ({a.Entity.Type})");
                w.WriteEndArray();
                var sentence = m.Analysed.Sentences.FirstOrDefault(s => s.Index == ev.Sentence);
                if (sentence is not null) w.WriteString("sentence", sentence.TextOf(text));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
