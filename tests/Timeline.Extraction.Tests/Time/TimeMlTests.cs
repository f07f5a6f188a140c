using System.Collections.Immutable;
using System.Text;
using Timeline.Core;

namespace Timeline.Extraction.Tests;

public sealed class TimeMlTests
{
    internal const string Input = """
        <?xml version="1.0" ?>
        <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <DOCID>TEST0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-06" temporalFunction="false" functionInDocument="CREATION_TIME">20231106</TIMEX3></DCT>
        <TEXT>
        The envoy landed on Sunday night &amp; met ministers for three hours.
        Talks resume next week, aides said, and a deal could follow in the days ahead.
        </TEXT>
        </TimeML>
        """;

    private static readonly string Gold = Input
        .Replace("Sunday night", "<TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2023-11-05TNI\">Sunday night</TIMEX3>", StringComparison.Ordinal)
        .Replace("three hours", "<EVENT eid=\"e1\">three</EVENT> hours", StringComparison.Ordinal)
        .Replace("next week", "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023-W46\">next week</TIMEX3>", StringComparison.Ordinal)
        .Replace("</TEXT>", "</TEXT>\n<TLINK lid=\"l1\" relType=\"BEFORE\" timeID=\"t1\" relatedToTime=\"t2\" />", StringComparison.Ordinal);

    /// <summary>The content with the TIMEX3 tags inside TEXT removed (the DCT's own tag stays).</summary>
    internal static string StripTimex(string s)
    {
        var open = s.IndexOf("<TEXT>", StringComparison.Ordinal);
        var sb = new StringBuilder(s[..open]);
        var i = open;
        while (i < s.Length)
        {
            if (string.CompareOrdinal(s, i, "<TIMEX3 ", 0, 8) == 0)
            {
                i = s.IndexOf('>', i) + 1;
                continue;
            }

            if (string.CompareOrdinal(s, i, "</TIMEX3>", 0, 9) == 0)
            {
                i += 9;
                continue;
            }

            sb.Append(s[i]);
            i++;
        }

        return sb.ToString();
    }

    [Fact]
    public void Reader_keeps_dct_and_raw_text()
    {
        var doc = TimeMlReader.Parse(Input, "a.TE3input");
        Assert.Equal(new DateOnly(2023, 11, 6), doc.CreationDate);
        Assert.StartsWith("\nThe envoy landed on Sunday night &amp; met", doc.Text, StringComparison.Ordinal);
        Assert.Empty(doc.Timexes);
        Assert.Equal(Input, doc.Prefix + doc.Text + doc.Suffix);
    }

