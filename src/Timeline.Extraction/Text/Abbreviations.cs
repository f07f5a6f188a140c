namespace Timeline.Extraction;

/// <summary>Abbreviations after which a period does not end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
        "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Cpl", "Pvt", "Brig", "Fr", "Mt", "Ft",
        "No", "Nos", "Vol", "vs", "etc", "approx", "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Assn",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "e.g", "i.e", "cf", "al", "fig",
    };

    // Abbreviations that are also ordinary words: only abbreviations before a number ("No. 10", "Sat. 4").
    private static readonly HashSet<string> AlsoWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Sun", "Sat", "Mar", "Mon", "Wed", "Fri", "Jan", "Co", "Fig", "Vol", "Mt", "Ft", "al", "St", "Sept",
    };

    /// <summary>True for abbreviations that are also common words or names ("No", "Sun", "Jan").</summary>
    public static bool IsAlsoWord(ReadOnlySpan<char> word) => AlsoWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for "Mr", "Gen", "Nov", … (without the period).</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
