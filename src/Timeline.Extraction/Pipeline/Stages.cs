using System.Collections.Immutable;
using Timeline.Core;

namespace Timeline.Extraction;

/// <summary>Finds and normalises temporal expressions, anchored on the article's publication date.</summary>
public interface ITimeTagger
{
    /// <summary>Time expressions of the article, in text order.</summary>
    ImmutableArray<TimeExpression> Tag(AnalysedArticle article);
}

/// <summary>Finds named entities (actors and places) with types, gazetteer keys and roles.</summary>
public interface IEntityTagger
{
    /// <summary>Entity mentions of the article, in text order.</summary>
    ImmutableArray<EntityMention> Tag(AnalysedArticle article);
}

/// <summary>Finds event mentions with their arguments, time, place and factuality.</summary>
public interface IEventExtractor
{
    /// <summary>Event mentions of the article, in text order.</summary>
    ImmutableArray<EventMention> Extract(AnalysedArticle article, ImmutableArray<TimeExpression> times, ImmutableArray<EntityMention> entities);
}
