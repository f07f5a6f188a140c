using Timeline.Core;

namespace Timeline.Graph.Tests.Resolution;

public sealed class EntityResolverTests
{
    [Fact]
    public void Surname_and_honorific_references_join_the_full_name_across_articles()
    {
        var r = Corpus.Resolve(
            "[LOC:US] Secretary of State [PER:Antony Blinken] arrived in [LOC:Ankara] on Monday. Mr [PER:Blinken] met officials there. [PER:Blinken] left at night.",
            "[PER:Blinken] flew on to [LOC:Tokyo] for talks.");
        var e = r.Entity("Antony Blinken");
        Assert.Equal("person/antony-blinken", e.Id);
        Assert.Equal(EntityType.Person, e.Type);
        Assert.Equal(["Blinken"], e.Aliases);
        Assert.Equal(4, e.Mentions);
        Assert.Equal(["article/000", "article/001"], e.Articles);
        Assert.Contains(new RoleRecord("secretary of state", "country/united-states"), e.Roles);
        Assert.Contains(r.Log, s => s.Entity == e.Id && s.Rule == "honorific" && s.Forms.Contains("Blinken"));
        Assert.Contains(r.Log, s => s.Entity == e.Id && s.Rule == "surname");
        Assert.Single(r.Entities, x => x.Type == EntityType.Person);
    }

    [Fact]
    public void Diacritics_fold_and_the_accented_spelling_is_kept_as_name()
    {
        var r = Corpus.Resolve(
            "[MISC:Turkish] President [PER:Recep Tayyip Erdoğan] spoke on Monday.",
            "[PER:Recep Tayyip Erdogan] did not meet him. [PER:Erdogan] was in the east.");
        var e = r.Entity("Recep Tayyip Erdoğan");
        Assert.Equal("person/recep-tayyip-erdogan", e.Id);
        Assert.Equal(3, e.Mentions);
        Assert.Contains("Recep Tayyip Erdogan", e.Aliases);
        Assert.Contains(new RoleRecord("president", "country/turkey"), e.Roles);
        Assert.Contains(r.Entities, x => x.Id == "country/turkey");
    }

    [Fact]
    public void Hyphen_and_case_variants_with_particles_are_one_person()
    {
        var r = Corpus.Resolve(
            "[MISC:Iraqi] Prime Minister [PER:Mohammed Shia al-Sudani] received the delegation.",
            "[PER:Mohammed Shia Al-Sudani] said the talks went well. [PER:Al-Sudani] later left.",
            "[PER:al-Sudani] and his aides were briefed.");
        var e = r.Entity("Mohammed Shia al-Sudani");
        Assert.Equal(4, e.Mentions);
        Assert.Equal(3, e.Articles.Length);
    }

    [Fact]
    public void Acronyms_join_their_long_forms()
    {
        var r = Corpus.Resolve(
            "The [ORG:Palestine Liberation Organization] met the [ORG:Committee to Protect Journalists] in the morning.",
            "The [ORG:PLO] and the [ORG:CPJ] issued a statement.");
        var plo = r.Entity("PLO");
        Assert.Equal("Palestine Liberation Organization", plo.Name);
        Assert.Equal(2, plo.Mentions);
        var cpj = r.Entity("CPJ");
        Assert.Equal("Committee to Protect Journalists", cpj.Name);
        Assert.Contains(r.Log, s => s.Rule == "acronym" && s.Forms.Contains("CPJ"));
    }

    [Fact]
    public void Country_names_and_short_forms_are_one_country_with_coordinates()
    {
        var r = Corpus.Resolve(
            "The [LOC:US] said aid would flow. The [LOC:United States] has sent ships.",
            "[LOC:America] and the [LOC:U.S.] were blamed. [LOC:Türkiye] and [LOC:Turkey] disagreed.");
        var us = r.Entity("United States");
        Assert.Equal("country/united-states", us.Id);
        Assert.Equal(4, us.Mentions);
        Assert.Equal("US", us.Geo?.Country);
        Assert.NotNull(us.Geo);
        Assert.Equal(2, r.Entity("Turkey").Mentions);
        Assert.Contains(r.Log, s => s.Entity == us.Id && s.Rule == "gazetteer");
    }

