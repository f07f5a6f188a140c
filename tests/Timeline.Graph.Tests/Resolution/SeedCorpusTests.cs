using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph.Tests.Resolution;

/// <summary>
/// End-to-end checks on ../shared/corpus/seeds (five reports of one story) with the committed name recognizer.
/// The seed texts are read at run time and never copied into the repository; the tests skip when they are absent.
/// </summary>
public sealed class SeedCorpusTests
{
    private static readonly Lazy<(List<ArticleMentions> Corpus, EntityResolution Resolution)?> Seeds = new(Load);

    private static (List<ArticleMentions>, EntityResolution)? Load()
    {
        var dir = FindShared("corpus/seeds");
        if (dir is null) return null;
        var tagger = new EntityTagger(PerceptronNameRecognizer.Default);
        var corpus = new List<ArticleMentions>();
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var article = new Article
            {
                Id = "article/" + Path.GetFileNameWithoutExtension(file),
                File = file,
                Text = text,
                Body = text,
                Published = new DateOnly(2023, 11, 6),
            };
            var analysed = SentenceSplitter.Analyse(article);
            corpus.Add(new ArticleMentions(analysed, [], tagger.Tag(analysed), []));
        }

        return (corpus, new EntityResolver().Resolve(corpus));
    }

    internal static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "data")))
            {
                var path = Path.Combine(shared, relative);
                return Directory.Exists(path) ? path : null;
            }
        }

        return null;
    }

    private static (List<ArticleMentions> Corpus, EntityResolution Resolution) Get()
    {
        if (Seeds.Value is { } seeds) return seeds;
        Assert.Skip("../shared/corpus/seeds not found");
        throw new InvalidOperationException("unreachable");
    }

    private static EntityResolution Resolution() => Get().Resolution;

    private static EntityRecord OnePersonWith(EntityResolution r, params string[] forms)
    {
        var holders = r.Entities.Where(e => e.Type == EntityType.Person && forms.Any(f => e.Name == f || e.Aliases.Contains(f))).ToList();
        var e = Assert.Single(holders);
        foreach (var f in forms) Assert.True(e.Name == f || e.Aliases.Contains(f), $"{f} is not a form of {e.Name}: {string.Join(", ", e.Aliases)}");
        return e;
    }

    [Fact]
    public void The_secretary_of_state_is_one_entity_with_the_descriptions()
    {
        var r = Resolution();
        var e = OnePersonWith(r, "Antony Blinken", "Blinken");
        Assert.Equal("person/antony-blinken", e.Id);
        Assert.Equal(5, e.Articles.Length);
        Assert.Contains(e.Roles, x => x.Title == "secretary of state" && x.Of == "country/united-states");
        Assert.Contains(r.Log, s => s.Entity == e.Id && s.Rule == "description");
    }

    [Fact]
    public void The_israeli_prime_minister_is_one_entity_across_three_spellings()
    {
        var e = OnePersonWith(Resolution(), "Benjamin Netanyahu", "Benjamin Neyanyahu", "Netanuahu");
        Assert.Equal("person/benjamin-netanyahu", e.Id);
        Assert.Contains(e.Roles, x => x.Title == "prime minister" && x.Of == "country/israel");
    }

    [Fact]
    public void The_turkish_president_is_one_entity_across_two_spellings()
    {
        var e = OnePersonWith(Resolution(), "Erdoğan", "Erdogan");
        Assert.Equal("person/recep-tayyip-erdogan", e.Id);
        Assert.Contains(e.Roles, x => x.Title == "president" && x.Of == "country/turkey");
    }

    [Fact]
    public void The_iraqi_prime_minister_is_one_entity()
    {
        var e = OnePersonWith(Resolution(), "Mohammed Shia al-Sudani");
        Assert.Contains(e.Roles, x => x.Title == "prime minister" && x.Of == "country/iraq");
        Assert.Single(Resolution().Entities, x => x.Name.Contains("Sudani", StringComparison.Ordinal) || x.Aliases.Any(a => a.Contains("Sudani", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Jerusalem", 31.7683, 35.2137)]
    [InlineData("Amman", 31.9454, 35.9284)]
    [InlineData("Ramallah", 31.9038, 35.2034)]
    [InlineData("Baghdad", 33.3152, 44.3661)]
    [InlineData("Ankara", 39.9334, 32.8597)]
    [InlineData("Tokyo", 35.6762, 139.6503)]
    public void Cities_of_the_tour_are_geocoded(string city, double lat, double lon)
    {
        var e = Assert.Single(Resolution().Entities, x => x.Type == EntityType.Place && x.Name == city);
        Assert.NotNull(e.Geo);
        Assert.InRange(e.Geo.Lat, lat - 0.2, lat + 0.2);
        Assert.InRange(e.Geo.Lon, lon - 0.2, lon + 0.2);
    }

    [Fact]
    public void No_entity_comes_from_a_furniture_line()
    {
        var seeds = Get();

        // Furniture here: short lines that do not end like a sentence (site banners, section labels, headings,
        // captions) and lines carrying photo credits.
        foreach (var am in seeds.Corpus)
        {
            var text = am.Article.Text;
            var lines = new List<(int Start, int End)>();
            var pos = 0;
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.TrimEnd();
                var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                var furniture = trimmed.Length > 0
                    && ((words <= 12 && !".!?\"”’:".Contains(trimmed[^1], StringComparison.Ordinal))
                        || trimmed.Contains("Getty Images", StringComparison.Ordinal) || trimmed.EndsWith("(Reuters)", StringComparison.Ordinal));
                if (furniture) lines.Add((pos, pos + line.Length));
                pos += line.Length + 1;
            }

            foreach (var m in am.Entities)
            {
                Assert.DoesNotContain(lines, l => m.Span.Start >= l.Start && m.Span.End <= l.End);
            }

            foreach (var (start, end) in lines)
            {
                var line = text[start..end].Trim();
                Assert.DoesNotContain(seeds.Resolution.Entities, e => e.Name == line || e.Aliases.Contains(line));
            }
        }

        Assert.DoesNotContain(seeds.Resolution.Entities, e => e.Name is "Reuters" or "Getty Images" or "AFP" or "Comments" or "Keep Reading");
    }

    [Fact]
    public void Every_mention_is_resolved_and_ids_are_unique()
    {
        var seeds = Get();
        var r = seeds.Resolution;
        Assert.Equal(r.Entities.Length, r.Entities.Select(e => e.Id).Distinct().Count());
        var named = seeds.Corpus.SelectMany(c => c.Entities.Where(m => !m.IsDescription).Select(m => (c.Article.Id, m.Span)));
        Assert.All(named, x => Assert.NotNull(r.EntityOf(x.Id, x.Span)));
    }
}
