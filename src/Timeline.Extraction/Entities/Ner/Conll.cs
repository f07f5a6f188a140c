using System.Collections.Immutable;

namespace Timeline.Extraction;

/// <summary>One sentence of a CoNLL file: words, gold BIO tags (empty when the file has none) and the 0-based line of each word.</summary>
internal sealed record ConllSentence(ImmutableArray<string> Words, ImmutableArray<int> Gold, ImmutableArray<int> Lines);

/// <summary>A document of a CoNLL file: the sentences between two <c>-DOCSTART-</c> lines.</summary>
internal sealed record ConllDocument(ImmutableArray<ConllSentence> Sentences);

/// <summary>A whole CoNLL file: its raw lines (to write back unchanged) and its documents.</summary>
internal sealed record ConllCorpus(ImmutableArray<string> Lines, ImmutableArray<ConllDocument> Documents, bool HasGold)
{
    public IEnumerable<ConllSentence> Sentences => Documents.SelectMany(d => d.Sentences);

    public int TokenCount => Documents.Sum(d => d.Sentences.Sum(s => s.Words.Length));
}

/// <summary>Thrown for a malformed CoNLL file; the message names the line.</summary>
internal sealed class ConllFormatException(string message) : FormatException(message);

/// <summary>
/// Reads and writes CoNLL-2003 style files: the token in the first column, optionally the gold tag in the last
/// (IOB1 or BIO; converted to BIO), blank lines between sentences, <c>-DOCSTART-</c> lines between documents.
/// A <c>-DOCSTART-</c> anywhere (the shared files put the first one at the very end) only separates documents;
/// empty documents are dropped.
/// </summary>
internal static class Conll
{
    public const string DocStart = "-DOCSTART-";

    public static ConllCorpus ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    public static ConllCorpus Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = ImmutableArray.CreateBuilder<string>();
        var documents = ImmutableArray.CreateBuilder<ConllDocument>();
        var sentences = ImmutableArray.CreateBuilder<ConllSentence>();
        var words = new List<string>();
        var tags = new List<int>();
        var wordLines = new List<int>();
        var tagged = 0;
        var tokens = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            var gold = tags.Count == words.Count ? [.. NerTags.ToBio(tags.ToArray())] : ImmutableArray<int>.Empty;
            sentences.Add(new ConllSentence([.. words], gold, [.. wordLines]));
            words.Clear();
            tags.Clear();
            wordLines.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new ConllDocument(sentences.ToImmutable()));
            sentences.Clear();
        }

        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            var number = lines.Count;
            lines.Add(line);
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                EndSentence();
                continue;
            }

            if (fields[0] == DocStart)
            {
                EndDocument();
                continue;
            }

            words.Add(fields[0]);
            wordLines.Add(number);
            tokens++;
            if (fields.Length >= 2 && TryParseTag(fields[^1], out var tag, number + 1))
            {
                tags.Add(tag);
                tagged++;
            }
        }

        EndDocument();
        var hasGold = tokens > 0 && tagged == tokens;
        if (!hasGold)
        {
            // Mixed files (some lines tagged, some not) are treated as untagged rather than half-scored.
            documents = Strip(documents);
        }

        return new ConllCorpus(lines.ToImmutable(), documents.ToImmutable(), hasGold);
    }

    private static ImmutableArray<ConllDocument>.Builder Strip(ImmutableArray<ConllDocument>.Builder documents)
    {
        var stripped = ImmutableArray.CreateBuilder<ConllDocument>();
        foreach (var d in documents)
        {
            stripped.Add(new ConllDocument([.. d.Sentences.Select(s => s with { Gold = [] })]));
        }

        return stripped;
    }

    private static bool TryParseTag(string field, out int tag, int lineNumber)
    {
        tag = 0;
        var split = NerTags.Split(field);
        if (split is null) return false;
        var (prefix, type) = split.Value;
        if (prefix == 'O') return true;
        var t = NerTags.TypeIndex(type);
        if (t < 0) throw new ConllFormatException($"line {lineNumber}: unknown entity type '{type}' (expected PER, LOC, ORG or MISC)");
        tag = prefix == 'B' ? NerTags.Begin(t) : NerTags.Inside(t);
        return true;
    }

    /// <summary>
    /// Writes every input line back unchanged with one more column: the predicted BIO tag for token lines,
    /// <c>O</c> for <c>-DOCSTART-</c> lines, nothing for blank lines.
    /// </summary>
    public static void Write(ConllCorpus corpus, IReadOnlyList<int[]> predictions, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(writer);
        var extra = new string?[corpus.Lines.Length];
        var k = 0;
        foreach (var sentence in corpus.Sentences)
        {
            var tags = predictions[k++];
            for (var i = 0; i < sentence.Words.Length; i++) extra[sentence.Lines[i]] = NerTags.Names[tags[i]];
        }

        for (var i = 0; i < corpus.Lines.Length; i++)
        {
            var line = corpus.Lines[i];
            if (extra[i] is { } tag) writer.WriteLine(line + " " + tag);
            else if (line.TrimStart().StartsWith(DocStart, StringComparison.Ordinal)) writer.WriteLine(line + " O");
            else writer.WriteLine(line);
        }
    }
}
