namespace Timeline.Core;

/// <summary>TimeML TIMEX3 types.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period (<c>2023-11-06</c>, <c>2023-W45</c>, <c>PAST_REF</c>).</summary>
    Date,

    /// <summary>A time of day (<c>2023-11-05TNI</c>, <c>2023-11-06T17:21</c>).</summary>
    Time,

    /// <summary>A length of time (<c>P4D</c>).</summary>
    Duration,

    /// <summary>A recurrence (<c>P1W</c> with quant EVERY).</summary>
    Set,
}

/// <summary>The unit an interval is known to.</summary>
public enum Granularity
{
    /// <summary>A clock time.</summary>
    Time,

    /// <summary>Morning, afternoon, evening, night of a day.</summary>
    PartOfDay,

    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A week, or a span of a few days.</summary>
    Week,

    /// <summary>A month.</summary>
    Month,

    /// <summary>A quarter or season.</summary>
    Quarter,

    /// <summary>A year.</summary>
    Year,

    /// <summary>A decade or longer.</summary>
    Decade,
}

/// <summary>A temporal expression found in text, normalised to TimeML 1.2 with a calendar interval.</summary>
public sealed record TimeExpression
{
    /// <summary>Offsets of the expression in the original text (leading prepositions excluded).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The covered text.</summary>
    public required string Text { get; init; }

    /// <summary>Index of the sentence it sits in, or -1 when not known.</summary>
    public int Sentence { get; init; } = -1;

    /// <summary>TIMEX3 type.</summary>
    public required TimexType Type { get; init; }

    /// <summary>TIMEX3 value (<c>2023-11-05TNI</c>, <c>XXXX-10-07</c>, <c>P4D</c>, <c>FUTURE_REF</c>).</summary>
    public required string Value { get; init; }

    /// <summary>TIMEX3 mod (<c>START</c>, <c>END</c>, <c>APPROX</c>, …), when any.</summary>
    public string? Mod { get; init; }

    /// <summary>TIMEX3 quant for sets (<c>EVERY</c>), when any.</summary>
    public string? Quant { get; init; }

    /// <summary>TIMEX3 freq for sets (<c>1W</c>), when any.</summary>
    public string? Freq { get; init; }

    /// <summary>True when the value was computed from an anchor (the publication date or another expression).</summary>
    public bool TemporalFunction { get; init; }

    /// <summary>False when the expression is relative but no anchor was available, so the value stays relative.</summary>
    public bool Anchored { get; init; } = true;

    /// <summary>First calendar day the expression can denote, when it denotes a point or period.</summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>Last calendar day the expression can denote.</summary>
    public DateOnly? Latest { get; init; }

    /// <summary>The unit the value is precise to.</summary>
    public Granularity? Granularity { get; init; }
}
