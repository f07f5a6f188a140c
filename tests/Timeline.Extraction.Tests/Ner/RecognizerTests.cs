namespace Timeline.Extraction.Tests.Ner;

public sealed class RecognizerTests
{
    private static readonly PerceptronNameRecognizer Recognizer = PerceptronNameRecognizer.Default;

    [Fact]
    public void Finds_people_places_and_organisations_in_news_sentences()
    {
        const string text = "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday. " +
            "Shares of Siemens rose 3 percent in Frankfurt after the company raised its forecast. " +
            "The United Nations said aid convoys reached Khartoum, the capital of Sudan, late on Monday.";
        var names = NerTestData.Names(Recognizer, text);
        Assert.Contains(("Olaf Scholz", "PER"), names);
        Assert.Contains(("Emmanuel Macron", "PER"), names);
        Assert.Contains(("Paris", "LOC"), names);
        Assert.Contains(("Frankfurt", "LOC"), names);
        Assert.Contains(("Siemens", "ORG"), names);
        Assert.Contains(("United Nations", "ORG"), names);
        Assert.Contains(("Sudan", "LOC"), names);
        Assert.DoesNotContain(names, n => n.Text is "Tuesday" or "Monday" or "Shares");
    }

    [Fact]
    public void Spans_are_offsets_into_the_article_text_and_in_order()
    {
        const string text = "Talks in Cairo.\n\nEgypt's foreign minister, Sameh Shoukry, met U.S. envoys in Cairo.";
        var article = NerTestData.Article(text);
        var names = Recognizer.Recognize(article);
        Assert.NotEmpty(names);
        for (var i = 1; i < names.Length; i++) Assert.True(names[i - 1].Span.End <= names[i].Span.Start);
        var found = names.Select(n => (n.Span.Of(text), n.Label)).ToList();
        Assert.Contains(("Sameh Shoukry", "PER"), found);
        Assert.Contains(("Egypt", "LOC"), found);
        Assert.Contains(("U.S.", "LOC"), found);
        Assert.Equal(2, found.Count(n => n == ("Cairo", "LOC")));
    }

    [Fact]
    public void Surnames_repeat_the_type_of_the_full_name_in_the_document()
    {
        const string text = "Ministers welcomed the plan drafted by Ingrid Vahlberg, a Swedish economist. " +
            "Vahlberg said the proposal would cut costs. Critics of Vahlberg disagreed.";
        var names = NerTestData.Names(Recognizer, text);
        Assert.Contains(("Ingrid Vahlberg", "PER"), names);
        Assert.Equal(2, names.Count(n => n == ("Vahlberg", "PER")));
    }

    [Fact]
    public void Default_is_one_shared_instance_and_safe_in_parallel()
    {
        const string text = "Kenya and Uganda signed a trade deal in Nairobi, officials said.";
        var expected = NerTestData.Names(Recognizer, text);
        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 16, _ => results.Add(string.Join("|", NerTestData.Names(PerceptronNameRecognizer.Default, text))));
        Assert.Same(Recognizer, PerceptronNameRecognizer.Default);
        Assert.All(results, r => Assert.Equal(string.Join("|", expected), r));
        Assert.Contains(("Nairobi", "LOC"), expected);
    }
}