    [Fact]
    public void Capital_as_subject_of_a_speech_or_action_verb_is_its_country()
    {
        var r = Corpus.Resolve(
            "[LOC:Washington] said it would send more aid. [LOC:Tehran] has announced new measures.",
            "[PER:Antony Blinken] travelled to [LOC:Tehran] on Sunday. Officials in [LOC:Washington] were surprised.");
        var iran = r.Entity("Iran");
        Assert.Equal(EntityType.Country, iran.Type);
        Assert.Equal(1, iran.Mentions);
        Assert.Equal(1, r.Entity("United States").Mentions);
        var tehran = Assert.Single(r.Entities, e => e.Type == EntityType.Place && e.Name == "Tehran");
        Assert.Equal(1, tehran.Mentions);
        Assert.Contains(r.Log, s => s.Rule == "metonymy" && s.Forms.Contains("Washington"));
        Assert.Contains(r.Entities, e => e.Type == EntityType.Place && e.Name == "Washington");
    }

    [Fact]
    public void Misspelt_surnames_merge_when_role_and_context_agree()
    {
        var r = Corpus.Resolve(
            "[MISC:Israeli] Prime Minister [PER:Benjamin Netanyahu] met [PER:Antony Blinken] in [LOC:Tel Aviv] as [ORG:Hamas] held hostages in [LOC:Gaza].",
            "[PER:Antony Blinken] failed to persuade the [MISC:Israeli] prime minister, [PER:Benjamin Neyanyahu], while [ORG:Hamas] fought in [LOC:Gaza].",
            "[MISC:Israeli] Prime Minister [PER:Netanuahu] rejected a ceasefire with [ORG:Hamas] in [LOC:Gaza] after meeting [PER:Antony Blinken].");
        var e = r.Entity("Benjamin Netanyahu");
        Assert.Equal(3, e.Mentions);
        Assert.Contains("Benjamin Neyanyahu", e.Aliases);
        Assert.Contains("Netanuahu", e.Aliases);
        Assert.Equal("person/benjamin-netanyahu", e.Id);
        Assert.Equal(2, r.Log.Count(s => s.Entity == e.Id && s.Rule == "typo"));
    }

    [Fact]
    public void A_lone_misspelt_surname_needs_more_than_co_occurring_names()
    {
        var r = Corpus.Resolve(
            "[MISC:Israeli] Prime Minister [PER:Benjamin Netanyahu] met [PER:Antony Blinken] in [LOC:Tel Aviv] as [ORG:Hamas] held hostages in [LOC:Gaza].",
            "[PER:Netanuahu] rejected a ceasefire with [ORG:Hamas] in [LOC:Gaza] after meeting [PER:Antony Blinken].",
            "[PER:Netanuahu] was criticised by [ORG:Hamas], but [PER:Benjamin Netanyahu] replied in [LOC:Gaza] and [LOC:Tel Aviv] to [PER:Antony Blinken].");
        var e = r.Entity("Benjamin Netanyahu");
        Assert.Equal(3, e.Mentions);
        Assert.Single(r.Entities, x => x.Name == "Netanuahu");
    }

