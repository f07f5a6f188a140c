namespace Timeline.Cli.Tests.Ner;

public sealed class ConllCommandTests
{
    private const string Sample =
        "Olaf NNP\nScholz NNP\nflew VBD\nto TO\nWarsaw NNP\non IN\nFriday NNP\n. .\n\n" +
        "He PRP\nmet VBD\nofficials NNS\nof IN\nthe DT\nWorld NNP\nBank NNP\n. .\n\n" +
        "-DOCSTART- -X-\n";

    [Fact]
    public async Task Conll_appends_a_bio_tag_to_every_line()
    {
        var dir = Directory.CreateTempSubdirectory("timeline-conll-");
        try
        {
            var input = Path.Combine(dir.FullName, "sample.conll");
            await File.WriteAllTextAsync(input, Sample, TestContext.Current.CancellationToken);
            var output = Path.Combine(dir.FullName, "tagged.conll");
            var err = new StringWriter();
            var code = await TimelineCli.RunAsync(["conll", input, "--out", output], new StringWriter(), err);
            Assert.Equal(TimelineCli.Ok, code);
            var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
            var inputLines = Sample.Split('\n')[..^1];
            Assert.Equal(inputLines.Length, lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                if (inputLines[i].Length == 0) Assert.Equal("", lines[i]);
                else Assert.StartsWith(inputLines[i] + " ", lines[i], StringComparison.Ordinal);
            }

            Assert.Equal("Olaf NNP B-PER", lines[0]);
            Assert.Equal("Scholz NNP I-PER", lines[1]);
            Assert.Equal("Warsaw NNP B-LOC", lines[4]);
            Assert.Equal("Friday NNP O", lines[6]);
            Assert.Equal("World NNP B-ORG", lines[14]);
            Assert.Equal("Bank NNP I-ORG", lines[15]);
            Assert.Equal("-DOCSTART- -X- O", lines[^1]);
            Assert.Contains("1 documents, 2 sentences, 16 tokens", err.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Conll_writes_to_standard_output_and_scores_gold_files()
    {
        var dir = Directory.CreateTempSubdirectory("timeline-conll-");
        try
        {
            var input = Path.Combine(dir.FullName, "gold.conll");
            await File.WriteAllTextAsync(input, "Kofi NNP I-PER\nAnnan NNP I-PER\nvisited VBD O\nGhana NNP I-LOC\n. . O\n", TestContext.Current.CancellationToken);
            var output = new StringWriter();
            var err = new StringWriter();
            var code = await TimelineCli.RunAsync(["conll", input], output, err);
            Assert.Equal(TimelineCli.Ok, code);
            Assert.StartsWith("Kofi NNP I-PER B-PER\nAnnan NNP I-PER I-PER\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains("overall", err.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Missing_file_is_a_usage_error()
    {
        var err = new StringWriter();
        var code = await TimelineCli.RunAsync(["conll", "/nonexistent/file.conll"], new StringWriter(), err);
        Assert.Equal(TimelineCli.Usage, code);
        Assert.Contains("/nonexistent/file.conll: file not found", err.ToString(), StringComparison.Ordinal);
    }
}
