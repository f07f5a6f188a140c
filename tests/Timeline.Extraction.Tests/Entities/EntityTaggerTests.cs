using Timeline.Core;
using Timeline.TestSupport;

namespace Timeline.Extraction.Tests.Entities;

public sealed class EntityTaggerTests
{
    private static readonly ListRecognizer Names = new(
        ("US", "LOC"), ("Antony Blinken", "PER"), ("Blinken", "PER"), ("Mr Blinken", "PER"), ("Turkish", "MISC"),
        ("Recep Tayyip Erdoğan", "PER"), ("Ankara", "LOC"), ("Hakan Fidan", "PER"), ("Benjamin Netanyahu", "PER"),
        ("Israel", "LOC"), ("Qatari", "MISC"), ("Ministry of Foreign Affairs", "ORG"), ("Majed Al-Ansari", "PER"),
        ("Tokyo", "LOC"), ("Israeli", "MISC"), ("Israel-Hamas", "MISC"), ("White House", "LOC"), ("Gaza", "LOC"),
        ("Hamas", "ORG"), ("Türkiye", "LOC"), ("Reuters", "ORG"), ("Jane Doe", "PER"), ("AFP", "ORG"),
        ("Getty Images", "ORG"), ("Middle East", "LOC"), ("Mohammed Shia al-Sudani", "PER"), ("Iraqi", "MISC"),
        ("State Department", "ORG"), ("Matthew Miller", "PER"), ("Turkey", "LOC"));

    private static List<EntityMention> Tag(string text) => [.. new EntityTagger(Names).Tag(TestArticles.Analyse(text))];

    private static EntityMention One(IEnumerable<EntityMention> mentions, string text) =>
        Assert.Single(mentions, m => m.Text == text);

    [Fact]
    public void Types_names_with_the_gazetteer()
    {
        var m = Tag("US envoys met Recep Tayyip Erdoğan in Ankara, then flew to Türkiye's border with the White House team. Hamas fighters remain in Gaza.");
        Assert.Equal(EntityType.Country, One(m, "US").Type);
        Assert.Equal("country/us", One(m, "US").GazetteerKey);
        Assert.Equal(EntityType.Person, One(m, "Recep Tayyip Erdoğan").Type);
        Assert.Equal("place/323786", One(m, "Ankara").GazetteerKey);
        Assert.Equal(EntityType.Country, One(m, "Türkiye").Type);
        Assert.Equal("country/tr", One(m, "Türkiye").GazetteerKey);
        Assert.Equal(EntityType.Organization, One(m, "White House").Type);
        Assert.Equal(EntityType.Organization, One(m, "Hamas").Type);
        Assert.Equal("region/gaza-strip", One(m, "Gaza").GazetteerKey);
        Assert.All(m, x => Assert.Equal(x.Text, x.Span.Of("US envoys met Recep Tayyip Erdoğan in Ankara, then flew to Türkiye's border with the White House team. Hamas fighters remain in Gaza.")));
    }

    [Fact]
    public void Demonyms_and_nationality_compounds_are_not_entities()
    {
        var m = Tag("Israeli troops pushed on as the Israel-Hamas war entered its second month, Turkish officials said.");
        Assert.DoesNotContain(m, x => x.Text is "Israeli" or "Turkish" or "Israel-Hamas");
    }

    [Fact]
    public void Title_before_the_name_gives_a_role_with_its_country()
    {
        var m = Tag("US Secretary of State Antony Blinken arrived on Monday.");
        var role = Assert.Single(One(m, "Antony Blinken").Roles);
        Assert.Equal(new RoleMention("secretary of state", "United States"), role);
    }

    [Fact]
    public void Demonym_title_before_the_name_links_to_the_country()
    {
        var m = Tag("He later met Turkish President Recep Tayyip Erdoğan behind closed doors.");
        Assert.Equal(new RoleMention("president", "Turkey"), Assert.Single(One(m, "Recep Tayyip Erdoğan").Roles));
    }

    [Fact]
    public void Apposition_after_a_title_gives_a_role()
    {
        var m = Tag("Talks continued with the Turkish foreign minister, Hakan Fidan, in the capital.");
        Assert.Equal(new RoleMention("foreign minister", "Turkey"), Assert.Single(One(m, "Hakan Fidan").Roles));
        Assert.DoesNotContain(m, x => x.IsDescription);
    }

    [Fact]
    public void Apposition_after_the_name_gives_a_role()
    {
        var m = Tag("He also spoke with Benjamin Netanyahu, the Prime Minister of Israel.");
        Assert.Equal(new RoleMention("prime minister", "Israel"), Assert.Single(One(m, "Benjamin Netanyahu").Roles));
        Assert.Equal(EntityType.Country, One(m, "Israel").Type);
    }

