using System.Globalization;
using System.Text.Json;

namespace Timeline.Extraction;

/// <summary>
/// Reads any mix of files and folders (recursively) into articles, lazily, one file at a time. Bad input
/// never stops the run: each skipped file, record or line comes back as an <see cref="IngestItem.Skipped"/>
/// naming it and the reason.
/// </summary>
public sealed class CorpusReader(IngestOptions options)
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".sgm"];

    /// <summary>Articles, skipped inputs and duplicates, in a stable order (inputs as given, folders sorted by path).</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> inputs)
    {
        var duplicates = new DuplicateFilter();
        return ReadDeferred(inputs).Select(d => duplicates.Check(d.Materialise()));
    }

    /// <summary>
    /// The same items, with each document's parsing (furniture, metadata, id) deferred so that a caller can
    /// run it in parallel; pass the materialised items, in order, through a <see cref="DuplicateFilter"/>.
    /// </summary>
    public IEnumerable<DeferredItem> ReadDeferred(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            foreach (var (file, fromFolder) in Expand(input))
            {
                foreach (var item in ReadFile(file, fromFolder)) yield return item;
            }
        }
    }

    // Sidecars seen while listing folders, so that a folder of thousands of files is not probed twice per file.
    private readonly HashSet<string> _listedSidecars = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listedFolders = new(StringComparer.Ordinal);

    private IEnumerable<(string File, bool FromFolder)> Expand(string input)
    {
        var path = input.Replace('\\', '/');
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                .Select(f => f.Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var f in files)
            {
                _listedFolders.Add(Path.GetDirectoryName(f)!.Replace('\\', '/'));
                if (f.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase)) _listedSidecars.Add(f);
            }

            foreach (var f in files) yield return (f, true);
        }
        else
        {
            yield return (path, false);
        }
    }

    private IEnumerable<DeferredItem> ReadFile(string file, bool fromFolder)
    {
        var name = Path.GetFileName(file);
        var ext = Path.GetExtension(file).ToLowerInvariant();
        if (fromFolder)
        {
            // Sidecars belong to their text file; READMEs and licences describe a folder, they are not articles.
            if (name.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase)) yield break;
            if (name.StartsWith('.')) yield break;
            if (name.StartsWith("README", StringComparison.OrdinalIgnoreCase) || name.StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase))
            {
                yield return new DeferredItem(new IngestItem.Ignored(file, "a folder's README or licence, not an article"));
                yield break;
            }

            if (!ArticleExtensions.Contains(ext))
            {
                yield return new DeferredItem(new IngestItem.Ignored(file, $"'{ext}' is not an article format"));
                yield break;
            }
        }
        else if (!File.Exists(file))
        {
            yield return new DeferredItem(new IngestItem.Skipped(file, "no such file or folder"));
            yield break;
        }
        else if (!ArticleExtensions.Contains(ext))
        {
            yield return new DeferredItem(new IngestItem.Skipped(file, $"unsupported file type '{ext}' (expected {string.Join(", ", ArticleExtensions)})"));
            yield break;
        }

        var (text, warning, error) = Load(file);
        if (error is not null)
        {
            yield return new DeferredItem(new IngestItem.Skipped(file, error));
            yield break;
        }

        IEnumerable<object> docs = ext switch
        {
            ".jsonl" => JsonRecords.ReadJsonLines(file, text!),
            ".json" => JsonRecords.ReadJson(file, text!),
            ".sgm" => ReutersSgml.Read(file, text!),
            ".html" or ".htm" => [HtmlArticle.Read(file, text!)],
            _ => [WithSidecar(new RawDocument(file, text!), file)],
        };
        foreach (var doc in docs)
        {
            yield return doc switch
            {
                IngestItem item => new DeferredItem(item),
                RawDocument raw => new DeferredItem(raw, options, warning),
                _ => throw new InvalidOperationException("unexpected document " + doc.GetType().Name),
            };
        }
    }

    private (string? Text, string? Warning, string? Error) Load(string file)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.Length > options.MaxFileSize)
                return (null, null, $"{Size(info.Length)} is over the size limit of {Size(options.MaxFileSize)} (--max-file-size)");
            if (info.Length == 0) return (null, null, "empty file");
            var bytes = File.ReadAllBytes(file);
            var (text, warning, error) = TextDecoder.Decode(bytes);
            if (error is not null) return (null, null, error);
            if (string.IsNullOrWhiteSpace(text)) return (null, null, "empty file (only white space)");
            return (text, warning, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, null, "cannot read: " + ex.Message);
        }
    }

    private RawDocument WithSidecar(RawDocument raw, string file)
    {
        var dir = (Path.GetDirectoryName(file) ?? ".").Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(file);
        var listed = _listedFolders.Contains(dir);
        foreach (var candidate in new[] { Path.Combine(dir, stem + ".meta.json").Replace('\\', '/'), file + ".meta.json" })
        {
            if (listed ? !_listedSidecars.Contains(candidate) : !File.Exists(candidate)) continue;
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(candidate));
                var e = doc.RootElement;
                string? S(string n) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                return raw with
                {
                    Title = S("title") ?? raw.Title,
                    Source = S("source") ?? raw.Source,
                    Author = S("author") ?? raw.Author,
                    Url = S("url") ?? raw.Url,
                    Published = S("published") ?? raw.Published,
                    MayStartWithHeadline = S("title") is null,
                };
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                // A broken sidecar must not lose the article: read the text without it, and say so.
                return raw with { Warning = $"sidecar {candidate.Replace('\\', '/')} ignored: {ex.Message}" };
            }
        }

        return raw;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB";
}
