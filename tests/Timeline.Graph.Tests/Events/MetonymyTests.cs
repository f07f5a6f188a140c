using Timeline.Core;

namespace Timeline.Graph.Tests;

public sealed class MetonymyTests
{
    private static TimelineDocument Build(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "timeline-metonymy", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "story.txt"), text);
        return Pipelines.Default().Build([dir], new BuildOptions { Ingest = new() { DefaultPublished = new DateOnly(2024, 5, 20) }, Parallelism = 1 }).Document;
    }

    [Fact]
    public void A_capital_announcing_something_is_its_countrys_government()
    {
        var doc = Build("Embassy row\n\nIran and Egypt have been at odds for months. Tehran announced on Monday that it would reopen its embassy in Cairo.\n");
        var statement = Assert.Single(doc.Events, e => e.Type == "statement");
        Assert.Contains(statement.Participants, p => p.Entity == "country/iran" && p.Role == "agent");
        Assert.DoesNotContain(statement.Participants, p => p.Entity.StartsWith("place/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_stays_a_place_when_its_country_is_not_in_the_story()
    {
        var doc = Build("Embassy row\n\nTehran announced on Monday that it would reopen its embassy in Cairo.\n");
        var statement = Assert.Single(doc.Events, e => e.Type == "statement");
        Assert.Contains(statement.Participants, p => p.Entity == "place/tehran" && p.Role == "agent");
    }
}
