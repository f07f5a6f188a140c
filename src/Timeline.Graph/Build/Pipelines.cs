using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>The default wiring of every stage: what <c>timeline build</c> runs.</summary>
public static class Pipelines
{
    /// <summary>A builder with the project's default taggers and resolvers.</summary>
    public static CorpusBuilder Default()
    {
        var taxonomy = EventTaxonomy.Default;
        return new(Extraction(), new EntityResolver(Gazetteer.Default), new EventResolver(taxonomy, Gazetteer.Default));
    }

    /// <summary>The default per-article extraction stages (time, entities, events), without resolution.</summary>
    public static ExtractionPipeline Extraction() =>
        new(new RuleTimeTagger(), new EntityTagger(PerceptronNameRecognizer.Default, Gazetteer.Default), new EventExtractor(EventTaxonomy.Default));
}
