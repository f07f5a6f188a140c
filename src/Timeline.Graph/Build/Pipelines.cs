using Timeline.Extraction;

namespace Timeline.Graph;

/// <summary>The default wiring of every stage: what <c>timeline build</c> runs.</summary>
public static class Pipelines
{
    /// <summary>A builder with the project's default taggers and resolvers.</summary>
    public static CorpusBuilder Default()
    {
        var gazetteer = Gazetteer.Default;
        var entities = new EntityTagger(PerceptronNameRecognizer.Default, gazetteer);
        var taxonomy = EventTaxonomy.Default;
        return new(new ExtractionPipeline(new RuleTimeTagger(), entities, new EventExtractor(taxonomy)), new EntityResolver(gazetteer), new EventResolver(taxonomy));
    }
}
