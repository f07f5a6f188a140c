using Timeline.Core;

namespace Timeline.Extraction.Tests;

/// <summary>Tags one sentence and finds an expression by its text: the shared helper of the rule-tagger tests.</summary>
internal static class TimeProbe
{
    public static readonly RuleTimeTagger Tagger = new();

    /// <summary>Every expression in the text, tagged against the publication date <paramref name="dct"/>.</summary>
    public static System.Collections.Immutable.ImmutableArray<TimeExpression> All(string text, string dct) =>
        Tagger.TagText(text, DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The expression with this exact text, tagged against the publication date <paramref name="dct"/>.</summary>
    public static TimeExpression Find(string text, string dct, string span)
    {
        var found = All(text, dct);
        var hit = found.FirstOrDefault(t => t.Text == span);
        Assert.True(hit is not null, $"'{span}' not found in [{string.Join(" | ", found.Select(f => f.Text + "=" + f.Value))}]");
        return hit;
    }

    /// <summary>Asserts the expression's interval: its earliest and latest calendar days, written yyyy-MM-dd.</summary>
    public static void CheckInterval(TimeExpression t, string earliest, string latest) =>
        Assert.Equal<(DateOnly?, DateOnly?)>((Day(earliest), Day(latest)), (t.Earliest, t.Latest));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asserts the type and value (and the mod, when given) of the expression with this text.</summary>
    public static void Check(string text, string dct, string span, TimexType type, string value, string? mod = null)
    {
        var t = Find(text, dct, span);
        Assert.Equal((type, value), (t.Type, t.Value));
        if (mod is not null) Assert.Equal(mod, t.Mod);
    }
}
