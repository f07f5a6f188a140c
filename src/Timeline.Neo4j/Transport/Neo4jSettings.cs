namespace Timeline.Neo4j;

/// <summary>Where and how to load: server URL, database, credentials, batch size and retry policy.</summary>
public sealed class Neo4jSettings
{
    /// <summary>Default rows per batch.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>HTTP base URL, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public required Uri Uri { get; init; }

    /// <summary>Database name.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>User name (none: no Authorization header).</summary>
    public string? User { get; init; } = "neo4j";

    /// <summary>Password; never written to any output.</summary>
    public string? Password { get; init; }

    /// <summary>Rows per <c>UNWIND</c> batch (one transaction each).</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Attempts per batch before a load stops (first try included).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Delay before the first retry; doubles on each further retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Timeout of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Settings from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, or null when NEO4J_URI is not set.</summary>
    public static Neo4jSettings? FromEnvironment()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri)) return null;
        return new Neo4jSettings
        {
            Uri = ParseUri(uri),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j",
        };
    }

    /// <summary>Parses an HTTP(S) URL; <c>neo4j://</c> and <c>bolt://</c> are refused with a hint, since only HTTP transports exist.</summary>
    public static Uri ParseUri(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{Redact(text)}' is not a URL (expected e.g. http://localhost:7474)");
        if (uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{Display(uri)}' uses {uri.Scheme}://; this tool talks to Neo4j over HTTP: use e.g. http://localhost:7474 (https:// for Aura)");
        return uri;
    }

    /// <summary>The URL as shown in messages: without any user:password part.</summary>
    public static string Display(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
    }

    /// <summary>Settings as text with the password hidden.</summary>
    public override string ToString() => $"{Display(Uri)} database={Database} user={User ?? "(none)"} password={(Password is null ? "(none)" : "***")} batch={BatchSize}";

    private static string Redact(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && at > scheme ? text[..(scheme + 3)] + "***@" + text[(at + 1)..] : text;
    }
}
