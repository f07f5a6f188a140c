using Timeline.Core;

namespace Timeline.Graph;

/// <summary>Names, types and country codes of entity ids, from resolution or, for unresolved mentions, from the text.</summary>
internal sealed class EntityNames
{
    private readonly Dictionary<string, EntityRecord> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> fallback = new(StringComparer.Ordinal);

    public EntityNames(IReadOnlyList<ArticleMentions> corpus, EntityResolution entities)
    {
        foreach (var e in entities.Entities.IsDefault ? [] : entities.Entities) records.TryAdd(e.Id, e);
        foreach (var am in corpus)
        {
            foreach (var m in am.Entities.IsDefault ? [] : am.Entities)
            {
                var id = entities.EntityOf(am.Article.Id, m.Span) ?? Ids.Entity(m.Type, m.Text);
                fallback.TryAdd(id, m.Text);
            }

            foreach (var ev in am.Events.IsDefault ? [] : am.Events)
            {
                foreach (var a in ev.Arguments) fallback.TryAdd(entities.EntityOf(am.Article.Id, a.Entity.Span) ?? Ids.Entity(a.Entity.Type, a.Entity.Text), a.Entity.Text);
                if (ev.Place is { } p) fallback.TryAdd(entities.EntityOf(am.Article.Id, p.Span) ?? Ids.Entity(p.Type, p.Text), p.Text);
            }
        }
    }

    public EntityNames(IEnumerable<EntityRecord> entities)
    {
        foreach (var e in entities) records.TryAdd(e.Id, e);
    }

    public string Name(string id)
    {
        if (records.TryGetValue(id, out var r)) return r.Name;
        if (fallback.TryGetValue(id, out var f)) return f;
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? id[(slash + 1)..].Replace('-', ' ') : id;
    }

    public bool IsCountry(string id) =>
        records.TryGetValue(id, out var r) ? r.Type == EntityType.Country : id.StartsWith("country/", StringComparison.Ordinal);

    public bool IsPlace(string id) =>
        records.TryGetValue(id, out var r) ? r.Type is EntityType.Place or EntityType.Country : id.StartsWith("place/", StringComparison.Ordinal) || id.StartsWith("country/", StringComparison.Ordinal);

    /// <summary>ISO country code of a geocoded place or country, when known.</summary>
    public string? CountryCode(string id) =>
        records.TryGetValue(id, out var r) && r.Geo?.Country is { Length: > 0 } c ? c.ToUpperInvariant() : null;
}
