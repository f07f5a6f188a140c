using System.Collections.Immutable;
using Timeline.Core;
using Timeline.Extraction;

namespace Timeline.Graph.Tests;

/// <summary>A small hand-built corpus: our own sentences, names and dates marked by hand, resolution by a name table.</summary>
internal sealed class Corpus
{
    public static readonly DateOnly Published = new(2023, 11, 6);

    private static readonly (string Name, EntityType Type, string Id)[] Names =
    [
        ("Lena Varga", EntityType.Person, "person/lena-varga"), ("Varga", EntityType.Person, "person/lena-varga"),
        ("Ole Brandt", EntityType.Person, "person/ole-brandt"), ("Brandt", EntityType.Person, "person/ole-brandt"),
        ("Ivo Stam", EntityType.Person, "person/ivo-stam"), ("Stam", EntityType.Person, "person/ivo-stam"),
        ("Oslo", EntityType.Place, "place/oslo"), ("Bergen", EntityType.Place, "place/bergen"), ("Tromsø", EntityType.Place, "place/tromso"),
        ("Vik", EntityType.Place, "place/vik"), ("Nordland", EntityType.Country, "country/nordland"), ("Sudovia", EntityType.Country, "country/sudovia"),
        ("Kestrel Front", EntityType.Organization, "organization/kestrel-front"),
    ];

    private static readonly Dictionary<string, (DateOnly Day, Granularity G)> Dates = new(StringComparer.Ordinal)
    {
        ["Monday"] = (new DateOnly(2023, 11, 6), Granularity.Day),
        ["Tuesday"] = (new DateOnly(2023, 10, 31), Granularity.Day),
        ["Wednesday"] = (new DateOnly(2023, 11, 1), Granularity.Day),
        ["Thursday"] = (new DateOnly(2023, 11, 2), Granularity.Day),
        ["Friday"] = (new DateOnly(2023, 11, 3), Granularity.Day),
        ["Saturday"] = (new DateOnly(2023, 11, 4), Granularity.Day),
        ["Sunday"] = (new DateOnly(2023, 11, 5), Granularity.Day),
    };

    private readonly List<ArticleMentions> articles = [];
    private readonly ImmutableDictionary<MentionKey, string>.Builder map = ImmutableDictionary.CreateBuilder<MentionKey, string>();

    public IReadOnlyList<ArticleMentions> Articles => articles;

    public EntityResolution Entities => new(
        [.. Names.GroupBy(n => n.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new EntityRecord { Id = g.Key, Name = g.First().Name, Type = g.First().Type })],
        [],
        map.ToImmutable());

    /// <summary>Adds an article from an outlet; with <paramref name="dated"/> false it has no publication date and its weekdays stay unanchored.</summary>
    public Corpus Add(string outlet, string text, bool dated = true)
    {
        var article = new Article
        {
            Id = Ids.Article(Ids.NormaliseForIdentity(outlet + text)),
            File = outlet + ".txt",
            Source = outlet,
            Text = text,
            Body = text,
            Published = dated ? Published : null,
            PublishedBasis = dated ? PublishedBasis.Metadata : PublishedBasis.Unknown,
        };
        var analysed = SentenceSplitter.Analyse(article);
        var entities = new List<EntityMention>();
        var taken = new bool[text.Length];
        foreach (var (name, type, id) in Names.OrderByDescending(n => n.Name.Length))
        {
            foreach (var at in Find(text, name))
            {
                if (taken[at]) continue;
                for (var k = at; k < at + name.Length; k++) taken[k] = true;
                var span = new TextSpan(at, at + name.Length);
                entities.Add(new EntityMention { Span = span, Text = name, Label = "X", Type = type, Sentence = analysed.SentenceAt(at)?.Index ?? -1 });
                map[new MentionKey(article.Id, span)] = id;
            }
        }

        var times = new List<TimeExpression>();
        foreach (var (word, (day, g)) in Dates)
        {
            foreach (var at in Find(text, word))
            {
                times.Add(new TimeExpression
                {
                    Span = new TextSpan(at, at + word.Length),
                    Text = word,
                    Type = TimexType.Date,
                    Value = dated ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "XXXX-WXX-" + ((int)day.DayOfWeek == 0 ? 7 : (int)day.DayOfWeek),
                    Earliest = dated ? day : null,
                    Latest = dated ? day : null,
                    Granularity = g,
                    Anchored = dated,
                    Sentence = analysed.SentenceAt(at)?.Index ?? -1,
                });
            }
        }

        var ents = entities.OrderBy(e => e.Span.Start).ToImmutableArray();
        var tms = times.OrderBy(t => t.Span.Start).ToImmutableArray();
        articles.Add(new ArticleMentions(analysed, tms, ents, new EventExtractor().Extract(analysed, tms, ents)));
        return this;
    }

    public EventResolution Resolve() => new EventResolver().Resolve(articles, Entities);

    private static IEnumerable<int> Find(string text, string name)
    {
        var at = 0;
        while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
        {
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + name.Length >= text.Length || !char.IsLetter(text[at + name.Length]))) yield return at;
            at += name.Length;
        }
    }
}
