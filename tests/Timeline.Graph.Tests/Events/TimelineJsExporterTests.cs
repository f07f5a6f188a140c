using System.Text.Json;
using Timeline.Core;

namespace Timeline.Graph.Tests;

public sealed class TimelineJsExporterTests
{
    private static readonly HashSet<string> SlideKeys = ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"];
    private static readonly HashSet<string> DateKeys = ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"];

    private static TimelineDocument Document()
    {
        var corpus = new Corpus()
            .Add("Northern Post", "Lena Varga met Ole Brandt in Oslo on Tuesday.\n\nKestrel Front attacked Vik.")
            .Add("Fjord Daily", "Varga's meeting with Brandt in Oslo on Tuesday produced little. Lena Varga will travel to Bergen.")
            .Add("Harbour Wire", "Lena Varga met Ole Brandt in Oslo on Wednesday.");
        var entities = corpus.Entities;
        var events = corpus.Resolve();
        var extra = new EventRecord
        {
            Id = "event/2023-11-month-visit-vik",
            Type = "visit",
            Summary = "Lena Varga visited Vik in November 2023",
            Date = new EventDate("2023-11", new DateOnly(2023, 11, 1), new DateOnly(2023, 11, 30), Granularity.Month, "text"),
            Participants = [new ParticipantRecord("person/lena-varga", "agent")],
            Place = "place/vik",
            Corroboration = 1,
            Sources = [new SourceRecord(corpus.Articles[0].Article.Id, 0, 5, "x")],
        };
        var undated = extra with { Id = "event/undated-visit-vik", Date = null };
        return new TimelineDocument
        {
            Articles = [.. corpus.Articles.Select(a => new ArticleRecord(a.Article.Id, a.Article.File, null, a.Article.Source, null, a.Article.Published, a.Article.PublishedBasis, 0))],
            Entities = entities.Entities,
            Events = [.. events.Events, extra, undated],
            Timeline = [.. events.Timeline, extra.Id, undated.Id],
            Itineraries = events.Itineraries,
        };
    }

    [Fact]
    public void Export_has_the_TimelineJS3_shape()
    {
        var doc = Document();
        using var json = JsonDocument.Parse(TimelineJsExporter.Export(doc));
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString()));
        var slides = root.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(slides);
        var ids = new HashSet<string>();
        foreach (var slide in slides)
        {
            foreach (var p in slide.EnumerateObject()) Assert.Contains(p.Name, SlideKeys);
            Assert.True(ids.Add(slide.GetProperty("unique_id").GetString()!), "unique_id repeats");
            var start = CheckDate(slide.GetProperty("start_date"));
            if (slide.TryGetProperty("end_date", out var end)) Assert.True(CheckDate(end) > start, "end_date must follow start_date");
            var text = slide.GetProperty("text");
            Assert.False(string.IsNullOrWhiteSpace(text.GetProperty("headline").GetString()));
            Assert.Contains("Reported by", text.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(slide.GetProperty("group").GetString()));
        }

        // Every dated event is a slide with our id; undated ones cannot be placed by TimelineJS and are counted in the title.
        Assert.Equal(doc.Events.Count(e => e.Date is not null).ToString(System.Globalization.CultureInfo.InvariantCulture), slides.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("event/undated-visit-vik", ids);
        Assert.Contains("undated", root.GetProperty("title").GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Slides_carry_outlets_uncertainty_and_granularity()
    {
        var doc = Document();
        using var json = JsonDocument.Parse(TimelineJsExporter.Export(doc));
        var slides = json.RootElement.GetProperty("events").EnumerateArray().ToDictionary(s => s.GetProperty("unique_id").GetString()!);

        var meet = doc.Events.Single(e => e.Type == "meet" && e.Factuality == Factuality.Happened);
        var meetSlide = slides[meet.Id];
        Assert.Contains("Northern Post", meetSlide.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("disagree on the date", meetSlide.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Oslo", meetSlide.GetProperty("group").GetString());
        Assert.Equal(31, meetSlide.GetProperty("start_date").GetProperty("day").GetInt32());
        Assert.False(meetSlide.TryGetProperty("end_date", out _));

        var attack = doc.Events.Single(e => e.Type == "attack");
        Assert.Equal("On or before 6 November 2023", slides[attack.Id].GetProperty("display_date").GetString());

        var planned = doc.Events.Single(e => e.Factuality == Factuality.Planned);
        Assert.Contains("Planned", slides[planned.Id].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);

        var month = slides["event/2023-11-month-visit-vik"];
        Assert.False(month.GetProperty("start_date").TryGetProperty("day", out _));
        Assert.Equal(11, month.GetProperty("start_date").GetProperty("month").GetInt32());
        Assert.Equal(30, month.GetProperty("end_date").GetProperty("day").GetInt32());
        Assert.Equal("November 2023", month.GetProperty("display_date").GetString());
    }

    [Fact]
    public void Slides_follow_the_timeline_order_and_output_is_stable()
    {
        var doc = Document();
        var text = TimelineJsExporter.Export(doc);
        Assert.Equal(text, TimelineJsExporter.Export(doc));
        using var json = JsonDocument.Parse(text);
        var order = json.RootElement.GetProperty("events").EnumerateArray().Select(s => s.GetProperty("unique_id").GetString()!).ToList();
        Assert.Equal(doc.Timeline.Where(order.Contains), order);
    }

    private static DateTime CheckDate(JsonElement d)
    {
        foreach (var p in d.EnumerateObject()) Assert.Contains(p.Name, DateKeys);
        var year = d.GetProperty("year").GetInt32();
        var month = 1;
        var day = 1;
        if (d.TryGetProperty("month", out var m))
        {
            month = m.GetInt32();
            Assert.InRange(month, 1, 12);
        }

        if (d.TryGetProperty("day", out var dd))
        {
            Assert.True(d.TryGetProperty("month", out _), "a day needs a month");
            day = dd.GetInt32();
            Assert.InRange(day, 1, DateTime.DaysInMonth(year, month));
        }

        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
    }
}
