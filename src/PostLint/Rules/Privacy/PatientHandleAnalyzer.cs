using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Recognizers.Identifiers;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL1011: the handle of a patient. Tagging someone in a post about their care ("@jess thanks for trusting
/// us with your surgery", "eindelijk mag @lotte naar huis") links the care to their public profile.
/// Mentions of colleagues, institutions and the public are normal, and so is replying to someone who asked
/// a public question: a handle at the start of a reply fires only when the reply itself says the person is
/// the author's patient ("als mijn patiënt", "you were on our ward"). A handle named as the source of something
/// ("het standpunt van @KNMG", "a paper by @drjones") is an author or organisation, unless the post calls that
/// very handle a patient right next to it ("een kaartje van @lotte_b99, mijn oud-patiënte"). The account of a listed
/// health body, hospital or medium ("@GGDHaaglanden", "@Sanquin", "@UZLeuven") is never a patient's.
/// </summary>
internal sealed class PatientHandleAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL1011",
        "Handle of a patient",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        "KNMG-SM2011-A2 (Garandeer vertrouwelijkheid) and A3 (geen vrienden met patiënten); VVN-SM-2 (NBC 2.10); GMC-USM24-§18; ANA-SN2011-P1",
        "A tagged handle links a story about care to the patient's own public profile.");

    // Singular on purpose: "mijn patiënten vragen dit ook" speaks of patients in general, not of the tagged person.
    private static readonly ContextCues OwnPatient = new(
        "mijn patient", "mijn patiente", "mijn patientje", "mijn oud patient", "mijn oud patiente", "onze patient", "onze patiente", "onze oud patient",
        "onze oud patiente", "als patient", "my former patient", "our former patient", "bij ons opgenomen", "bij ons op de afdeling", "op onze afdeling", "op mijn spreekuur",
        "my patient", "our patient", "you were on our ward", "on our ward", "in my clinic", "in clinic", "your surgery", "your operation",
        "your treatment", "your stay", "trusting us", "looked after you", "je opname", "uw opname", "je operatie", "uw operatie", "je behandeling",
        "op het spreekuur", "op ons spreekuur", "op de poli", "at your appointment", "at your clinic appointment", "in your appointment", "as we discussed in clinic",
        "je afspraak", "uw afspraak", "je uitslag", "je uitslagen", "uw uitslag", "your results", "your scan", "je scan", "your medication", "je medicatie",
        "je medicijnen", "uw medicatie");

    // Words in or right before a handle that make it a colleague's, an institution's or a speaker's account.
    private static readonly ContextCues NotAPatient = new(
        "collega", "colleague", "colleagues", "team", "namens", "organisatie", "ziekenhuis", "hospital", "nhs", "trust", "umc", "ggd", "rivm", "who",
        "ministerie", "praktijk", "zorg", "care", "health", "clinic", "kliniek", "official", "news", "nieuws", "by", "door", "via", "cc", "spreker",
        "speaker", "lezing", "talk", "webinar", "podcast", "paper", "studie", "study", "met dank aan",
        // accounts of units, channels, media and organisations, read from the words of their name ("IC_Noorderhuis", "MedCramVideos")
        "ic", "icu", "seh", "ward", "afdeling", "unit", "poli", "video", "videos", "tv", "channel", "kanaal", "media", "radio", "fm", "journal", "magazine", "blog", "vlog", "show", "live", "online",
        "official", "officieel", "nieuws", "krant", "daily", "weekly", "pod", "academy", "academie", "institute", "instituut", "foundation",
        "stichting", "fonds", "vereniging", "society", "association", "college", "university", "universiteit", "school", "hq", "inc", "ltd",
        "group", "groep", "network", "netwerk", "campaign", "campagne", "alliance", "federatie", "federation", "gov", "overheid", "gemeente",
        "council", "police", "politie", "brandweer", "ambulance", "apotheek", "pharmacy", "hospitals", "ziekenhuizen");

    // "Dr. Jones from @SomeChannel" names the account the speaker works for or appears on.
    private static readonly ContextCues SourceWords = new("van", "door", "via", "volgens", "by", "according to", "from");

    private static readonly string[] ProfessionalPrefixes = ["dr", "doc", "prof", "nurse", "zuster", "huisarts", "dokter"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        // Whether the post calls anyone its patient is a question about the whole post: asked once, not per handle.
        var postNamesOwnPatient = new Lazy<bool>(() => OwnPatient.In(context.Text));

        // Whether a sentence speaks of care is read once per sentence, however many handles it holds.
        var careSentences = new Dictionary<(int Start, int End), bool>();
        foreach (var handle in context.EntitiesOf(EntityType.Handle))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // The rule stops at its cap (PostLinter.MaxDiagnosticsPerRule): the rest would not be reported.
            if (!context.IsEnabled(Rule))
            {
                break;
            }

            if (!IsPatient(context, handle, postNamesOwnPatient, careSentences))
            {
                continue;
            }

            context.Report(
                Rule,
                handle.Span,
                context.Localize(
                    $"'{handle.Text}' is het account van een patiënt: door te taggen koppel je zijn of haar zorg aan een openbaar profiel.",
                    $"'{handle.Text}' is a patient's account: tagging it links their care to a public profile."),
                CodeFix.Replace(context.Localize("Vervang door 'een patiënt'", "Replace with 'a patient'"), handle.Span, context.Localize("een patiënt", "a patient")));
        }
    }

    private static bool IsPatient(AnalysisContext context, Entity handle, Lazy<bool> postNamesOwnPatient, Dictionary<(int Start, int End), bool> careSentences)
    {
        var text = context.Text;
        var name = (handle.Attribute("name") ?? string.Empty).ToLowerInvariant();
        if (handle.Attribute("organisation") is not null)
        {
            return false;
        }

        if (NotAPatient.In(handle.Attribute("words") ?? name) || ProfessionalPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        // Accounts of agencies, hospitals and media whose names carry no telling word ("@CDCMMWR", "@PennMedicine"):
        // the handle classifier decides, and only when it is sure.
        if (LearnedEntities.Of(context.Index).OrganisationProbability(handle) >= LearnedEntities.SureOrganisation)
        {
            return false;
        }

        if (SourceWords.In(text, handle.Span.Start - 12, handle.Span.Start) && !CalledPatientInApposition(text, handle.Span))
        {
            return false;
        }

        if (postNamesOwnPatient.Value)
        {
            return true;
        }

        // A reply opens with the asker's handle; answering a public question does not make them a patient.
        if (handle.Attribute("atStart") == "true")
        {
            return false;
        }

        var sentenceStart = SentenceBounds.StartOf(text, handle.Span.Start);
        var sentenceEnd = SentenceBounds.EndOf(text, handle.Span.End);
        if (NotAPatient.In(text, Math.Max(sentenceStart, handle.Span.Start - 25), handle.Span.Start))
        {
            return false;
        }

        // The care may be told in the sentence before ("Zes maanden behandeling voor acne. Zo blij voor @x ...").
        var previousStart = sentenceStart > 0 ? SentenceBounds.StartOf(text, sentenceStart - 1) : sentenceStart;
        if (!careSentences.TryGetValue((previousStart, sentenceEnd), out var care))
        {
            careSentences[(previousStart, sentenceEnd)] = care = PersonRoles.HasCareCue(text, previousStart, sentenceEnd);
        }

        return care;
    }

    // "mijn patiënt @x" or "@x, mijn oud-patiënte": the cue touches the handle with only spaces and punctuation between.
    private static bool CalledPatientInApposition(string text, TextSpan handle)
    {
        var before = OwnPatient.LastIn(text, handle.Start - 25, handle.Start);
        var after = OwnPatient.FirstIn(text, handle.End, handle.End + 25);
        return (before is { } b && OnlyPunctuation(text.AsSpan(b.Span.End, handle.Start - b.Span.End)))
            || (after is { } a && OnlyPunctuation(text.AsSpan(handle.End, a.Span.Start - handle.End)));
    }

    private static bool OnlyPunctuation(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }
}
