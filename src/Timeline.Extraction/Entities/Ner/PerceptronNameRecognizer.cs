using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>
/// The project's statistical name recognizer: a two-pass averaged perceptron trained on CoNLL-2003 (see
/// docs/reports/ner.md). Tags each sentence of an article with PER, LOC, ORG and MISC, the second pass knowing what
/// the first found elsewhere in the same article. Stateless after loading: safe to share between threads.
/// </summary>
public sealed class PerceptronNameRecognizer : INameRecognizer
{
    /// <summary>Logical name of the embedded model resource.</summary>
    public const string ResourceName = "Timeline.Extraction.Ner.model";

    private static readonly Lazy<PerceptronNameRecognizer> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    internal PerceptronNameRecognizer(NerModel model) => Model = model;

    /// <summary>The committed model, loaded once on first use.</summary>
    public static PerceptronNameRecognizer Default => Embedded.Value;

    internal NerModel Model { get; }

    /// <summary>Loads a model written by <c>timeline train-ner</c>.</summary>
    public static PerceptronNameRecognizer Load(Stream model) => new(NerModel.Load(model));

    /// <summary>Loads a model file written by <c>timeline train-ner</c>.</summary>
    public static PerceptronNameRecognizer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <inheritdoc/>
    public ImmutableArray<NameSpan> Recognize(AnalysedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = article.Sentences.Where(s => s.Tokens.Length > 0).ToArray();
        var words = sentences.Select(s => (IReadOnlyList<string>)s.Tokens.Select(t => t.Text).ToArray()).ToArray();
        var tags = Model.Tag(words);
        var names = ImmutableArray.CreateBuilder<NameSpan>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var tokens = sentences[s].Tokens;
            foreach (var (start, end, type) in NerTags.Spans(tags[s]))
            {
                names.Add(new NameSpan(new TextSpan(tokens[start].Start, tokens[end - 1].End), NerTags.Types[type]));
            }
        }

        return names.ToImmutable();
    }

    /// <summary>Tags pre-tokenised sentences of one document; returns one BIO tag per token.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TagTokens(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return [.. Model.Tag(sentences).Select(t => (IReadOnlyList<string>)[.. t.Select(x => NerTags.Names[x])])];
    }

    private static PerceptronNameRecognizer LoadEmbedded()
    {
        using var stream = typeof(PerceptronNameRecognizer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded NER model '{ResourceName}' is missing; run 'timeline train-ner' and rebuild");
        return Load(stream);
    }
}
