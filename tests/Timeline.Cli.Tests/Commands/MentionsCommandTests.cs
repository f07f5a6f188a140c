using System.Text.Json;

namespace Timeline.Cli.Tests;

public sealed class MentionsCommandTests
{
    [Fact]
    public async Task Mentions_prints_one_json_object_per_article_with_offsets_into_the_text()
    {
        var dir = CliRunner.TempDir();
        const string text = "Lakeside talks\n\nForeign Minister Ana Lindqvist met Prime Minister Tomas Berg in Stockholm on Tuesday.\n";
        File.WriteAllText(Path.Combine(dir, "a.txt"), text);
        File.WriteAllBytes(Path.Combine(dir, "b.txt"), [0, 1, 2, 0, 0, 0, 255]);
        var (code, output, error) = await CliRunner.Run("mentions", dir, "--published", "2024-03-14");

        Assert.Equal(1, code);
        Assert.Contains("b.txt", error, StringComparison.Ordinal);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("2024-03-14", root.GetProperty("published").GetString());
        var time = Assert.Single(root.GetProperty("times").EnumerateArray());
        Assert.Equal("2024-03-12", time.GetProperty("value").GetString());
        var meet = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "meet");
        var start = meet.GetProperty("start").GetInt32();
        Assert.Equal("met", text[start..(start + 3)]);
        Assert.Contains(meet.GetProperty("arguments").EnumerateArray(), a => a.GetString() == "agent: Ana Lindqvist (Person)");
        Assert.Equal("Stockholm", meet.GetProperty("place").GetString());
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task Offsets_point_into_files_with_windows_or_old_mac_line_ends(string newline)
    {
        var dir = CliRunner.TempDir();
        var text = string.Join(newline, "Harbour talks", "", "Foreign Minister Ana Lindqvist arrived in Oslo on Monday.",
            "She met Prime Minister Tomas Berg in Bergen on Tuesday.", "The two signed a fisheries accord.", "");
        File.WriteAllText(Path.Combine(dir, "a.txt"), text);
        var (code, output, _) = await CliRunner.Run("mentions", dir, "--published", "2024-03-14");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.Trim());
        var root = json.RootElement;
        var mentions = root.GetProperty("times").EnumerateArray().Concat(root.GetProperty("entities").EnumerateArray()).ToList();
        Assert.True(mentions.Count >= 6, $"only {mentions.Count} mentions");
        foreach (var m in mentions)
        {
            var start = m.GetProperty("start").GetInt32();
            var mention = m.GetProperty("text").GetString()!;
            Assert.Equal(mention, text.Substring(start, mention.Length));
        }

        var meet = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "meet");
        Assert.Equal("met", text.Substring(meet.GetProperty("start").GetInt32(), 3));
    }
}
