using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>Article → analysed text → time, entity and event mentions. Pure: the same article gives the same mentions.</summary>
public sealed class ExtractionPipeline(ITimeTagger times, IEntityTagger entities, IEventExtractor events)
{
    /// <summary>Runs every extraction stage on one article.</summary>
    public ArticleMentions Run(Article article)
    {
        var analysed = SentenceSplitter.Analyse(article);
        var t = times.Tag(analysed);
        var e = entities.Tag(analysed);
        var ev = events.Extract(analysed, t, e);
        return new ArticleMentions(analysed, t, e, ev);
    }
}