    [Fact]
    public void Organisation_title_before_the_name_keeps_the_country()
    {
        var m = Tag("Qatari Ministry of Foreign Affairs spokesperson Majed Al-Ansari said talks would continue.");
        Assert.Equal(new RoleMention("ministry of foreign affairs spokesperson", "Qatar"), Assert.Single(One(m, "Majed Al-Ansari").Roles));
        Assert.Equal(EntityType.Organization, One(m, "Ministry of Foreign Affairs").Type);
    }

    [Fact]
    public void Organisation_title_without_country_is_held_for_the_organisation()
    {
        var m = Tag("State Department spokesperson Matthew Miller declined to comment.");
        Assert.Equal(new RoleMention("spokesperson", "State Department"), Assert.Single(One(m, "Matthew Miller").Roles));
    }

    [Fact]
    public void Iraqi_prime_minister_with_particle_surname()
    {
        var m = Tag("Iraqi Prime Minister Mohammed Shia al-Sudani hosted the delegation.");
        Assert.Equal(new RoleMention("prime minister", "Iraq"), Assert.Single(One(m, "Mohammed Shia al-Sudani").Roles));
    }

    [Theory]
    [InlineData("As the plane left, the top US diplomat said the work was in progress.", "the top US diplomat", "top diplomat", "United States")]
    [InlineData("The trip was planned by the US secretary of state weeks ago.", "the US secretary of state", "secretary of state", "United States")]
    [InlineData("Aid was discussed with the Turkish president on Monday.", "the Turkish president", "president", "Turkey")]
    [InlineData("Officials said Turkey's foreign minister had declined.", "Turkey's foreign minister", "foreign minister", "Turkey")]
    public void Descriptions_of_office_holders_become_description_mentions(string text, string description, string title, string of)
    {
        var d = Assert.Single(Tag(text), x => x.IsDescription);
        Assert.Equal(description, d.Text);
        Assert.Equal(EntityType.Person, d.Type);
        Assert.Equal(new RoleMention(title, of), Assert.Single(d.Roles));
    }

    [Theory]
    [InlineData("Israeli officials said the talks with Turkish ministers would resume.")]
    [InlineData("The Israeli army said the Turkish ministry had been told.")]
    [InlineData("The US team met the minister.")]
    public void Plural_vague_or_countryless_titles_are_not_descriptions(string text)
    {
        Assert.DoesNotContain(Tag(text), x => x.IsDescription);
    }

    [Fact]
    public void Honorific_is_not_part_of_the_name()
    {
        var text = "Mr Blinken said he would return.";
        var m = Tag(text);
        var b = Assert.Single(m);
        Assert.Equal("Blinken", b.Text);
        Assert.Equal("Blinken", b.Span.Of(text));
        Assert.Empty(b.Roles);
    }

    [Theory]
    [InlineData("Antony Blinken speaks to reporters in Ankara. Photograph: Jane Doe/Reuters")]
    [InlineData("Antony Blinken boards his plane in Tokyo (AFP via Getty Images)")]
    [InlineData("Blinken ends Middle East tour")]
    [InlineData("By Jane Doe, Reuters")]
    [InlineData("Reporting by Jane Doe in Ankara; Editing by Antony Blinken.")]
    public void Credits_captions_bylines_and_headings_give_no_entities(string line)
    {
        var text = "Blinken met Hakan Fidan in Ankara on Monday.\n\n" + line + "\n\nThey talked for two hours.";
        var m = Tag(text);
        Assert.All(m, x => Assert.True(x.Span.End <= text.IndexOf('\n', StringComparison.Ordinal), x.Text));
        Assert.Equal(3, m.Count);
    }

    [Fact]
    public void Parenthesised_agency_credit_in_a_dateline_is_dropped_but_the_place_kept()
    {
        var m = Tag("Ankara (Reuters) - Blinken met Hakan Fidan on Monday.");
        Assert.DoesNotContain(m, x => x.Text == "Reuters");
        Assert.Contains(m, x => x.Text == "Ankara");
    }

    [Fact]
    public void Mentions_are_in_text_order_and_carry_their_sentence()
    {
        var m = Tag("Blinken flew to Tokyo. Then Hakan Fidan spoke in Ankara.");
        Assert.Equal(["Blinken", "Tokyo", "Hakan Fidan", "Ankara"], m.Select(x => x.Text));
        Assert.Equal([0, 0, 1, 1], m.Select(x => x.Sentence));
    }
}
