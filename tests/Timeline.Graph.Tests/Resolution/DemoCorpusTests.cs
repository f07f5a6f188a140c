using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph.Tests.Resolution;

/// <summary>
/// The seed checks on a demo corpus written for the project (three short reports of one diplomatic tour, with the
/// spelling variants real outlets produce), run through the committed name recognizer.
/// </summary>
public sealed class DemoCorpusTests
{
    private static readonly string[] Texts =
    [
        """
        Blinken wraps up regional tour

        US Secretary of State Antony Blinken flew from Jerusalem to Amman on Saturday after talks with Israeli Prime Minister Benjamin Netanyahu.
        In Amman, Mr Blinken met Arab foreign ministers who urged an immediate ceasefire.
        Blinken said the United States would keep pressing for humanitarian pauses.
        Antony Blinken departs Amman airport (Reuters)
        """,
        """
        On Sunday the top US diplomat made an unannounced stop in Ramallah, where he met Palestinian President Mahmoud Abbas.
        He then travelled to Baghdad to see the Iraqi prime minister, Mohammed Shia al-Sudani.
        Al-Sudani told him that attacks on US troops had to be seen in the context of the war.
        The visit came days after the Israeli prime minister, Benjamin Netanyhau, rejected calls for a truce, and Netanuahu repeated the refusal on Sunday.
        """,
        """
        In Ankara on Monday, Blinken held talks with the Turkish foreign minister, Hakan Fidan, but did not meet President Recep Tayyip Erdoğan.
        Erdogan had said on Saturday that he had cut off contact with Netanyahu.
        Washington said the talks had been productive, and Blinken left Ankara for Tokyo to join a G7 meeting.
        """,
    ];

    private static readonly Lazy<EntityResolution> Resolution = new(() =>
    {
        var tagger = new EntityTagger(PerceptronNameRecognizer.Default);
        var corpus = new List<ArticleMentions>();
        for (var i = 0; i < Texts.Length; i++)
        {
            var text = Texts[i].Replace("\r\n", "\n", StringComparison.Ordinal);
            var article = new Article { Id = $"article/demo{i}", File = $"demo{i}.txt", Text = text, Body = text, Published = new DateOnly(2023, 11, 6) };
            var analysed = SentenceSplitter.Analyse(article);
            corpus.Add(new ArticleMentions(analysed, [], tagger.Tag(analysed), []));
        }

        return new EntityResolver().Resolve(corpus);
    });

    private static EntityRecord Person(params string[] forms)
    {
        var r = Resolution.Value;
        var e = Assert.Single(r.Entities, x => x.Type == EntityType.Person && forms.Any(f => x.Name == f || x.Aliases.Contains(f)));
        foreach (var f in forms) Assert.True(e.Name == f || e.Aliases.Contains(f), $"{f} is not a form of {e.Name}: {string.Join(", ", e.Aliases)}");
        return e;
    }

    [Fact]
    public void Secretary_of_state_is_one_entity_including_the_description()
    {
        var e = Person("Antony Blinken", "Blinken");
        Assert.Equal(3, e.Articles.Length);
        Assert.Contains(Resolution.Value.Log, s => s.Entity == e.Id && s.Rule == "description");
    }

    [Fact]
    public void Israeli_prime_minister_is_one_entity_across_spellings()
    {
        var e = Person("Benjamin Netanyahu", "Benjamin Netanyhau", "Netanuahu", "Netanyahu");
        Assert.Contains(e.Roles, x => x.Title == "prime minister" && x.Of == "country/israel");
    }

    [Fact]
    public void Turkish_president_is_one_entity_across_spellings()
    {
        var e = Person("Recep Tayyip Erdoğan", "Erdogan");
        Assert.Equal("person/recep-tayyip-erdogan", e.Id);
    }

    [Fact]
    public void Iraqi_prime_minister_is_one_entity()
    {
        var e = Person("Mohammed Shia al-Sudani", "Al-Sudani");
        Assert.Contains(e.Roles, x => x.Title == "prime minister" && x.Of == "country/iraq");
    }

    [Theory]
    [InlineData("Jerusalem", 31.7683, 35.2137)]
    [InlineData("Amman", 31.9454, 35.9284)]
    [InlineData("Ramallah", 31.9038, 35.2034)]
    [InlineData("Baghdad", 33.3152, 44.3661)]
    [InlineData("Ankara", 39.9334, 32.8597)]
    [InlineData("Tokyo", 35.6762, 139.6503)]
    public void Cities_are_geocoded(string city, double lat, double lon)
    {
        var e = Assert.Single(Resolution.Value.Entities, x => x.Type == EntityType.Place && x.Name == city);
        Assert.NotNull(e.Geo);
        Assert.InRange(e.Geo.Lat, lat - 0.2, lat + 0.2);
        Assert.InRange(e.Geo.Lon, lon - 0.2, lon + 0.2);
    }

    [Fact]
    public void Capital_speaking_is_the_country_and_furniture_gives_nothing()
    {
        var r = Resolution.Value;
        Assert.Contains(r.Log, s => s.Rule == "metonymy" && s.Forms.Contains("Washington"));
        Assert.DoesNotContain(r.Entities, e => e.Name is "Reuters" || e.Name.Contains("wraps", StringComparison.Ordinal));
        Assert.Contains("article/demo0", Person("Antony Blinken").Articles);
    }
}
