using Timeline.Core;

namespace Timeline.Extraction.Tests;

public sealed class DebugDump
{
    [Fact]
    public void Dump()
    {
        const string text = "Foreign Minister Lena Varga met her Danish counterpart Ole Brandt in Oslo on Tuesday. "
            + "The talks were described as frank. In Bergen on Wednesday, she said the two countries had signed a fishing deal. "
            + "Nordland withdrew its ambassador from Sudovia on Saturday. Varga's meeting with Brandt followed a phone call with Prime Minister Ivo Stam. "
            + "The embassy was attacked by Kestrel Front militants. Varga did not meet Stam. She will travel to Tallinn next week. "
            + "According to officials, rebels launched an attack on the town of Vik.";
        var names = new (string, EntityType)[]
        {
            ("Lena Varga", EntityType.Person), ("Varga", EntityType.Person), ("Ole Brandt", EntityType.Person), ("Brandt", EntityType.Person),
            ("Oslo", EntityType.Place), ("Bergen", EntityType.Place), ("Nordland", EntityType.Country), ("Sudovia", EntityType.Country),
            ("Ivo Stam", EntityType.Person), ("Stam", EntityType.Person), ("Kestrel Front", EntityType.Organization), ("Tallinn", EntityType.Place), ("Vik", EntityType.Place),
            ("Danish", EntityType.Other),
        };
        var ms = EventFixture.Extract(text, names, [EventFixture.Day("Tuesday", 10, 31), EventFixture.Day("Wednesday", 11, 1), EventFixture.Day("Saturday", 11, 4)]);
        foreach (var m in ms)
        {
            TestContext.Current.TestOutputHelper!.WriteLine($"{m.Type} [{text[m.Trigger.Start..m.Trigger.End]}] s{m.Sentence} {m.Factuality} agent={EventFixture.Agent(m)} others={string.Join("|", m.Arguments.Where(a => a.Role != "agent").Select(a => a.Role + ":" + a.Entity.Text))} place={m.Place?.Text} time={m.Time?.Value}");
        }
    }
}
