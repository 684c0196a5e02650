using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// PL4002: mockery or disrespect of patients, residents and their families: derogatory clinical slang
/// ("gomer", "frequent flyer", "bed blocker"), names for patients as nuisances ("zeurpiet",
/// "aansteller"), weight and age jokes, belittling adjectives before patients ("domme patiënten"),
/// disgust aimed at a group of patients ("Obese people clogging up our clinics again. Disgusting."),
/// and sarcasm aimed at a patient ("Ach, wat fijn dat u om 23:55 belt ... 🙃"). A term quoted in
/// order to reject it ("'bed blocker' is not a diagnosis") does not fire.
/// </summary>
internal sealed class PatientMockeryAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL4002",
        "Mockery or disrespect of patients",
        DiagnosticCategory.Tone,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A6 (toon respect), A4 (venting example); GMC social media §14, §18; NMC social media guidance (inappropriate comments about patients); ANA T4; Ahpra B4",
        "Mocking patients, even unnamed ones, hurts the patient who recognises themself and the trust of every patient who reads it.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists => ToneLexicons.All;

    public override void Analyze(AnalysisContext context)
    {
        var text = ToneText.Of(context.Index);
        foreach (var match in ToneLexicons.PatientMockery.Matches(text))
        {
            // "I don't think they are attention seekers", "Noem patiënten nooit 'aanstellers'": the label is denied.
            if (text.IsRejected(match.Span) || text.Index.IsNegatedBefore(text.Index.FirstTokenAtOrAfter(match.Span.Start)))
            {
                continue;
            }

            var words = context.Text[match.Span.Start..match.Span.End];
            var replacement = context.IsDutch ? match.Term.Column(1) : match.Term.Column(2);
            var message = context.Localize(
                $"'{words}' maakt een patiënt belachelijk of zet hem weg. Ook zonder naam kan de patiënt zich herkennen; beschrijf de situatie, niet de persoon.",
                $"'{words}' mocks or belittles a patient. Even unnamed, the patient may recognise themself; describe the situation, not the person.");
            if (replacement is null)
            {
                context.ReportOnce(Rule, match.Span, message);
            }
            else
            {
                context.ReportOnce(Rule, match.Span, message, CodeFix.Replace(context.Localize($"Vervang door '{replacement}'", $"Replace with '{replacement}'"), match.Span, replacement));
            }
        }

        foreach (var adjective in ToneLexicons.DirectedAdjectives.Matches(text))
        {
            if (PatientRightAfter(text, adjective) is { } patient && !text.IsRejected(adjective.Span))
            {
                var span = new TextSpan(adjective.Span.Start, patient.Span.End);
                var words = context.Text[span.Start..span.End];
                context.ReportOnce(Rule, span, context.Localize(
                    $"'{words}' zet patiënten weg. Spreek over patiënten zoals je dat in hun bijzijn zou doen.",
                    $"'{words}' belittles patients. Speak about patients as you would in front of them."));
            }
        }

        if (PatientContemptFinder.Find(text) is { } contempt && !text.IsRejected(contempt))
        {
            var words = context.Text[contempt.Start..contempt.End];
            context.ReportOnce(Rule, contempt, context.Localize(
                $"'{words}' spreekt walging of minachting uit over een groep patiënten. Wie zich herkent, leest minachting; beschrijf het probleem, niet de mensen.",
                $"'{words}' expresses disgust or contempt for a group of patients. Anyone who recognises themself reads contempt; describe the problem, not the people."));
        }

        if (SarcasmFinder.Find(text) is { TargetKind: not "colleague" } sarcasm)
        {
            var markers = string.Join("', '", sarcasm.Markers);
            context.ReportOnce(Rule, sarcasm.Span, context.Localize(
                $"Sarcasme ('{markers}') gericht op '{sarcasm.Target}'. Spot leest online harder dan je bedoelt en de patiënt kan zich herkennen.",
                $"Sarcasm ('{markers}') aimed at '{sarcasm.Target}'. Mockery reads harsher online than you mean, and the patient may recognise themself."));
        }
    }

    private static TermMatch? PatientRightAfter(ToneText text, TermMatch adjective) =>
        adjective.FirstToken < 0
            ? null
            : ToneLexicons.Targets.Matches(text).Cast<TermMatch?>().FirstOrDefault(t =>
                t!.Value.FirstToken == adjective.FirstToken + adjective.TokenCount && t.Value.Term.Column(0) == "patient");
}
