using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// PL4001: insults and profanity ("klootzak", "sukkel", "moron", "wat een clowns", "jullie zijn
/// gewoon gestoord"), and threats or wished harm ("ik steek hem neer", "hoop dat hij kanker krijgt"), which are errors. Clinical words that look rude are not in the lexicon; an insult the author
/// aims at themself ("ik ben ook maar een sukkel"), quotes in order to reject it, or reports as
/// someone else's words ("een patiënt noemde mij een 'klootzak'") does not fire, and neither does
/// one aimed at a thing ("dat kreng van een printer", "die kutcomputer").
/// </summary>
internal sealed class InsultAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL4001",
        "Insult or profanity",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A6 (toon respect); V&VN handreiking 4 (respectvol en beleefd); GMC social media §14; NMC Code 20.10; Ahpra B4",
        "Insults and swearing in a public post hurt the person they are aimed at and the trust in the profession.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => ToneLexicons.All;

    public override void Analyze(AnalysisContext context)
    {
        var text = ToneText.Of(context.Index);
        var insults = ToneLexicons.Insults.Matches(text);
        foreach (var match in insults)
        {
            if (!InItsLanguage(text, match) || text.IsRejected(match.Span) || IsSelfDirected(text, match) || text.IsReportedSpeech(match.Span) || ObjectVentFinder.IsVented(text, match.Span) || IsDenied(text, match))
            {
                continue;
            }

            var words = context.Text[match.Span.Start..match.Span.End];
            context.ReportOnce(Rule, match.Span, context.Localize(
                $"'{words}' is een belediging of scheldwoord. Schelden in een openbaar bericht kwetst wie het treft en schaadt het vertrouwen in je beroep; zeg wat je dwarszit zonder het woord.",
                $"'{words}' is an insult or profanity. Swearing in a public post hurts whoever it is aimed at and the trust in your profession; say what bothers you without it."));
        }

        // A threat is an error whoever it is aimed at: it must go before the post does.
        foreach (var threat in ThreatFinder.Find(text))
        {
            if (context.ReportedSoFar.Any(d => d.Id == Rule.Id && d.Span.Overlaps(threat)))
            {
                continue;
            }

            var words = context.Text[threat.Start..threat.End];
            context.Report(new Diagnostic(Rule, DiagnosticSeverity.Error, threat, words, context.Localize(
                $"'{words}' dreigt met geweld of wenst iemand kwaad toe. Ook als grap of uit frustratie leest dat online als een bedreiging; laat het weg.",
                $"'{words}' threatens violence or wishes someone harm. Even as a joke or in frustration it reads as a threat online; leave it out.")));
        }

        foreach (var match in DisguisedInsultFinder.Find(text))
        {
            if (text.IsRejected(match.Span) || IsSelfDirected(text, match) || text.IsReportedSpeech(match.Span) || ObjectVentFinder.IsVented(text, match.Span) || IsDenied(text, match))
            {
                continue;
            }

            var words = context.Text[match.Span.Start..match.Span.End];
            context.ReportOnce(Rule, match.Span, context.Localize(
                $"'{words}' is een scheldwoord, ook zo geschreven. Iedereen leest wat er staat; zeg wat je dwarszit zonder het woord.",
                $"'{words}' is a swear word, however it is spelled. Everyone reads what it says; say what bothers you without it."));
        }

        var insultStarts = insults.Select(m => m.Span.Start).Order().ToArray();
        foreach (var finding in DirectedInsultFinder.Find(text))
        {
            // "jij bent een vieze vuile klootzak": the adjectives lead up to an insult already reported.
            // Only the nearest insult after it can follow with nothing but commas between: a later one has the nearest one's words in between.
            var next = SortedOffsets.FirstAtOrAfter(insultStarts, finding.Span.End);
            var leadsIntoInsult = next >= 0 && text.OnlyBetween(finding.Span.End, next, ",");
            if (finding.TargetKind == "colleague" || leadsIntoInsult || text.IsRejected(finding.Span) || text.IsReportedSpeech(finding.Span) || ObjectVentFinder.IsVented(text, finding.Span))
            {
                continue;
            }

            var phrase = context.Text[finding.Span.Start..finding.Span.End];
            context.ReportOnce(Rule, finding.Span, context.Localize(
                $"'{phrase}' zet mensen weg als '{finding.Words}'. Kritiek op gedrag mag; een scheldwoord voor mensen hoort niet in een openbaar bericht van een zorgverlener.",
                $"'{phrase}' calls people '{finding.Words}'. Criticising behaviour is fine; name-calling has no place in a healthcare professional's public post."));
        }
    }

    // "Ik ben zo fucking klaar met ...": an intensifier after "ik ben" still swears; only a label can be self-directed.
    private static bool IsSelfDirected(ToneText text, TermMatch match) => match.Term.Column(1) != "intensifier" && text.IsSelfDirected(match);

    // EN "hoe" is NL "how": an entry marked strict counts only in a sentence of its own language.
    private static bool InItsLanguage(ToneText text, TermMatch match) =>
        match.Term.Column(1) != "strict" || (text.Index.LanguageAt(match.Span.Start) == PostLanguage.English) == (match.Term.Column(0) == "en");

    // "Nee, doula's zijn geen 'prutsers'", "you're not an idiot": a negation just before the word denies it.
    // A slur is not taken back that way: "no kike will ever" still uses it.
    private const int DenialWindow = 3;

    private static bool IsDenied(ToneText text, TermMatch match) =>
        match.Term.Column(1) != "slur" && text.Index.IsNegatedBefore(text.Index.FirstTokenAtOrAfter(match.Span.Start), DenialWindow);
}
