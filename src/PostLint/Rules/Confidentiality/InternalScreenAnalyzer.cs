using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3007: a picture of an internal system or screen posted in public: "screenshot uit ons HIS", "photo of the
/// whiteboard at the nurses' station", "kijkje in ons EPD", or an attached picture ("[screenshot]", 📸) in a post
/// about the organisation's own dashboard, worklist or record system. Advice not to share one ("deel geen
/// screenshots uit het EPD"), questions, and pictures of the team or a building stay silent.
/// </summary>
internal sealed class InternalScreenAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL3007",
        "Picture of an internal system or screen",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A2/A8 (geen vertrouwelijke informatie, gedragsregels werkgever); NHS IG guidance on photographing screens; NMC social media guidance (sharing confidential information)",
        "A screenshot or photo of a record system, worklist or ward board shows patients' names, internal figures and how the systems look; even cropped, it leaks more than the author sees.");

    // Between the picture word and the system: "screenshot {uit ons} HIS", "photo {of the} whiteboard", "kijkje {in ons} EPD".
    private const int Reach = 4;

    private static readonly WordList Screens = WordList.Load("lexicons/confidentiality/internal-screens.tsv", options: WordListOptions.MatchSymbols);

    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "uit", "van", "in", "op", "of", "from", "on", "de", "het", "ons", "onze", "mijn", "the", "our", "my", "this", "today", "todays", "s", "vandaag", "vanochtend",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "ons", "onze", "mijn", "our", "my" };

    private static readonly HashSet<string> Public = new(StringComparer.Ordinal) { "public", "publieke", "openbare", "open", "national", "landelijke", "landelijk" };

    private static readonly HashSet<string> Own = new(StringComparer.Ordinal) { "ons", "onze", "mijn", "our", "my", "the", "de", "het", "this" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => [Screens];

    public override void Analyze(AnalysisContext context)
    {
        var index = context.Index;
        var matches = index.Matches(Screens);
        if (!matches.Any(m => m.Term.Column(0) == "system") || !matches.Any(m => m.Term.Column(0) is "picture" or "attached"))
        {
            return;
        }

        var systems = matches.Where(m => m.Term.Column(0) == "system").ToList();
        var attached = matches.Where(m => m.Term.Column(0) == "attached" || (m.Term.Column(0) == "picture" && IsBracketed(context.Text, m.Span)))
            .Select(m => index.SentenceContaining(m.Span.Start))
            .ToList();
        foreach (var picture in matches.Where(m => m.Term.Column(0) == "picture" && m.FirstToken >= 0))
        {
            if (IsAdviceOrQuestion(context, picture))
            {
                continue;
            }

            if (systems.Cast<TermMatch?>().FirstOrDefault(s => s!.Value.FirstToken > picture.FirstToken && IsLinked(index, picture, s.Value)) is { } system)
            {
                Report(context, new TextSpan(picture.Span.Start, system.Span.End));
                return;
            }
        }

        // "our bed management dashboard this morning [screenshot]": the picture attached to the sentence shows the
        // organisation's own screen; "Ons nieuwe EPD gaat live. Foto: de projectgroep [foto]" attaches it to another.
        if (systems.Cast<TermMatch?>().FirstOrDefault(s => attached.Contains(index.SentenceContaining(s!.Value.Span.Start)) && IsOwn(index, s.Value) && !IsAdviceOrQuestion(context, s.Value)) is { } own)
        {
            Report(context, own.Span);
        }
    }

    private static bool IsLinked(PostIndex index, TermMatch picture, TermMatch system)
    {
        var from = picture.FirstToken + picture.TokenCount;
        if (system.FirstToken - from > Reach || index.ClauseBreakBetween(picture.Span.End, system.Span.Start))
        {
            return false;
        }

        // After "our" or "mijn" up to two words may name the system's department or kind: "screengrab of our ED dashboard";
        // after "the" they may name someone else's ("the RIVM dashboard"), and a public one is nobody's secret.
        var owned = false;
        var modifiers = 0;
        for (var k = from; k < system.FirstToken; k++)
        {
            var word = index.Tokens[k].Normalized;
            if (!Linking.Contains(word) && (!owned || ++modifiers > 2 || Public.Contains(word)))
            {
                return false;
            }

            owned |= Possessives.Contains(word);
        }

        return from < system.FirstToken;
    }

    // "our bed management dashboard", "ons EPD": a determiner or possessive at most three words before the system.
    private static bool IsOwn(PostIndex index, TermMatch system)
    {
        for (var k = system.FirstToken - 1; k >= 0 && system.FirstToken - k <= 3; k--)
        {
            if (Own.Contains(index.Tokens[k].Normalized))
            {
                return true;
            }
        }

        return false;
    }

    // "Deel geen screenshots uit het EPD", "Mag je een foto van het whiteboard delen?"
    private static bool IsAdviceOrQuestion(AnalysisContext context, TermMatch match)
    {
        var sentence = context.Index.SentenceContaining(match.Span.Start);
        return context.Index.IsNegatedBefore(match.FirstToken) || context.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd().EndsWith("?", StringComparison.Ordinal);
    }

    private static bool IsBracketed(string text, TextSpan span) => span.Start > 0 && text[span.Start - 1] == '[';

    private static void Report(AnalysisContext context, TextSpan span)
    {
        var words = context.Text[span.Start..span.End];
        context.Report(Rule, span, context.Localize(
            $"'{words}': een schermafdruk of foto van een intern systeem of bord toont namen, interne cijfers en hoe de systemen eruitzien, ook als je denkt dat alles eraf is. Beschrijf de drukte in woorden.",
            $"'{words}': a screenshot or photo of an internal system or board shows names, internal figures and how the systems look, even when you think it is all cropped out. Describe the pressure in words instead."));
    }
}
