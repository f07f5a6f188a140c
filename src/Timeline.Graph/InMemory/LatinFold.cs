namespace Timeline.Graph;

/// <summary>
/// Accent folding by table. <c>Ids.Fold</c> relies on Unicode decomposition, which InvariantGlobalization turns
/// into a no-op, so name lookup folds Latin letters itself after calling it.
/// </summary>
internal static class LatinFold
{
    private const string From = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšȘșŢţŤťŦŧȚțÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    private const string To = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsSsTtTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";
    private static readonly Dictionary<char, char> Map = Build();

    public static string Apply(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] > 127 && Map.TryGetValue(chars[i], out var c)) chars[i] = c;
        }

        return new string(chars);
    }

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < From.Length; i++) map[From[i]] = To[i];
        map['ß'] = 's';
        return map;
    }
}
