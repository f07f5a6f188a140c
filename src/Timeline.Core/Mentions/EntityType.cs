namespace Timeline.Core;

/// <summary>Kinds of actors and places in the graph.</summary>
public enum EntityType
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>An organisation: government body, group, company, outlet, armed group.</summary>
    Organization,

    /// <summary>A sovereign state or territory in the gazetteer's country list.</summary>
    Country,

    /// <summary>A city, town, region, crossing or other location.</summary>
    Place,

    /// <summary>A named thing that is none of the above.</summary>
    Other,
}
