using PostLint.Diagnostics;
using PostLint.Tests.Verification;

namespace PostLint.Tests.Rules.Claims;

/// <summary>
/// Sentences set aside before PL5006 was tuned, never used to tune it: a quarter of the firing and non-firing examples,
/// in both languages. They measure how the rule does on wording it was not fitted to, so they are scored as a whole
/// (a marked sentence passes when PL5006 fires on the marked words, an unmarked one when it stays silent) rather than
/// one by one. The threshold guards against regression; the pass rate measured when they were first run is in the
/// branch report, and failures here are signs to widen the lexicons, not sentences to edit.
/// </summary>
public class RefutedClaimHeldOutTests
{
    private const double MinimumPassRate = 0.80;

    private static readonly string[] Firing =
    [
        "Onze kinderen worden {|PL5006:autistisch van al die inentingen|}.",
        "{|PL5006:Zendmasten voor 5G hebben het coronavirus veroorzaakt|}.",
        "{|PL5006:Een glaasje MMS per dag en je bent van corona af|}.",
        "{|PL5006:Ivermectine werkt tegen covid|}, de media zwijgen erover.",
        "{|PL5006:Stomen boven een pan heet water doodt het virus|} in je neus.",
        "{|PL5006:Fluoride tast je hersenen aan|}.",
        "{|PL5006:Het HPV-vaccin beschadigt de eierstokken|}.",
        "{|PL5006:Na de coronaprik is je DNA voorgoed veranderd|}.",
        "{|PL5006:Mondkapjes verstikken onze kinderen|}.",
        "{|PL5006:Homeopathische korrels genezen autisme|}.",
        "{|PL5006:Kanker wordt veroorzaakt door een schimmel|}.",
        "{|PL5006:Zonnebrandcrème zit vol kankerverwekkende stoffen|}.",
        "{|PL5006:Boosterprikken veroorzaken massaal sterfgevallen|}.",
        "{|PL5006:Knoflook eten voorkomt een coronabesmetting|}.",
        "{|PL5006:The coronavirus was spread by the new 5G network|}.",
        "{|PL5006:A few drops of MMS will wipe out covid|} in a day.",
        "{|PL5006:The shots are killing our elderly|}.",
        "{|PL5006:Hot water with lemon kills the virus|} in your throat.",
        "{|PL5006:Ivermectin is the cure for covid|} they are hiding.",
        "{|PL5006:Fluoride damages children's brains|}.",
        "{|PL5006:Gardasil destroys fertility|}.",
        "{|PL5006:The Pfizer shot alters your genes|}.",
        "{|PL5006:Masks suffocate children|}.",
        "{|PL5006:AIDS is caused by the drugs, not by HIV|}.",
        "{|PL5006:Chemical sunscreens are carcinogenic|}.",
        "{|PL5006:Thousands died from the vaccine|}.",
        "{|PL5006:Vitamin C infusions cure cancer|}.",
        "{|PL5006:Every vaccine causes autism|}.",
    ];

    private static readonly string[] Silent =
    [
        "Vaccins en autisme? Dat verband is al twintig jaar geleden ontkracht.",
        "Wie roept dat 5G corona verspreidt, heeft de natuurkunde niet begrepen.",
        "De bewering dat MMS autisme geneest, is levensgevaarlijke onzin.",
        "Ivermectine werkt prima tegen hoofdluis, vraag ernaar bij de apotheek.",
        "Ouders vragen me regelmatig of de prik hun kind autistisch maakt.",
        "Onderzoek laat zien dat vaccins geen miskramen veroorzaken.",
        "Knoflook, gember en ui: de basis van een goede curry.",
        "Bij een koortsblaasje kan je huisarts een zalfje voorschrijven.",
        "Het is een hardnekkige mythe dat mondkapjes zuurstoftekort veroorzaken.",
        "Nieuwe 5G-mast in Zwolle zorgt voor betere dekking.",
        "Zonnebrandcrème veroorzaakt geen kanker, zonnebrand wel.",
        "Dankzij vaccinatie sterven er bijna geen kinderen meer aan mazelen.",
        "Hiv veroorzaakt aids als het niet behandeld wordt.",
        "Fluoride in tandpasta is veilig in de aanbevolen hoeveelheid.",
        "Contrary to what you may have read, the MMR jab does not cause autism.",
        "Anti-vaxxers insist the shots are killing people; the data show otherwise.",
        "Why do people still believe that 5G spreads covid?",
        "Studies found ivermectin did nothing for covid patients.",
        "Garlic bread, tomato soup and a hot shower after a long shift.",
        "Our pharmacy stocks vitamin D drops for breastfed babies.",
        "Nobody has ever shown that fluoride in toothpaste causes cancer.",
        "Claims that the jab makes women infertile are false.",
        "The virus spreads through droplets, not through mobile networks.",
        "Please do not drink bleach or MMS; they are poisons.",
        "Homeopathy is popular, yet trials show it works no better than placebo.",
        "Masks can feel stuffy, but they do not lower your oxygen.",
        "The HPV vaccine prevents cervical cancer.",
        "Microwave the soup for two minutes and stir.",
    ];

    private static readonly PostLinter Linter = new();

    [Fact]
    public void Held_out_sentences_pass_at_the_measured_rate()
    {
        var failures = Firing.Where(m => !FiresOnMarkedWords(m)).Concat(Silent.Where(FiresAnywhere)).ToList();
        var rate = 1.0 - ((double)failures.Count / (Firing.Length + Silent.Length));

        rate.Should().BeGreaterThanOrEqualTo(MinimumPassRate, "held-out failures: " + string.Join(" | ", failures));
    }

    private static bool FiresOnMarkedWords(string markup)
    {
        var (text, marked) = Markup.Parse(markup);
        var found = Findings(text);
        return marked.All(m => found.Any(d => d.Span.Overlaps(m.Span)));
    }

    private static bool FiresAnywhere(string text) => Findings(text).Count > 0;

    private static List<Diagnostic> Findings(string text) => [.. Linter.Analyze(new Post(text)).Diagnostics.Where(d => d.Id == "PL5006")];
}
