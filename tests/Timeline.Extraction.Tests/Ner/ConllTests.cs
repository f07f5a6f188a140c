namespace Timeline.Extraction.Tests.Ner;

public sealed class ConllTests
{
    private const string SharedFileShape =
        "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n. . O O\n\n" +
        "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n" +
        "-DOCSTART- -X- O O\n\n" +
        "BRUSSELS NNP I-NP I-LOC\n1996-08-22 CD I-NP O\n\n" +
        "-DOCSTART- -X- O O\n";

    [Fact]
    public void DocStart_at_the_end_of_the_file_does_not_create_an_empty_document()
    {
        var corpus = NerTestData.Read(SharedFileShape);
        Assert.True(corpus.HasGold);
        Assert.Equal(2, corpus.Documents.Length);
        Assert.Equal(2, corpus.Documents[0].Sentences.Length);
        Assert.Single(corpus.Documents[1].Sentences);
        Assert.Equal(["Peter", "Blackburn"], corpus.Documents[0].Sentences[1].Words);
        Assert.Equal(15, corpus.Lines.Length);
    }

    [Fact]
    public void Iob1_tags_become_bio()
    {
        var corpus = NerTestData.Read("A x I-PER\nB x I-PER\nC x B-PER\nD x I-LOC\nE x O\nF x I-ORG\n");
        var gold = corpus.Documents[0].Sentences[0].Gold.Select(t => NerTags.Names[t]);
        Assert.Equal(["B-PER", "I-PER", "B-PER", "B-LOC", "O", "B-ORG"], gold);
    }

    [Fact]
    public void A_file_of_bare_tokens_has_no_gold()
    {
        var corpus = NerTestData.Read("Angela\nMerkel\nspoke\n\nThen\nshe\nleft\n");
        Assert.False(corpus.HasGold);
        Assert.Equal(2, corpus.Sentences.Count());
        Assert.All(corpus.Sentences, s => Assert.True(s.Gold.IsEmpty));
    }

    [Fact]
    public void Unknown_entity_type_names_the_line()
    {
        var ex = Assert.Throws<ConllFormatException>(() => NerTestData.Read("A x O\nB x B-GPE\n"));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_keeps_every_line_and_appends_one_column()
    {
        var corpus = NerTestData.Read(SharedFileShape);
        var predictions = corpus.Sentences.Select(s => new int[s.Words.Length]).ToList();
        predictions[1][0] = NerTags.Begin(0);
        predictions[1][1] = NerTags.Inside(0);
        var sw = new StringWriter();
        Conll.Write(corpus, predictions, sw);
        var lines = sw.ToString().Split('\n')[..^1];
        Assert.Equal(corpus.Lines.Length, lines.Length);
        Assert.Equal("Peter NNP I-NP I-PER B-PER", lines[6]);
        Assert.Equal("Blackburn NNP I-NP I-PER I-PER", lines[7]);
        Assert.Equal("-DOCSTART- -X- O O O", lines[9]);
        Assert.Equal("", lines[5]);
    }

    [Fact]
    public void Scorer_follows_conlleval_chunk_semantics()
    {
        var score = new SpanScore();
        int[] gold = [NerTags.Begin(0), NerTags.Inside(0), 0, NerTags.Begin(1), 0, NerTags.Begin(2)];
        // Right PER, LOC with a wrong boundary, a spurious MISC, the ORG missed; a stray I-LOC starts a name as in conlleval.
        int[] predicted = [NerTags.Begin(0), NerTags.Inside(0), NerTags.Inside(1), NerTags.Inside(1), NerTags.Begin(3), 0];
        score.Add(gold, predicted);
        Assert.Equal(new SpanCounts(1, 3, 3), score.Overall);
        Assert.Equal(new SpanCounts(1, 1, 1), score.For(0));
        Assert.Equal(new SpanCounts(0, 1, 1), score.For(1));
        Assert.Equal(new SpanCounts(0, 0, 1), score.For(2));
        Assert.Equal(1 / 3.0, score.Overall.F1, 6);
    }
}
