using System.Collections.Immutable;

namespace Timeline.Extraction;

/// <summary>What a gazetteer entry is.</summary>
public enum GazetteerKind
{
    /// <summary>A country or territory with an ISO 3166 code.</summary>
    Country,

    /// <summary>A city or town (GeoNames populated place).</summary>
    City,

    /// <summary>A first-level administrative division (state, province, governorate); no coordinates.</summary>
    Admin1,

    /// <summary>A hand-listed region, territory, crossing, sea or macro-region.</summary>
    Region,

    /// <summary>A hand-listed organisation (international body, armed group, government office, outlet).</summary>
    Organization,
}

/// <summary>Token-level gazetteer membership bits, for tagger features.</summary>
[Flags]
public enum GazetteerFlags
{
    /// <summary>Not in the gazetteer.</summary>
    None = 0,

    /// <summary>A country name or short form.</summary>
    Country = 1,

    /// <summary>A city or town name.</summary>
    City = 2,

    /// <summary>A region, territory or first-level division.</summary>
    Region = 4,

    /// <summary>A nationality adjective or people noun ("Turkish", "Israelis").</summary>
    Demonym = 8,

    /// <summary>A title or honorific that introduces a person ("Secretary of State", "Mr").</summary>
    PersonTitle = 16,

    /// <summary>A listed organisation.</summary>
    Organization = 32,
}

/// <summary>One gazetteer entry: a country, place, region or organisation with its names and (when known) coordinates.</summary>
public sealed record GazetteerEntry
{
    /// <summary>Stable key: <c>country/tr</c>, <c>place/323786</c> (GeoNames id), <c>region/gaza-strip</c>, <c>org/hamas</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Kind of entry.</summary>
    public required GazetteerKind Kind { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Other names and short forms (for countries: "US", "U.S.", "America", …).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-2 code of the country (the country itself for countries), when known.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude in degrees, when the entry has a useful point.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude in degrees, when the entry has a useful point.</summary>
    public double? Lon { get; init; }

    /// <summary>Population (0 when unknown).</summary>
    public long Population { get; init; }

    /// <summary>GeoNames feature code for cities (PPLC = capital), region kind for regions.</summary>
    public string? Feature { get; init; }

    /// <summary>GeoNames first-level division code for cities and admin1 entries.</summary>
    public string? Admin1 { get; init; }

    /// <summary>For countries: ISO alpha-3 code.</summary>
    public string? Iso3 { get; init; }

    /// <summary>For countries: capital city names.</summary>
    public ImmutableArray<string> Capitals { get; init; } = [];

    /// <summary>For countries: demonyms ("Turkish", "Turks").</summary>
    public ImmutableArray<string> Demonyms { get; init; } = [];

    /// <summary>True when the entry has coordinates.</summary>
    public bool HasCoordinates => Lat is not null && Lon is not null;
}