    [Fact]
    public void Reader_strips_gold_tags_with_offsets_and_drops_links()
    {
        var gold = TimeMlReader.Parse(Gold, "a.tml");
        var plain = TimeMlReader.Parse(Input, "a.TE3input");
        Assert.Equal(plain.Text, gold.Text);
        Assert.Equal(["Sunday night", "next week"], gold.Timexes.Select(t => t.Span.Of(gold.Text)).ToArray());
        Assert.Equal(["2023-11-05TNI", "2023-W46"], gold.Timexes.Select(t => t.Value).ToArray());
        Assert.DoesNotContain("TLINK", gold.Suffix, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trip_leaves_every_other_character_unchanged()
    {
        var doc = TimeMlReader.Parse(Input, "a.TE3input");
        var times = new RuleTimeTagger().TagText(doc.Text, doc.CreationDate);
        Assert.Contains(times, t => t.Text == "Sunday night");
        var written = TimeMlWriter.Write(doc, times);
        Assert.Contains("<TIMEX3 tid=\"t1\" type=\"TIME\" value=\"2023-11-05TNI\"", written, StringComparison.Ordinal);
        Assert.Equal(Input, StripTimex(written));
        var reread = TimeMlReader.Parse(written, "a");
        Assert.Equal(doc.Text, reread.Text);
        Assert.Equal(times.Select(t => (t.Span, t.Value)), reread.Timexes.Select(t => (t.Span, t.Value)));
    }

    [Theory]
    [InlineData("just some text\nwith lines\n", "not TimeML")]
    [InlineData("<TimeML><DCT></DCT><TEXT>open text", "<TEXT> is not closed")]
    [InlineData("<TimeML><TEXT>a <TIMEX3 tid=\"t1\">b</EVENT> c</TEXT></TimeML>", "unexpected </EVENT>")]
    [InlineData("<TimeML><TEXT>a <TIMEX3 tid=\"t1\">b <TIMEX3 tid=\"t2\">c</TIMEX3></TIMEX3></TEXT></TimeML>", "nested TIMEX3")]
    [InlineData("<TimeML><TEXT>a <EVENT eid=\"e1\">b</TEXT></TimeML>", "<EVENT> is not closed")]
    [InlineData("<TimeML><TEXT>a <EVENT eid=\"e1\" b</TEXT></TimeML>", "malformed")]
    [InlineData("<TimeML><DCT><TIMEX3 value=\"yesterday\">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>", "not a date")]
    public void Bad_files_get_one_line_errors_naming_the_file(string content, string reason)
    {
        var ex = Assert.Throws<TimeMlFormatException>(() => TimeMlReader.Parse(content, "bad.tml"));
        Assert.StartsWith("bad.tml: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Evaluator_scores_strict_relaxed_value_and_type_as_tempeval3()
    {
        // gold: [0,6) Monday DATE v1; [10,19) last week DATE v2; [30,35) daily SET v3
        // system: [0,6) exact, right value; [15,19) "week" overlaps, wrong value, wrong type; [40,45) spurious
        ImmutableArray<TimeMlTimex> gold =
        [
            new(new TextSpan(0, 6), "Monday", "DATE", "2023-11-06"),
            new(new TextSpan(10, 19), "last week", "DATE", "2023-W44"),
            new(new TextSpan(30, 35), "daily", "SET", "P1D"),
        ];
        ImmutableArray<TimeMlTimex> system =
        [
            new(new TextSpan(0, 6), "Monday", "DATE", "2023-11-06"),
            new(new TextSpan(15, 19), "week", "DURATION", "P1W"),
            new(new TextSpan(40, 45), "today", "DATE", "2023-11-06"),
        ];
        var s = TimeMlEvaluator.Score(gold, system);
        Assert.Equal((3, 3, 1, 2, 1, 1), (s.Gold, s.System, s.StrictMatches, s.RelaxedMatches, s.ValueCorrect, s.TypeCorrect));
        Assert.Equal(1.0 / 3, s.Strict.F1, 6);
        Assert.Equal(2.0 / 3, s.Relaxed.F1, 6);
        Assert.Equal(1.0 / 3, s.Value.F1, 6);
        Assert.Equal(0.5, s.ValueAccuracy, 6);
        var sum = s + s;
        Assert.Equal(6, sum.Gold);
        Assert.Equal(s.Relaxed.F1, sum.Relaxed.F1, 6);
    }

    [Fact]
    public void Evaluator_rejects_a_system_file_whose_text_differs()
    {
        var gold = TimeMlReader.Parse(Gold, "a.tml");
        var sys = TimeMlReader.Parse(Input.Replace("three hours", "three  hours", StringComparison.Ordinal), "a.tml");
        var ex = Assert.Throws<TimeMlFormatException>(() => TimeMlEvaluator.Score(gold, sys));
        Assert.Contains("text differs", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_never_splits_an_xml_entity()
    {
        var doc = TimeMlReader.Parse(Input.Replace("three hours", "&#1998; hours", StringComparison.Ordinal), "e.TE3input");
        var inside = new TimeExpression { Span = new TextSpan(doc.Text.IndexOf("1998", StringComparison.Ordinal), doc.Text.IndexOf("1998", StringComparison.Ordinal) + 4), Text = "1998", Type = TimexType.Date, Value = "1998" };
        var written = TimeMlWriter.Write(doc, [inside]);
        Assert.Contains("&#1998; hours", written, StringComparison.Ordinal);
        Assert.Equal(doc.Text, TimeMlReader.Parse(written, "e").Text);
    }
}