    [Fact]
    public void A_misspelling_without_supporting_context_stays_apart()
    {
        var r = Corpus.Resolve(
            "[PER:Mark Kelly] opened a bakery in [LOC:Leeds].",
            "[PER:Mark Kelley] won the chess final in [LOC:Perth].");
        Assert.Equal(2, r.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Theory]
    [InlineData("Mahmoud Abbas", "Abbas Araghchi")]
    [InlineData("George Bush", "George W. Bush")]
    [InlineData("John Smith", "Joan Smith")]
    [InlineData("Bill Clinton", "Hillary Clinton")]
    [InlineData("Kim Jong Un", "Kim Jong Il")]
    [InlineData("Mohammed bin Salman", "Mohammed bin Zayed")]
    [InlineData("Ehud Barak", "Ehud Olmert")]
    [InlineData("Yair Lapid", "Yair Golan")]
    [InlineData("Abdullah Abdullah", "Abdullah Gul")]
    [InlineData("Maria Silva", "Mario Silva")]
    public void Different_people_with_similar_names_stay_apart_in_unrelated_and_shared_contexts(string a, string b)
    {
        var unrelated = Corpus.Resolve($"[PER:{a}] opened a school in [LOC:Leeds].", $"[PER:{b}] won a prize in [LOC:Perth].");
        Assert.Equal(2, unrelated.Entities.Count(e => e.Type == EntityType.Person));
        var shared = Corpus.Resolve($"[PER:{a}] and [PER:{b}] met in [LOC:Cairo] with [ORG:Hamas], [ORG:Fatah] and [LOC:Egypt] officials.");
        Assert.Equal(2, shared.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Ambiguous_surname_reference_does_not_pick_a_side()
    {
        var r = Corpus.Resolve("[PER:George Bush] and [PER:George W. Bush] both spoke. [PER:Bush] was applauded.");
        Assert.Equal(3, r.Entities.Count(e => e.Type == EntityType.Person));
        Assert.Equal(1, r.Entity("George Bush").Mentions);
    }

    [Fact]
    public void Surname_reference_prefers_the_person_named_in_the_same_article()
    {
        var r = Corpus.Resolve(
            "[PER:Mahmoud Abbas] spoke in [LOC:Ramallah]. [PER:Abbas] said talks must resume.",
            "[PER:Abbas Araghchi] spoke in [LOC:Tehran].");
        Assert.Equal(2, r.Entity("Mahmoud Abbas").Mentions);
        Assert.Equal(1, r.Entity("Abbas Araghchi").Mentions);
    }

    [Fact]
    public void Descriptions_resolve_to_the_role_holder_named_elsewhere()
    {
        var r = Corpus.Resolve(
            "[LOC:US] Secretary of State [PER:Antony Blinken] landed in [LOC:Amman].",
            "After the talks, the top [LOC:US] diplomat flew to [LOC:Ankara].",
            "The [MISC:Turkish] president was not available.");
        var blinken = r.Entity("Antony Blinken");
        Assert.Equal(2, blinken.Mentions);
        Assert.Contains(r.Log, s => s.Rule == "description" && s.Forms.Contains("the top US diplomat"));
        Assert.DoesNotContain(r.Entities, e => e.Name.Contains("president", StringComparison.OrdinalIgnoreCase));
        var corpus = Corpus.Of("[LOC:US] Secretary of State [PER:Antony Blinken] landed in [LOC:Amman].", "After the talks, the top [LOC:US] diplomat flew to [LOC:Ankara].");
        var resolution = new EntityResolver().Resolve(corpus);
        var description = Assert.Single(corpus[1].Entities, m => m.IsDescription);
        Assert.Equal(blinken.Id, resolution.EntityOf("article/001", description.Span));
    }

    [Theory]
    [InlineData("Jerusalem", 31.77, 35.22, "IL")]
    [InlineData("Amman", 31.96, 35.95, "JO")]
    [InlineData("Ramallah", 31.90, 35.20, "PS")]
    [InlineData("Baghdad", 33.34, 44.40, "IQ")]
    [InlineData("Ankara", 39.92, 32.85, "TR")]
    [InlineData("Tokyo", 35.69, 139.69, "JP")]
    public void Places_are_geocoded(string place, double lat, double lon, string iso)
    {
        var r = Corpus.Resolve($"The delegation arrived in [LOC:{place}] on Monday.");
        var geo = r.Entity(place).Geo;
        Assert.NotNull(geo);
        Assert.InRange(geo.Lat, lat - 0.2, lat + 0.2);
        Assert.InRange(geo.Lon, lon - 0.2, lon + 0.2);
        Assert.Equal(iso, geo.Country);
    }

    [Fact]
    public void Context_country_picks_the_smaller_namesake()
    {
        var uk = Corpus.Resolve("Fans gathered in [LOC:Birmingham] on Saturday.");
        Assert.Equal("GB", uk.Entity("Birmingham").Geo?.Country);
        var us = Corpus.Resolve("Fans gathered in [LOC:Birmingham], Alabama, on Saturday.");
        Assert.Equal("US", us.Entity("Birmingham").Geo?.Country);
        var paris = Corpus.Resolve("The [LOC:US] envoy flew to [LOC:Paris] on Saturday.");
        Assert.Equal("FR", paris.Entity("Paris").Geo?.Country);
    }

    [Fact]
    public void Ambiguous_and_unknown_places_stay_places_without_coordinates()
    {
        var r = Corpus.Resolve("Protesters marched in [LOC:Richmond] and in [LOC:Xyzzyville] on Saturday.");
        Assert.Null(r.Entity("Richmond").Geo);
        Assert.Equal(EntityType.Place, r.Entity("Richmond").Type);
        Assert.Null(r.Entity("Xyzzyville").Geo);
    }

    [Fact]
    public void Regions_resolve_and_countries_get_centroids()
    {
        var r = Corpus.Resolve("Aid reached the [LOC:Gaza Strip] from [LOC:Egypt]. Trucks entered [LOC:Gaza] and the [LOC:West Bank].");
        var gaza = r.Entity("Gaza Strip");
        Assert.Equal(2, gaza.Mentions);
        Assert.NotNull(gaza.Geo);
        Assert.Equal("PS", r.Entity("West Bank").Geo?.Country);
        var egypt = r.Entity("Egypt");
        Assert.InRange(egypt.Geo!.Lat, 20, 32);
    }

    [Fact]
    public void Ids_are_stable_across_runs_input_order_and_corpus_growth()
    {
        string[] texts =
        [
            "[LOC:US] Secretary of State [PER:Antony Blinken] met [PER:Hakan Fidan] in [LOC:Ankara].",
            "[PER:Blinken] and [PER:Fidan] spoke about [LOC:Gaza].",
        ];
        var a = Corpus.Resolve(texts);
        var b = Corpus.Resolve(texts);
        Assert.Equal(a.Entities.Select(e => e.Id), b.Entities.Select(e => e.Id));
        Assert.Equal(Steps(a), Steps(b));
        Assert.Equal(Steps(a), Steps(Corpus.Resolve([texts[1], texts[0]])));
        var reversed = Corpus.Resolve([texts[1], texts[0]]);
        Assert.Equal(a.Entities.Select(e => e.Id), reversed.Entities.Select(e => e.Id));
        var grown = Corpus.Resolve([.. texts, "[PER:John Smith] visited [LOC:Leeds]."]);
        Assert.Subset(grown.Entities.Select(e => e.Id).ToHashSet(), a.Entities.Select(e => e.Id).ToHashSet());
        Assert.Equal([.. a.Entities.Select(e => e.Id).Order(StringComparer.Ordinal)], a.Entities.Select(e => e.Id));
    }

    private static string[] Steps(EntityResolution r) =>
        [.. r.Log.Select(s => $"{s.Entity}|{s.Rule}|{s.Score}|{string.Join(",", s.Forms)}")];

    [Fact]
    public void Every_mention_maps_to_an_entity_and_counts_add_up()
    {
        var corpus = Corpus.Of(
            "[LOC:US] Secretary of State [PER:Antony Blinken] met [PER:Hakan Fidan] in [LOC:Ankara].",
            "[PER:Blinken] and [PER:Fidan] spoke about [LOC:Gaza].");
        var r = new EntityResolver().Resolve(corpus);
        var mentions = corpus.SelectMany(c => c.Entities.Select(m => (c.Article.Id, m))).ToList();
        Assert.All(mentions, x => Assert.NotNull(r.EntityOf(x.Id, x.m.Span)));
        Assert.Equal(mentions.Count, r.Entities.Sum(e => e.Mentions));
    }
}

public sealed class EntityResolverGuardTests
{
    [Fact]
    public void A_first_name_alone_is_not_a_misspelt_surname()
    {
        var r = Corpus.Resolve("[PER:David Davis] spoke. Later [PER:David] replied to [PER:Roberts] and [PER:Robert].");
        Assert.Equal(1, r.Entity("David Davis").Mentions);
        Assert.Equal(4, r.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Similar_full_names_in_one_article_without_a_shared_office_stay_apart()
    {
        var r = Corpus.Resolve(
            "[PER:David Davis] and [PER:David Davies] both spoke in [LOC:London] about [ORG:Labour], the [ORG:BBC] and [LOC:Wales].",
            "[PER:David Davis] met [ORG:Labour] and [ORG:BBC] staff in [LOC:Wales].");
        Assert.Equal(2, r.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Surname_tagged_as_an_organisation_is_the_person_named_in_the_article()
    {
        var r = Corpus.Resolve("[PER:Majed Al-Ansari] spoke first. [ORG:Al-Ansari] told reporters more.", "The [MISC:Biden] administration agreed with [PER:Joe Biden] aides.");
        Assert.Equal(2, r.Entity("Majed Al-Ansari").Mentions);
        Assert.Contains(r.Log, s => s.Rule == "surname-retyped");
        Assert.Equal(2, r.Entity("Joe Biden").Mentions);
    }

    [Fact]
    public void A_word_used_as_misc_and_as_organisation_is_one_organisation()
    {
        var r = Corpus.Resolve("[ORG:Tories] won the vote.", "Many [MISC:Tories] cheered.");
        var e = r.Entity("Tories");
        Assert.Equal(EntityType.Organization, e.Type);
        Assert.Equal(2, e.Mentions);
    }
}
