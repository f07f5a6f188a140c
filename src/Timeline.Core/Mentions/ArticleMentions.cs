using System.Collections.Immutable;

namespace Timeline.Core;

/// <summary>Everything extracted from one article: the stage output that resolution consumes.</summary>
public sealed record ArticleMentions(
    AnalysedArticle Analysed,
    ImmutableArray<TimeExpression> Times,
    ImmutableArray<EntityMention> Entities,
    ImmutableArray<EventMention> Events)
{
    /// <summary>The article.</summary>
    public Article Article => Analysed.Article;
}
