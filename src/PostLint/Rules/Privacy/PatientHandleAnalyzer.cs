using System.Collections.Frozen;
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
/// A link to a patient's or relative's own page (a social-network profile, a crowdfunding campaign, a hosted blog) is the same
/// handle written as an address, and fires in a post about their care, raised for them or told of as theirs ("her profile").
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

    // The organisation probability from which a handle leans to an organisation's account (the model's even odds).
    private const float LeansOrganisation = 0.5f;

    // Singular on purpose: "mijn patiënten vragen dit ook" speaks of patients in general, not of the tagged person.
    private static readonly ContextCues OwnPatient = new(
        "mijn patient", "mijn patiente", "mijn patientje", "mijn oud patient", "mijn oud patiente", "onze patient", "onze patiente", "onze oud patient",
        "onze oud patiente", "als patient", "my former patient", "our former patient", "bij ons opgenomen", "bij ons op de afdeling", "op onze afdeling", "op mijn spreekuur",
        "my patient", "our patient", "you were on our ward", "on our ward", "in my clinic", "in clinic", "your surgery", "your operation",
        "your treatment", "your stay", "trusting us", "looked after you", "je opname", "uw opname", "je operatie", "uw operatie", "je behandeling",
        "op het spreekuur", "op ons spreekuur", "op de poli", "at your appointment", "at your clinic appointment", "in your appointment", "as we discussed in clinic",
        "je afspraak", "uw afspraak", "je uitslag", "je uitslagen", "uw uitslag", "your results", "your scan", "je scan", "your medication", "je medicatie",
        "je medicijnen", "uw medicatie");

    // Words right before a handle, or in its name, that make it a colleague's, an institution's or a speaker's account.
    private static readonly string[] CallerPhrases =
    [
        "collega", "colleague", "colleagues", "team", "namens", "organisatie", "ziekenhuis", "hospital", "nhs", "trust", "umc", "ggd", "rivm", "who",
        "ministerie", "praktijk", "zorg", "care", "health", "clinic", "kliniek", "official", "news", "nieuws", "by", "door", "via", "cc", "spreker",
        "speaker", "lezing", "talk", "webinar", "podcast", "paper", "studie", "study", "met dank aan",
    ];

    private static readonly ContextCues CallerWords = new(CallerPhrases);

    // Words in a handle's name that make it the account of a unit, channel, medium or organisation ("IC_Noorderhuis",
    // "MedCramVideos"). Only in the name: before a handle, "na twee weken IC mag @x naar de afdeling" tells of the patient.
    private static readonly ContextCues AccountWords = new(
        [
            .. CallerPhrases,
            "ic", "icu", "seh", "ward", "afdeling", "unit", "poli", "video", "videos", "tv", "channel", "kanaal", "media", "radio", "fm", "journal", "magazine",
            "blog", "vlog", "show", "live", "online", "officieel", "krant", "daily", "weekly", "pod", "academy", "academie", "institute", "instituut",
            "foundation", "stichting", "fonds", "vereniging", "society", "association", "college", "university", "universiteit", "school", "hq", "inc",
            "ltd", "group", "groep", "network", "netwerk", "campaign", "campagne", "alliance", "federatie", "federation", "gov", "overheid", "gemeente",
            "council", "police", "politie", "brandweer", "ambulance", "apotheek", "pharmacy", "hospitals", "ziekenhuizen",
        ]);

    // A handle followed by one of these is spoken about, not spoken to: "@x's scan came back clean", "@x ligt sinds gisteren
    // in het ziekenhuis". A reply addresses its handle and goes on with the answer ("@x Dank voor je vraag").
    private static readonly FrozenSet<string> ThirdPersonVerbs = new[]
    {
        "s", "is", "was", "has", "had", "got", "gets", "rang", "finished", "started", "walked", "went", "came", "heeft", "ligt", "lag", "mag",
        "mocht", "kreeg", "krijgt", "werd", "wordt", "ging", "gaat", "kwam", "komt", "liep", "loopt", "zit", "zat", "finally", "eindelijk",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that open the rest of a reply rather than a sentence about the handle: "@x is dat zo?", "@x was het maar zo simpel".
    private static readonly FrozenSet<string> ReplyOpeners = new[]
    {
        "dat", "het", "er", "dit", "niet", "toch", "that", "it", "this", "there", "not",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly ContextCues Results = new(
        "scan", "scans", "results", "uitslag", "uitslagen", "biopsy", "biopsie", "mri", "ct scan", "tumour", "tumor", "bloedwaarden", "blood results");

    // Someone addressed in the sentence ("je", "your") is the handle spoken to, whatever verb follows it.
    private static readonly ContextCues SecondPerson = new("je", "jij", "jou", "jouw", "u", "uw", "you", "your", "yours");

    // Wishes and praise for someone who is ill or recovering: with a diagnosis in the sentence, the handle is the patient's
    // ("so proud of @x, cancer-free after two years", "sterkte @x met de longontsteking").
    private static readonly ContextCues Support = new(
        "proud of", "so proud", "trots op", "blij voor", "beterschap", "sterkte", "get well", "speedy recovery", "thinking of", "denk aan", "denken aan",
        "duimen", "fingers crossed", "kanjer", "strijder", "doorzetter", "fighter", "warrior", "brave", "dapper", "hero");

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

        ReportPersonalPages(context);
    }

    // A link to someone's own page told of in the third person or raised for them: "her profile", "the fundraiser for ...".
    private static readonly ContextCues SomeonesPage = new(
        "her profile", "his profile", "their profile", "haar profiel", "zijn profiel", "her page", "his page", "haar pagina", "zijn pagina", "her blog",
        "his blog", "haar blog", "zijn blog", "her story", "his story", "her recovery", "his recovery", "haar verhaal", "zijn verhaal", "fundraiser",
        "crowdfunding", "inzameling", "inzamelingsactie", "doneer", "doneren", "donate", "donations");

    // The author's or the organisation's own page: "follow me", "volg ons", "our page".
    private static readonly ContextCues OwnPage = new(
        "my profile", "my page", "my blog", "follow me", "follow us", "our page", "our profile", "mijn profiel", "mijn pagina", "mijn blog",
        "volg mij", "volg me", "volg ons", "onze pagina", "ons profiel");

    // PL1011 for links: a social-network profile, a crowdfunding campaign or a hosted blog (see UrlRecognizer's "page") of a
    // patient or relative is their handle written as an address ("Onze patiënte Noor heeft een crowdfunding gestart:
    // doneeractie.nl/noor-en-de-tweeling"). Pages of organisations, and the author's own, are not.
    private static void ReportPersonalPages(AnalysisContext context)
    {
        var text = context.Text;
        foreach (var url in context.EntitiesOf(EntityType.Url))
        {
            if (url.Attribute("page") is not { } page || !context.IsEnabled(Rule))
            {
                continue;
            }

            var owner = (url.Attribute("owner") ?? string.Empty).Replace('-', ' ').Replace('_', ' ').Replace('.', ' ');
            var sentenceStart = context.Index.ContextSentenceStart(url.Span.Start);
            var previousStart = sentenceStart > 0 ? context.Index.ContextSentenceStart(sentenceStart - 1) : sentenceStart;
            if (AccountWords.In(owner) || ProfessionalPrefixes.Any(p => owner.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || OwnPage.In(text, sentenceStart, url.Span.Start))
            {
                continue;
            }

            var forSomeone = context.EntitiesOf(EntityType.Person).Any(p => p.Attribute("role") is PersonRoles.Patient or PersonRoles.Relative)
                || OwnPatient.In(text) || SomeonesPage.In(text, previousStart, url.Span.Start)
                || PersonRoles.HasCareCue(text, previousStart, context.Index.ContextSentenceEnd(url.Span.End));
            if (!forSomeone)
            {
                continue;
            }

            var what = page switch
            {
                "fundraiser" => context.Localize("de inzamelingsactie", "the fundraiser"),
                "blog" => context.Localize("het blog", "the blog"),
                _ => context.Localize("het profiel", "the profile"),
            };
            context.Report(
                Rule,
                url.Span,
                context.Localize(
                    $"'{url.Text}' is {what} van een patiënt of naaste: de link koppelt het verhaal over de zorg aan zijn of haar eigen pagina.",
                    $"'{url.Text}' is {what} of a patient or relative: the link ties the story about their care to their own page."),
                CodeFix.Replace(context.Localize("Verwijder de link", "Remove the link"), url.Span, context.Localize("[link verwijderd]", "[link removed]")));
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

        if (AccountWords.In(handle.Attribute("words") ?? name) || ProfessionalPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        // Accounts of agencies, hospitals and media whose names carry no telling word ("@CDCMMWR", "@PennMedicine"):
        // the handle classifier decides, and only when it is sure.
        // A name that opens with a given name ("@daan_jansen", "@saskiadeboer") is a person's whatever the model says.
        var personal = handle.Attribute("looksLike") == "person";
        if (handle.Attribute("looksLike") == "organisation")
        {
            return false;
        }

        var organisation = personal ? 0f : LearnedEntities.Of(context.Index).OrganisationProbability(handle);
        if (organisation >= LearnedEntities.SureOrganisation)
        {
            return false;
        }

        // The weaker readings below (a handle spoken about, a diagnosis beside it) hold only for an account that reads as a
        // person's: an agency spoken about with a disease ("@CDCgov has updated its measles guidance") is not a patient.
        var readsAsPerson = personal || organisation < LeansOrganisation;

        if (SourceWords.In(text, handle.Span.Start - 12, handle.Span.Start) && !CalledPatientInApposition(text, handle.Span))
        {
            return false;
        }

        if (postNamesOwnPatient.Value)
        {
            return true;
        }

        var sentenceStart = context.Index.ContextSentenceStart(handle.Span.Start);
        var sentenceEnd = context.Index.ContextSentenceEnd(handle.Span.End);
        var spokenAbout = readsAsPerson && IsSpokenAbout(context, handle, sentenceStart, sentenceEnd);

        // A reply opens with the asker's handle; answering a public question does not make them a patient.
        if (handle.Attribute("atStart") == "true" && !spokenAbout)
        {
            return false;
        }

        if (CallerWords.In(text, Math.Max(sentenceStart, handle.Span.Start - 25), handle.Span.Start))
        {
            return false;
        }

        // A diagnosis or a ward in the sentence of a handle spoken about or wished well is that person's (and so are test
        // results of one spoken about: "@x's scan came back clean"), unless the sentence is about
        // work or the news ("trots op @x, die promoveerde op onderzoek naar sepsis").
        if (readsAsPerson && (spokenAbout || Support.In(text, sentenceStart, sentenceEnd))
            && PersonRoles.RoleOfSentence(text, sentenceStart, sentenceEnd, hasCivilTitle: false) is not (PersonRoles.Staff or PersonRoles.Public)
            && (context.Entities.Any(e => (e.Type == EntityType.Condition || e.Type == EntityType.Ward) && e.Span.Start >= sentenceStart && e.Span.End <= sentenceEnd)
                || (spokenAbout && Results.In(text, sentenceStart, sentenceEnd))))
        {
            return true;
        }

        // The care may be told in the sentence before ("Zes maanden behandeling voor acne. Zo blij voor @x ...").
        var previousStart = sentenceStart > 0 ? context.Index.ContextSentenceStart(sentenceStart - 1) : sentenceStart;
        if (!careSentences.TryGetValue((previousStart, sentenceEnd), out var care))
        {
            careSentences[(previousStart, sentenceEnd)] = care = PersonRoles.HasCareCue(text, previousStart, sentenceEnd);
        }

        return care;
    }

    // "@x's scan came back clean", "@x ligt sinds gisteren in het ziekenhuis", "wat een doorzetter is @x": the handle is the
    // sentence's subject or owner, told of in the third person, and no one is addressed as "je" or "you".
    private static bool IsSpokenAbout(AnalysisContext context, Entity handle, int sentenceStart, int sentenceEnd)
    {
        var tokens = context.Index.Tokens;
        var next = context.Index.FirstTokenAtOrAfter(handle.Span.End);
        if (next >= tokens.Count || tokens[next].Span.Start >= sentenceEnd || SecondPerson.In(context.Text, sentenceStart, sentenceEnd))
        {
            return false;
        }

        var gap = context.Text.AsSpan(handle.Span.End, tokens[next].Span.Start - handle.Span.End);
        var possessive = tokens[next].Normalized == "s" && gap.Length == 1 && gap[0] is '\'' or '’';
        var verb = gap.IsWhiteSpace() && ThirdPersonVerbs.Contains(tokens[next].Normalized)
            && (next + 1 >= tokens.Count || !ReplyOpeners.Contains(tokens[next + 1].Normalized));
        var predicate = IsPredicateOf(context, handle, sentenceStart);

        // Dutch puts the verb first after an opening phrase: "na een week IC mag @x naar de afdeling".
        var first = context.Index.FirstTokenAtOrAfter(handle.Span.Start);
        var verbBefore = first > 0 && tokens[first - 1].Span.Start >= sentenceStart && tokens[first - 1].Normalized != "s"
            && ThirdPersonVerbs.Contains(tokens[first - 1].Normalized) && context.Text.AsSpan(tokens[first - 1].Span.End, handle.Span.Start - tokens[first - 1].Span.End).IsWhiteSpace();
        return possessive || verb || predicate || verbBefore;
    }

    // "Wat een doorzetter is @x", "What a star @x is": the handle closes a clause of praise about them.
    private static bool IsPredicateOf(AnalysisContext context, Entity handle, int sentenceStart) =>
        Support.LastIn(context.Text, sentenceStart, handle.Span.Start) is { } cue && handle.Span.Start - cue.Span.End <= 5;

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
