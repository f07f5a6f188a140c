using System.Text.Json;

namespace Timeline.Extraction;

/// <summary>Reads <c>.jsonl</c> (one record per line) and <c>.json</c> (an object or an array of records).</summary>
internal static class JsonRecords
{
    public static IEnumerable<object> ReadJsonLines(string file, string text)
    {
        var lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine($"{file}:{lineNo}", line);
        }
    }

    private static object ParseLine(string name, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return FromRecord(name, doc.RootElement);
        }
        catch (JsonException ex)
        {
            return new IngestItem.Skipped(name, "malformed JSON line: " + FirstSentence(ex.Message));
        }
    }

    public static IEnumerable<object> ReadJson(string file, string text)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return [new IngestItem.Skipped(file, "malformed JSON: " + FirstSentence(ex.Message))];
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var list = new List<object>();
                var i = 0;
                foreach (var element in root.EnumerateArray()) list.Add(FromRecord($"{file}#{i++}", element));
                return list;
            }

            return [FromRecord(file, root)];
        }
    }

    private static object FromRecord(string name, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return new IngestItem.Skipped(name, $"JSON {e.ValueKind.ToString().ToLowerInvariant()} is not an article record (expected an object with \"text\")");
        var text = Str(e, "text") ?? Str(e, "body") ?? Str(e, "content");
        if (string.IsNullOrWhiteSpace(text)) return new IngestItem.Skipped(name, "record has no \"text\"");
        var id = Str(e, "id");
        return new RawDocument(id is null ? name : $"{name} ({id})", text)
        {
            Title = Str(e, "title"),
            Source = Str(e, "source"),
            Author = Str(e, "author"),
            Url = Str(e, "url"),
            Published = Str(e, "published"),
            MayStartWithHeadline = Str(e, "title") is null,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message.TrimEnd('.');
    }
}
