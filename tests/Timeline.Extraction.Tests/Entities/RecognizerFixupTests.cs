using Timeline.Core;
using Timeline.TestSupport;

namespace Timeline.Extraction.Tests.Entities;

/// <summary>Repairs of typical recognizer slips before typing and roles.</summary>
public sealed class RecognizerFixupTests
{
    private static List<EntityMention> Tag(string text, params (string, string)[] names) =>
        [.. new EntityTagger(new ListRecognizer(names)).Tag(TestArticles.Analyse(text))];

    [Fact]
    public void Party_word_tagged_as_a_person_before_a_title_and_a_name_is_an_organisation()
    {
        var m = Tag("Tory leader Michael Howard wrote to the prime minister.", ("Tory", "PER"), ("Michael Howard", "PER"));
        Assert.Equal(EntityType.Organization, Assert.Single(m, x => x.Text == "Tory").Type);
        Assert.Equal(new RoleMention("leader", "Tory"), Assert.Single(Assert.Single(m, x => x.Text == "Michael Howard").Roles));
    }

    [Fact]
    public void A_name_after_a_determiner_is_not_a_person()
    {
        var m = Tag("The Tory leader spoke first.", ("Tory", "PER"));
        Assert.DoesNotContain(m, x => x.Type == EntityType.Person);
    }

    [Fact]
    public void Sentence_adverb_taken_for_a_name_is_dropped_and_the_title_goes_to_the_next_name()
    {
        var m = Tag(
            "Additionally, the Iraqi Prime Minister, Mohammed Shia al-Sudani, visited Tehran.",
            ("Additionally", "PER"), ("Iraqi", "MISC"), ("Mohammed Shia al-Sudani", "PER"), ("Tehran", "LOC"));
        Assert.DoesNotContain(m, x => x.Text == "Additionally");
        Assert.Equal(new RoleMention("prime minister", "Iraq"), Assert.Single(Assert.Single(m, x => x.Text == "Mohammed Shia al-Sudani").Roles));
    }

    [Fact]
    public void A_different_office_after_a_titled_name_describes_someone_else()
    {
        var m = Tag(
            "During the meeting with Turkish foreign minister Hakan Fidan, the US secretary of state was told to push harder.",
            ("Turkish", "MISC"), ("Hakan Fidan", "PER"), ("US", "LOC"));
        Assert.Equal(new RoleMention("foreign minister", "Turkey"), Assert.Single(Assert.Single(m, x => x.Text == "Hakan Fidan").Roles));
        var d = Assert.Single(m, x => x.IsDescription);
        Assert.Equal("the US secretary of state", d.Text);
    }

    [Fact]
    public void Organisation_cut_at_of_is_joined_and_its_demonym_gives_the_country()
    {
        var m = Tag(
            "Qatari Ministry of Foreign Affairs spokesperson Majed Al-Ansari said talks continue.",
            ("Qatari Ministry", "ORG"), ("Foreign Affairs", "ORG"), ("Majed Al-Ansari", "PER"));
        var org = Assert.Single(m, x => x.Type == EntityType.Organization);
        Assert.Equal("Qatari Ministry of Foreign Affairs", org.Text);
        Assert.Equal(new RoleMention("ministry of foreign affairs spokesperson", "Qatar"), Assert.Single(Assert.Single(m, x => x.Text == "Majed Al-Ansari").Roles));
    }

    [Theory]
    [InlineData("Islamist")]
    [InlineData("Western")]
    [InlineData("Hamas-run")]
    [InlineData("Israel-Hamas War")]
    public void Descriptive_adjectives_are_not_entities(string misc)
    {
        var m = Tag($"The {misc} officials met on Monday.", (misc, "MISC"));
        Assert.Empty(m);
    }
}
