using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Timeline.TestSupport;

/// <summary>
/// A JSON Schema (2020-12) validator for the keywords the project's schemas use: $ref to local $defs, type,
/// const, enum, anyOf, properties, required, additionalProperties, items, minItems, minLength, minimum,
/// maximum, pattern, format "date". JsonSchema.Net is not on the package feed here.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly JsonElement _root;

    public JsonSchemaValidator(string schemaJson)
    {
        _root = JsonDocument.Parse(schemaJson).RootElement.Clone();
    }

    public static JsonSchemaValidator FromRepo(string relative) => new(File.ReadAllText(Path.Combine(SharedData.Repo, relative)));

    /// <summary>Every violation, as "path: message"; empty when the instance is valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        using var doc = JsonDocument.Parse(json);
        Check(_root, doc.RootElement, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.TryGetProperty("$ref", out var r))
        {
            Check(Resolve(r.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("const", out var c) && !JsonElement.DeepEquals(c, value))
            errors.Add($"{path}: expected constant {c.GetRawText()}");
        if (schema.TryGetProperty("enum", out var e) && !e.EnumerateArray().Any(x => JsonElement.DeepEquals(x, value)))
            errors.Add($"{path}: {value.GetRawText()} is not one of {e.GetRawText()}");
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var ok = anyOf.EnumerateArray().Any(s =>
            {
                var sub = new List<string>();
                Check(s, value, path, sub);
                return sub.Count == 0;
            });
            if (!ok) errors.Add($"{path}: matches none of anyOf");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var min) && value.GetArrayLength() < min.GetInt32())
                    errors.Add($"{path}: fewer than {min.GetInt32()} items");
                if (schema.TryGetProperty("items", out var items))
                {
                    var i = 0;
                    foreach (var item in value.EnumerateArray()) Check(items, item, $"{path}[{i++}]", errors);
                }

                break;
            case JsonValueKind.String:
                var s = value.GetString()!;
                if (schema.TryGetProperty("minLength", out var ml) && s.Length < ml.GetInt32()) errors.Add($"{path}: shorter than {ml.GetInt32()}");
                if (schema.TryGetProperty("pattern", out var p) && !Regex.IsMatch(s, p.GetString()!)) errors.Add($"{path}: '{s}' does not match {p.GetString()}");
                if (schema.TryGetProperty("format", out var f) && f.GetString() == "date"
                    && !DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    errors.Add($"{path}: '{s}' is not a date");
                break;
            case JsonValueKind.Number:
                var n = value.GetDouble();
                if (schema.TryGetProperty("minimum", out var lo) && n < lo.GetDouble()) errors.Add($"{path}: {n} < {lo.GetDouble()}");
                if (schema.TryGetProperty("maximum", out var hi) && n > hi.GetDouble()) errors.Add($"{path}: {n} > {hi.GetDouble()}");
                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(x => x.GetString()!))
            {
                if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: missing required property '{name}'");
            }
        }

        var hasProps = schema.TryGetProperty("properties", out var props);
        var closed = schema.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.False;
        foreach (var prop in value.EnumerateObject())
        {
            if (hasProps && props.TryGetProperty(prop.Name, out var sub)) Check(sub, prop.Value, $"{path}.{prop.Name}", errors);
            else if (closed) errors.Add($"{path}: property '{prop.Name}' is not allowed");
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal)) throw new NotSupportedException("only local $ref is supported: " + reference);
        var node = _root;
        foreach (var part in reference[2..].Split('/')) node = node.GetProperty(part);
        return node;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => Is(t.GetString()!, value))
        : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement v) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
