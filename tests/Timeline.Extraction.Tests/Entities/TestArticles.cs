using Timeline.Core;

namespace Timeline.Extraction.Tests.Entities;

internal static class TestArticles
{
    public static AnalysedArticle Analyse(string text, string id = "article/test") =>
        SentenceSplitter.Analyse(Make(text, id));

    public static Article Make(string text, string id = "article/test") => new()
    {
        Id = id,
        File = id + ".txt",
        Text = text,
        Body = text,
        Published = new DateOnly(2023, 11, 6),
    };
}
