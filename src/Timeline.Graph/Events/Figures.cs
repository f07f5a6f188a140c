using System.Globalization;
using Timeline.Core;

namespace Timeline.Graph;

/// <summary>Finds the figure (a count such as a death toll) closest to a trigger in its sentence.</summary>
internal static class Figures
{
    public static long? Nearest(string text, TextSpan sentence, TextSpan trigger)
    {
        long? best = null;
        var bestDistance = int.MaxValue;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (!char.IsDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < sentence.End && (char.IsDigit(text[j]) || (text[j] == ',' && j + 1 < sentence.End && char.IsDigit(text[j + 1])))) j++;
            var raw = text[i..j].Replace(",", "", StringComparison.Ordinal);
            var isYear = raw.Length == 4 && !text[i..j].Contains(',', StringComparison.Ordinal) && raw[0] is '1' or '2';
            var isPercent = j < sentence.End && text[j] == '%';
            var isDay = j + 1 < sentence.End && char.IsLetter(text[j + 1]) && NextWordIsMonth(text, j + 1);
            if (!isYear && !isPercent && !isDay && long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                var distance = Math.Min(Math.Abs(i - trigger.Start), Math.Abs(i - trigger.End));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = value;
                }
            }

            i = j;
        }

        return best;
    }

    private static bool NextWordIsMonth(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var w = text[start..end].ToLowerInvariant();
        return w is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december" or "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "sept" or "oct" or "nov" or "dec";
    }
}
