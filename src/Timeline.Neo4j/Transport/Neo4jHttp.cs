using System.Collections;
using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Timeline.Neo4j;

/// <summary>An HTTP answer from Neo4j: status, the parsed body (or an empty object) and the first error in it.</summary>
internal sealed record HttpAnswer(HttpStatusCode Status, JsonElement Body, string? ErrorCode, string? ErrorMessage, HttpResponseHeaders Headers);

/// <summary>Shared HTTP plumbing: auth, JSON bodies, mapping of network failures and Neo4j errors to <see cref="Neo4jException"/>.</summary>
internal sealed class Neo4jHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly string _display;

    public Neo4jHttp(Neo4jSettings settings, HttpMessageHandler? handler = null)
    {
        Settings = settings;
        _display = Neo4jSettings.Display(settings.Uri);
        _client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _client.BaseAddress = new Uri(_display + "/");
        _client.Timeout = settings.RequestTimeout;
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (settings.User is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.User + ":" + (settings.Password ?? "")));
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    public Neo4jSettings Settings { get; }

    public string Display => _display;

    public string DatabasePath => "db/" + Uri.EscapeDataString(Settings.Database);

    public async Task<HttpAnswer> SendAsync(HttpMethod method, string path, Action<Utf8JsonWriter>? body, IReadOnlyDictionary<string, string>? headers, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            var buffer = new ArrayBufferWriterStream();
            using (var writer = new Utf8JsonWriter(buffer.Writer)) body(writer);
            request.Content = new ReadOnlyMemoryContent(buffer.Writer.WrittenMemory);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (headers is not null) foreach (var (k, v) in headers) request.Headers.TryAddWithoutValidation(k, v);
        HttpResponseMessage response;
        byte[] bytes;
        try
        {
            response = await _client.SendAsync(request, ct).ConfigureAwait(false);
            bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            var refused = ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.TryAgain or SocketError.NetworkUnreachable or SocketError.HostUnreachable };
            throw new Neo4jException(
                refused ? $"cannot reach Neo4j at {_display}: {Reason(ex)}" : $"connection to Neo4j at {_display} failed: {Reason(ex)}",
                refused ? Neo4jFailure.Unreachable : Neo4jFailure.Transient, null, ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jException($"Neo4j at {_display} did not answer within {Settings.RequestTimeout.TotalSeconds:0} s", Neo4jFailure.Transient, null, ex);
        }
        catch (IOException ex)
        {
            throw new Neo4jException($"connection to Neo4j at {_display} failed: {ex.Message}", Neo4jFailure.Transient, null, ex);
        }

        using (response)
        {
            var json = Parse(bytes);
            string? code = null, message = null;
            if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
                message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            }

            return new HttpAnswer(response.StatusCode, json, code, message, response.Headers);
        }
    }

    /// <summary>Throws the right <see cref="Neo4jException"/> when the answer is an error; returns it otherwise.</summary>
    public HttpAnswer Check(HttpAnswer answer, string what)
    {
        if (answer.Status == HttpStatusCode.Unauthorized || answer.ErrorCode is "Neo.ClientError.Security.Unauthorized")
            throw new Neo4jException($"Neo4j at {_display} refused the credentials of user '{Settings.User ?? "(none)"}' (check --user/--password or NEO4J_USER/NEO4J_PASSWORD)", Neo4jFailure.Unauthorized, answer.ErrorCode);
        if (answer.ErrorCode is { } code)
        {
            var oneLine = OneLine(answer.ErrorMessage ?? "");
            if (code.EndsWith("DatabaseNotFound", StringComparison.Ordinal))
                throw new Neo4jException($"database '{Settings.Database}' does not exist on Neo4j at {_display} (check --database or NEO4J_DATABASE)", Neo4jFailure.DatabaseNotFound, code);
            if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
                throw new Neo4jException($"{what}: {code}: {oneLine}", Neo4jFailure.Transient, code);
            if (code is "Neo.ClientError.Transaction.TransactionNotFound" or "Neo.ClientError.Request.TransactionRequired" || code.Contains("TransactionTimedOut", StringComparison.Ordinal))
                throw new Neo4jException($"{what}: the transaction expired or was dropped by the server ({code})", Neo4jFailure.TransactionGone, code);
            throw new Neo4jException($"{what}: {code}: {oneLine}", code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) ? Neo4jFailure.Client : Neo4jFailure.Server, code);
        }

        var status = (int)answer.Status;
        if (status is 502 or 503 or 504 or 429)
            throw new Neo4jException($"{what}: Neo4j at {_display} answered HTTP {status}", Neo4jFailure.Transient);
        if (status >= 400)
            throw new Neo4jException($"{what}: Neo4j at {_display} answered HTTP {status}", status == 404 ? Neo4jFailure.NoHttpApi : Neo4jFailure.Server);
        return answer;
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Writes a parameter value as JSON: dates as ISO text, points as {latitude, longitude}.</summary>
    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteNumberValue(d); break;
            case DateOnly d: w.WriteStringValue(GraphModel.Iso(d)); break;
            case GeoPoint p:
                w.WriteStartObject();
                w.WriteNumber("latitude", p.Latitude);
                w.WriteNumber("longitude", p.Longitude);
                w.WriteEndObject();
                break;
            case ImmutableArray<string> list:
                w.WriteStartArray();
                foreach (var x in list) w.WriteStringValue(x);
                w.WriteEndArray();
                break;
            case IReadOnlyDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    w.WritePropertyName(k);
                    WriteValue(w, v);
                }

                w.WriteEndObject();
                break;
            case IEnumerable items:
                w.WriteStartArray();
                foreach (var x in items) WriteValue(w, x);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException("cannot send a " + value.GetType().Name + " as a Cypher parameter", nameof(value));
        }
    }

    public static void WriteParameters(Utf8JsonWriter w, IReadOnlyDictionary<string, object?> parameters)
    {
        w.WriteStartObject("parameters");
        foreach (var (k, v) in parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(k);
            WriteValue(w, v);
        }

        w.WriteEndObject();
    }

    private static JsonElement Parse(byte[] bytes)
    {
        if (bytes.Length == 0) return EmptyObject;
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return EmptyObject;
        }
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static string Reason(HttpRequestException ex) => OneLine(ex.InnerException?.Message ?? ex.Message);

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    private sealed class ArrayBufferWriterStream
    {
        public System.Buffers.ArrayBufferWriter<byte> Writer { get; } = new(1 << 14);
    }
}
