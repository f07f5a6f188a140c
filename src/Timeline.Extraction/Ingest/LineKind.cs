namespace Timeline.Extraction;

/// <summary>What a line of an article is.</summary>
internal enum LineKind
{
    Blank,
    Content,
    Headline,
    Heading,
    Dateline,
    Byline,
    Furniture,
    Caption,

    // A line of one to three words without sentence punctuation: chrome unless it turns out to be the headline.
    Short,
}
