using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Claims;
using PostLint.Rules.Confidentiality;
using PostLint.Text;

namespace PostLint.Rules.Professionalism;

/// <summary>
/// PL6004: a photo, screenshot or video that shows a patient, a record or a clinical screen, found
/// from the text ("foto van de röntgenfoto van meneer", "screenshot uit het EPD", "kijk wat ik op de
/// monitor zag") and from the attachments' file names and alt text (<c>IMG_epd_screen.png</c>,
/// "patiënt in bed"). A screen or chart counts in a clinical setting (a ward, a shift, a hospital) or
/// after "kijk wat ik ..."; a screen in a file name always counts. "Mrs Jones" counts where a screen does. Stock images, infographics, logos and leaflets, and pictures of colleagues or
/// equipment do not fire. A mentioned consent does not silence the rule: the author checks it.
/// </summary>
internal sealed class PatientImageAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL6004",
        "Picture of a patient, record or screen",
        DiagnosticCategory.Professionalism,
        DiagnosticSeverity.Warning,
        "NMC social media guidance (posting pictures of patients without consent puts registration at risk); ANA T2, T5; GMC Using social media §20; AMA product-promotion opinion item 2; Isala fotografiebeleid; KNMP social media-code 8",
        "A picture shows more than its author sees: a face, a name on a wristband, a record on a screen. Patients must give explicit, written consent before any picture of them or their data is posted.");

    private static readonly Lazy<TermMatcher> Terms = LexiconTerms.Matcher("lexicons/professionalism/photo-terms.tsv");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    // A picture of the organisation's own system or board is confidential information first (PL3007).
    public override IEnumerable<DiagnosticSuppression> Suppressions { get; } = [DiagnosticSuppression.WhereOverlapping(Rule, InternalScreenAnalyzer.Rule)];

    public override void Analyze(AnalysisContext context)
    {
        ReportText(context);
        ReportAttachments(context);
    }

    private static void ReportText(AnalysisContext context)
    {
        var text = context.Text;
        var matches = Terms.Value.Matches(context.Index.Tokens);
        var clinicalSetting = matches.Any(m => m.Kind() == "clinical");
        foreach (var sentence in context.Index.Sentences)
        {
            var inSentence = matches.Within(sentence).ToList();
            var picture = inSentence.FirstOrDefault(m => m.Kind() is "picture" or "look");
            var screensCount = clinicalSetting || inSentence.Any(m => m.Kind() == "look");
            var subject = inSentence.FirstOrDefault(m => m.Kind() == "subject" || (screensCount && m.Kind() is "screen" or "honorific"));
            // "In mijn nieuwe video leg ik uit hoe een MRI werkt": what is taught is a topic; a person in it still counts.
            var taughtTopic = inSentence.Any(m => m.Kind() == "teaching") && !inSentence.Any(m => m.Term.Column(1) == "person" || m.Kind() == "honorific");
            // "Deel nooit een screenshot uit het EPD": advice against the picture is not the picture.
            if (picture.TokenCount == 0 || subject.TokenCount == 0 || taughtTopic || inSentence.Any(m => m.Kind() == "benign")
                || context.Index.IsNegatedBefore(picture.FirstToken))
            {
                continue;
            }

            var span = new TextSpan(Math.Min(picture.Span.Start, subject.Span.Start), Math.Max(picture.Span.End, subject.Span.End));
            var phrase = text[span.Start..span.End];
            context.Report(
                Rule,
                span,
                context.Localize(
                    $"'{phrase}': een beeld van een patiënt, dossier of scherm. Plaats het niet zonder uitdrukkelijke, schriftelijke toestemming, en controleer op namen, polsbandjes en gegevens in beeld.",
                    $"'{phrase}': a picture of a patient, record or screen. Do not post it without explicit, written consent, and check it for names, wristbands and data in view."));
            return;
        }
    }

    private static void ReportAttachments(AnalysisContext context)
    {
        foreach (var attachment in context.Post.Attachments)
        {
            var description = $"{attachment.FileName} {attachment.AltText}";
            var matches = Terms.Value.Matches(Tokenizer.Tokenize(description));
            var subject = matches.FirstOrDefault(m => m.Kind() is "subject" or "screen");
            if (subject.TokenCount == 0 || matches.Any(m => m.Kind() == "benign"))
            {
                continue;
            }

            var name = attachment.FileName ?? attachment.AltText ?? string.Empty;
            var what = description[subject.Span.Start..subject.Span.End];
            context.Report(new Diagnostic(
                Rule,
                new TextSpan(0, 0),
                string.Empty,
                context.Localize(
                    $"Bijlage '{name}' toont volgens naam of beschrijving '{what}': een patiënt, dossier of scherm. Plaats haar niet zonder uitdrukkelijke, schriftelijke toestemming.",
                    $"Attachment '{name}' shows '{what}' by its name or description: a patient, record or screen. Do not post it without explicit, written consent.")));
        }
    }
}
