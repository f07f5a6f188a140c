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

/// <summary>A name found by a recognizer: its span and label (PER, ORG, LOC, MISC).</summary>
public readonly record struct NameSpan(TextSpan Span, string Label);

/// <summary>Finds names in text (the statistical tagger); typing, gazetteer and roles come after it.</summary>
public interface INameRecognizer
{
    /// <summary>Names in the article, in text order, one list per sentence flattened.</summary>
    ImmutableArray<NameSpan> Recognize(AnalysedArticle article);
}
