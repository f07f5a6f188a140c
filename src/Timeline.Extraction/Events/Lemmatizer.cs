using System.Collections.Frozen;

namespace Timeline.Extraction;

/// <summary>
/// A small rule-based English lemmatizer for verbs and nouns: an irregular-verb table plus suffix rules.
/// It proposes candidate lemmas; the caller keeps the one its lexicon knows, so over-generation is harmless.
/// </summary>
internal static class Lemmatizer
{
    private static readonly FrozenDictionary<string, string> Irregular = BuildIrregular();

    /// <summary>Candidate lemmas of a lower-case word, most likely first; always includes the word itself.</summary>
    public static List<string> Candidates(string word)
    {
        var result = new List<string>(6) { word };
        if (Irregular.TryGetValue(word, out var irr)) Add(result, irr);
        var n = word.Length;
        if (n > 4 && word.EndsWith("ies", StringComparison.Ordinal)) Add(result, word[..^3] + "y");
        if (n > 4 && word.EndsWith("ied", StringComparison.Ordinal)) Add(result, word[..^3] + "y");
        if (n > 4 && word.EndsWith("ing", StringComparison.Ordinal)) Stem(result, word[..^3]);
        if (n > 3 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            Stem(result, word[..^2]);
            Add(result, word[..^1]);
        }

        if (n > 3 && word.EndsWith("es", StringComparison.Ordinal)) Add(result, word[..^2]);
        if (n > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) Add(result, word[..^1]);
        return result;
    }

    /// <summary>The most likely lemma: the irregular form, else the first suffix rule that applies.</summary>
    public static string Lemma(string word)
    {
        var lower = word.ToLowerInvariant();
        var c = Candidates(lower);
        return c.Count > 1 ? c[1] : lower;
    }

    private static void Stem(List<string> result, string stem)
    {
        if (stem.Length < 2) return;
        // Irregular past inside a regular suffix (a typo like "withdrewing") still maps home.
        if (Irregular.TryGetValue(stem, out var irr)) Add(result, irr);
        var last = stem[^1];
        if (stem.Length > 2 && last == stem[^2] && !IsVowel(last) && last is not ('l' or 's' or 'z'))
        {
            Add(result, stem[..^1]);
        }

        Add(result, stem);
        Add(result, stem + "e");
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void Add(List<string> result, string lemma)
    {
        if (!result.Contains(lemma)) result.Add(lemma);
    }

    private static FrozenDictionary<string, string> BuildIrregular()
    {
        // base: past, past participle, other forms.
        const string table = """
            be:was,were,been,is,are,am,being
            have:had,has,having
            do:did,done,does
            go:went,gone,goes
            meet:met
            say:said,says
            tell:told
            take:took,taken
            give:gave,given
            make:made
            hold:held
            leave:left
            send:sent
            speak:spoke,spoken
            fly:flew,flown,flies
            withdraw:withdrew,withdrawn
            strike:struck,stricken
            hit:hit
            shoot:shot
            fight:fought
            begin:began,begun
            bring:brought
            seek:sought
            think:thought
            buy:bought
            teach:taught
            catch:caught
            lead:led
            feel:felt
            keep:kept
            sleep:slept
            win:won
            lose:lost
            rise:rose,risen
            arise:arose,arisen
            drive:drove,driven
            ride:rode,ridden
            write:wrote,written
            break:broke,broken
            choose:chose,chosen
            freeze:froze,frozen
            steal:stole,stolen
            wake:woke,woken
            forbid:forbade,forbidden
            forgive:forgave,forgiven
            undertake:undertook,undertaken
            overtake:overtook,overtaken
            shake:shook,shaken
            know:knew,known
            throw:threw,thrown
            grow:grew,grown
            blow:blew,blown
            draw:drew,drawn
            show:showed,shown
            see:saw,seen
            come:came
            become:became
            run:ran
            sit:sat
            stand:stood
            understand:understood
            find:found
            get:got,gotten
            put:put
            set:set
            cut:cut
            let:let
            shut:shut
            spread:spread
            cost:cost
            read:read
            hear:heard
            pay:paid
            lay:laid
            sell:sold
            build:built
            spend:spent
            lend:lent
            bend:bent
            deal:dealt
            mean:meant
            wear:wore,worn
            tear:tore,torn
            swear:swore,sworn
            bear:bore,borne
            forget:forgot,forgotten
            eat:ate,eaten
            fall:fell,fallen
            hide:hid,hidden
            bite:bit,bitten
            slay:slew,slain
            flee:fled
            bleed:bled
            feed:fed
            light:lit
            slide:slid
            dig:dug
            hang:hung
            swing:swung
            stick:stuck
            sting:stung
            sink:sank,sunk
            shrink:shrank,shrunk
            begin:began
            ring:rang,rung
            sing:sang,sung
            drink:drank,drunk
            swim:swam,swum
            die:died,dying
            lie:lay,lain,lying
            tie:tied,tying
            """;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var lemma = line[..colon];
            foreach (var form in line[(colon + 1)..].Split(',')) map.TryAdd(form, lemma);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
