using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Core;

namespace Timeline.Graph;

/// <summary>Reads and writes timeline.json (schema <c>timeline/1</c>) with stable formatting.</summary>
public static class TimelineJson
{
    /// <summary>Serializer options shared by every JSON output: camelCase, enums as camelCase strings, indented, LF.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The document as UTF-8 JSON text ending in a newline.</summary>
    public static string Serialize(TimelineDocument document) =>
        JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>Writes the document to a file (UTF-8 without BOM).</summary>
    public static void Write(TimelineDocument document, string path)
    {
        // Straight to the file as UTF-8 (the same bytes as Serialize): no 100 MB string for a Reuters-sized corpus.
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, document, Options);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Parses timeline.json text; throws <see cref="InvalidDataException"/> with the reason when it is not one.</summary>
    public static TimelineDocument Parse(string json)
    {
        try
        {
            var doc = JsonSerializer.Deserialize<TimelineDocument>(json, Options)
                ?? throw new InvalidDataException("the file holds JSON null, not a timeline");
            if (doc.Schema != TimelineDocument.SchemaTag)
                throw new InvalidDataException($"schema is '{doc.Schema}', expected '{TimelineDocument.SchemaTag}'");
            return doc;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("not valid timeline JSON: " + ex.Message, ex);
        }
    }

    /// <summary>Reads a timeline.json file; errors name the file and the reason.</summary>
    public static TimelineDocument Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            AllowTrailingCommas = false,
            RespectNullableAnnotations = true,
        };
        // Entity types are written as in the contract ("Person"); every other enum reads as a lower-case word ("part-of-day").
        options.Converters.Add(new JsonStringEnumConverter<EntityType>());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
