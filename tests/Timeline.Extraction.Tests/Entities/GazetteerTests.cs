using System.Text;

namespace Timeline.Extraction.Tests.Entities;

public sealed class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Theory]
    [InlineData("Turkey", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("turkiye", "TR")]
    [InlineData("US", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("USA", "US")]
    [InlineData("America", "US")]
    [InlineData("the United States", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Britain", "GB")]
    [InlineData("Israel", "IL")]
    [InlineData("Palestine", "PS")]
    [InlineData("Qatar", "QA")]
    [InlineData("UAE", "AE")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Côte d'Ivoire", "CI")]
    public void Finds_countries_by_common_names_and_short_forms(string name, string iso)
    {
        Assert.Equal(iso, G.Country(name)?.Country);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("in")]
    [InlineData("it")]
    [InlineData("Ankara")]
    public void Does_not_take_pronouns_two_letter_words_or_cities_for_countries(string name)
    {
        Assert.Null(G.Country(name));
    }

    [Theory]
    [InlineData("Turkish", "TR")]
    [InlineData("Turks", "TR")]
    [InlineData("Israeli", "IL")]
    [InlineData("Israelis", "IL")]
    [InlineData("Qatari", "QA")]
    [InlineData("American", "US")]
    [InlineData("British", "GB")]
    [InlineData("Palestinian", "PS")]
    [InlineData("Iraqi", "IQ")]
    [InlineData("Saudi", "SA")]
    [InlineData("Emirati", "AE")]
    public void Maps_demonyms_to_their_country(string word, string iso)
    {
        Assert.True(G.IsDemonym(word));
        Assert.Equal(iso, G.DemonymCountry(word)?.Country);
    }

    [Fact]
    public void Knows_codes_and_keys()
    {
        Assert.Equal("Turkey", G.CountryByCode("tr")?.Name);
        Assert.Equal("Turkey", G.CountryByCode("TUR")?.Name);
        Assert.Equal("country/tr", G.CountryByCode("TR")?.Key);
        Assert.Same(G.CountryByCode("TR"), G.ByKey("country/tr"));
        Assert.Equal("Ankara", G.ByKey("place/323786")?.Name);
        Assert.Null(G.CountryByCode("ZZ"));
    }

    [Theory]
    [InlineData("Ankara", "TR", 39.92, 32.85)]
    [InlineData("Jerusalem", "IL", 31.77, 35.22)]
    [InlineData("Amman", "JO", 31.96, 35.95)]
    [InlineData("Ramallah", "PS", 31.90, 35.20)]
    [InlineData("Baghdad", "IQ", 33.34, 44.40)]
    [InlineData("Tokyo", "JP", 35.69, 139.69)]
    [InlineData("Washington", "US", 38.90, -77.04)]
    [InlineData("Paris", "FR", 48.85, 2.35)]
    [InlineData("Rafah", "PS", 31.30, 34.24)]
    [InlineData("Khan Younis", "PS", 31.34, 34.31)]
    [InlineData("Kiev", "UA", 50.45, 30.52)]
    [InlineData("Bombay", "IN", 19.07, 72.88)]
    public void Best_place_candidate_is_the_well_known_one(string name, string iso, double lat, double lon)
    {
        var best = G.Places(name).First(p => p.HasCoordinates);
        Assert.Equal(iso, best.Country);
        Assert.InRange(best.Lat!.Value, lat - 0.2, lat + 0.2);
        Assert.InRange(best.Lon!.Value, lon - 0.2, lon + 0.2);
    }

    [Fact]
    public void Place_candidates_are_sorted_by_population_within_a_tier()
    {
        var cities = G.Places("Birmingham").Where(p => p.Kind == GazetteerKind.City).ToList();
        Assert.True(cities.Count >= 2);
        Assert.Equal("GB", cities[0].Country);
        Assert.Contains(cities, c => c.Country == "US");
        for (var i = 1; i < cities.Count; i++) Assert.True(cities[i - 1].Population >= cities[i].Population);
    }

    [Fact]
    public void Curated_regions_come_before_cities_of_the_same_name()
    {
        var gaza = G.Places("Gaza");
        Assert.Equal("region/gaza-strip", gaza[0].Key);
        Assert.Contains(gaza, p => p.Kind == GazetteerKind.City && p.Country == "PS");
        Assert.Equal(GazetteerKind.Region, G.Places("West Bank")[0].Kind);
        Assert.Equal(GazetteerKind.Region, G.Places("the Middle East")[0].Kind);
        Assert.False(G.Places("Middle East")[0].HasCoordinates);
        Assert.True(G.Places("Rafah crossing")[0].HasCoordinates);
    }

    [Fact]
    public void Lookups_fold_diacritics_case_and_hyphens()
    {
        Assert.Equal(G.Places("Khān Yūnis")[0].Key, G.Places("khan yunis")[0].Key);
        Assert.Equal(G.Places("Deir ez-Zor")[0].Key, G.Places("DEIR EZ ZOR")[0].Key);
        Assert.Equal("khan yunis", Gazetteer.Normalize("Khān-Yūnis"));
        Assert.Equal("us", Gazetteer.Normalize("The U.S."));
    }

    [Fact]
    public void Capitals_name_their_country_for_metonymy()
    {
        Assert.Equal("IR", G.CountryOfCapital("Tehran")?.Country);
        Assert.Equal("US", G.CountryOfCapital("Washington")?.Country);
        Assert.Equal("RU", G.CountryOfCapital("Moscow")?.Country);
        Assert.Null(G.CountryOfCapital("Birmingham"));
    }

    [Fact]
    public void Organisations_resolve_by_acronym_and_full_name()
    {
        Assert.Equal("Palestine Liberation Organization", G.Organization("PLO")?.Name);
        Assert.Equal("org/palestine-liberation-organization", G.Organization("Palestine Liberation Organization")?.Key);
        Assert.Equal("United Nations", G.Organization("U.N.")?.Name);
        Assert.Null(G.Organization("un"));
    }

    [Theory]
    [InlineData("Turkish", GazetteerFlags.Demonym)]
    [InlineData("Secretary of State", GazetteerFlags.PersonTitle)]
    [InlineData("prime minister", GazetteerFlags.PersonTitle)]
    [InlineData("Mr.", GazetteerFlags.PersonTitle)]
    [InlineData("Ankara", GazetteerFlags.City)]
    [InlineData("Israel", GazetteerFlags.Country)]
    [InlineData("Türkiye", GazetteerFlags.Country)]
    [InlineData("Khān Yūnis", GazetteerFlags.City)]
    [InlineData("US", GazetteerFlags.Country)]
    [InlineData("West Bank", GazetteerFlags.Region)]
    [InlineData("Hamas", GazetteerFlags.Organization)]
    public void Flags_report_membership(string text, GazetteerFlags expected)
    {
        Assert.True((G.Flags(text) & expected) == expected, $"{text}: {G.Flags(text)}");
    }

    [Theory]
    [InlineData("of")]
    [InlineData("the")]
    [InlineData("us")]
    [InlineData("said")]
    [InlineData("Blinken")]
    public void Flags_leave_ordinary_words_alone(string text)
    {
        Assert.Equal(GazetteerFlags.None, G.Flags(text) & ~GazetteerFlags.PersonTitle);
    }

    [Fact]
    public void Token_flags_mark_every_token_of_a_matched_phrase()
    {
        string[] tokens = ["Fighting", "in", "the", "Gaza", "Strip", "and", "New", "York", "said", "Turkish", "Prime", "Minister"];
        var flags = G.TokenFlags(tokens);
        Assert.Equal(tokens.Length, flags.Length);
        Assert.True(flags[3].HasFlag(GazetteerFlags.Region));
        Assert.True(flags[4].HasFlag(GazetteerFlags.Region));
        Assert.True(flags[6].HasFlag(GazetteerFlags.City));
        Assert.True(flags[7].HasFlag(GazetteerFlags.City));
        Assert.True(flags[9].HasFlag(GazetteerFlags.Demonym));
        Assert.True(flags[10].HasFlag(GazetteerFlags.PersonTitle));
        Assert.True(flags[11].HasFlag(GazetteerFlags.PersonTitle));
        Assert.Equal(GazetteerFlags.None, flags[0]);
        Assert.Equal(GazetteerFlags.None, flags[8]);
    }

    [Fact]
    public void Default_is_one_shared_instance_across_threads()
    {
        var instances = Enumerable.Range(0, 8).AsParallel().Select(_ => Gazetteer.Default).Distinct().ToList();
        Assert.Single(instances);
        Assert.True(G.Entries.Count(e => e.Kind == GazetteerKind.Country) >= 240);
        Assert.True(G.Entries.Count(e => e.Kind == GazetteerKind.City) >= 20000);
    }

    [Fact]
    public void Loads_the_plain_text_format()
    {
        const string text = "# test\nC\tXA\tXAA\tExampleland\t1.5\t2.5\t100\tExampleville\tExample|XA-land\tExamplish\nT\tmagistrate\n";
        var g = Gazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.Equal("Exampleland", g.Country("example")?.Name);
        Assert.Equal("XA", g.DemonymCountry("Examplish")?.Country);
        Assert.Equal("XA", g.CountryOfCapital("Exampleville")?.Country);
        Assert.True(g.IsTitle("Magistrate"));
        Assert.Equal(1.5, g.CountryByCode("XA")?.Lat);
    }
}
