using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Text.Entities;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds names of people (<see cref="EntityType.Person"/>) in running text. A run of capitalised words,
/// initials and surname particles (<c>van</c>, <c>de</c>, <c>van der</c>, <c>ter</c>, <c>in 't</c> …) is a
/// name when
/// <list type="bullet">
/// <item>a form of address or role word comes right before it (<c>mevrouw</c>, <c>dhr.</c>, <c>Mrs</c>,
/// <c>Dr</c>, <c>zuster</c>, <c>opa</c>, <c>patiënt</c>, <c>collega</c>, <c>minister</c> …);</item>
/// <item>it starts with initials (<c>J. de Vries</c>) or a known given name (<c>Truus Hendriks</c>,
/// <c>Sem</c>; names that are also words, such as <c>Mark</c> or <c>Roos</c>, only with a surname);</item>
/// <item>it follows a room or bed (<c>bed 4 Bakker</c>); or it is a known public or historical figure.</item>
/// <item>in lower case, only where the sentence puts a patient there (<c>saw john in bed 4</c>, <c>mevrouw de vries</c>):
/// see <see cref="LowerCaseNames"/>; in capitals, only listed names after a title, patient word or name field in capitals
/// (<c>PATIENT JANSSEN</c>, <c>NAAM: DE GRAAF, P.</c>): see <see cref="AllCapsNames"/>.</item>
/// <item>in a form's name field (<c>Naam: Wouters</c>, <c>t.n.v. H. Vos</c>), whatever word stands there.</item>
/// </list>
/// Eponymous diseases and institutions are not persons (<c>ziekte van Parkinson</c>, <c>Parkinson's</c>,
/// <c>Antoni van Leeuwenhoek</c>, <c>Jeroen Bosch Ziekenhuis</c>), nor is an initial before a disease, organism or body
/// part (<c>M. Alzheimer</c>, <c>E. Coli</c>, <c>N. Facialis</c>), nor any word of a listed health body, hospital or
/// medium (<c>Reinier de Graaf</c>, <c>AZ Jan Palfijn</c>; see <see cref="HealthBodies"/>). The span covers the name without its title.
/// Attributes: <c>role</c> (<c>patient</c>, <c>relative</c>, <c>staff</c>, <c>public</c>, <c>self</c>, <c>fictional</c>,
/// <c>unknown</c>; see <see cref="PersonRoles"/>), <c>form</c> (<c>title</c>, <c>initials</c>,
/// <c>fullName</c>, <c>firstName</c>, <c>surname</c>), <c>title</c> (the form of address, when there is one).
/// </summary>
internal sealed partial class PersonNameRecognizer : Recognizer
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "’t", "in", "op", "la", "le", "du", "da", "di", "von", "el", "al", "bin", "ibn", "st",
        // how records shorten "van der"/"van de": "dhr. vd Berg"
        "vd",
    };

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "ziekenhuis", "kinderziekenhuis", "hospital", "mc", "umc", "centrum", "center", "centre", "kliniek", "clinic", "infirmary", "stichting",
        "foundation", "fonds", "fund", "vereniging", "society", "association", "huis", "huize", "instituut", "institute", "school", "college",
        "universiteit", "university", "trust", "prijs", "award", "lecture", "lezing", "zorggroep", "praktijk", "apotheek", "gasthuis", "hospice",
        "nederland", "day", "dag", "week", "syndroom", "syndrome", "disease", "ziekte", "score", "test", "schaal", "scale", "criteria",
        "street", "road", "avenue", "square", "straat", "laan", "weg", "plein",
        // eponymous signs, reflexes and remedies: "Babinski's sign", "Bell's palsy", "St. John's wort"
        "sign", "reflex", "palsy", "phenomenon", "triad", "wort",
    };

    // Dutch street names end in one of these ("Jan van Galenstraat", "Johan de Wittlaan"); the surname Van der Laan is the word alone.
    private static readonly string[] StreetSuffixes = ["straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "steeg", "markt", "boulevard"];

    // Nouns that take a letter ("vitamine D", "hepatitis C", "type B"): the letter after them, and the capital that opens
    // the next sentence, are no initial and surname ("vitamine D. Eerst ...").
    private static readonly ContextCues LetterNouns = new(
        "vitamine", "vitamin", "hepatitis", "type", "groep", "group", "klasse", "class", "fase", "phase", "stadium", "stage", "graad", "grade",
        "bijlage", "appendix", "plan", "blok", "block", "categorie", "category", "lijst", "list", "optie", "option", "variant", "strain", "stam",
        "influenza", "zone", "niveau", "level", "schema", "bloedgroep", "cluster", "vleugel", "wing", "gebouw", "building", "route", "punt", "point");

    private static readonly ContextCues EponymBefore = new("ziekte van", "syndroom van", "morbus", "disease of", "ziekte", "syndroom", "volgens de methode");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Person];

    public override IEnumerable<WordList> WordLists => [HealthBodies.Names];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;

        // A listed organisation's words are no one's name: "Erasmus MC", "Reinier de Graaf", "AZ Jan Palfijn".
        var occupied = new SpanLookup(context.Entities.Where(e => e.Type != EntityType.Room).Select(e => e.Span)
            .Concat(HealthBodies.In(context.Index).Select(m => m.Span)));
        var rooms = new Rooms(context.Entities.Where(e => e.Type == EntityType.Room));
        var found = new List<Entity>();
        foreach (var chain in Chains(text, occupied, rooms))
        {
            if (Classify(context, chain, rooms) is { } person)
            {
                found.Add(person);
            }
        }

        found.AddRange(LowerCaseNames(context, found, occupied, rooms).ToList());
        found.AddRange(AllCapsNames(context, found, occupied, rooms).ToList());

        // The model can only add a patient, a relative or the writer: where the post tells no care, names no room and
        // introduces no one, it is not run at all.
        if (PersonRoles.IsCarePost(text) || rooms.Count > 0 || PersonRoles.MayIntroduceWriter(text))
        {
            found.AddRange(LearnedPersons(context, found, occupied, rooms));
        }

        foreach (var person in PropagateRoles(found))
        {
            context.Add(person);
        }
    }

    // Names the rules do not know but the learned entity model tags as a person with confidence ("Agnes", "Saskia",
    // "ik ben fatima"): taken only where the rules' own reading gives them a patient's or relative's role (a care
    // context), or the writer introduces themself. Public figures, institutions, eponyms and initials stay the rules'.
    private static IEnumerable<Entity> LearnedPersons(RecognitionContext context, List<Entity> found, SpanLookup occupied, Rooms rooms)
    {
        var text = context.Text;
        var known = new SpanLookup(found.Select(p => p.Span));
        foreach (var learned in LearnedEntities.Of(context.Index).Names)
        {
            if (learned.Type != "PER" || learned.Confidence < LearnedEntities.SureTag || known.Overlaps(learned.Span) || occupied.Overlaps(learned.Span) || rooms.Overlap(learned.Span))
            {
                continue;
            }

            var chain = new List<NameToken>();
            foreach (var match in Word().EnumerateMatches(text.AsSpan(learned.Span.Start, learned.Span.Length)))
            {
                chain.Add(NameToken.From(text, learned.Span.Start + match.Index, match.Length));
            }

            // The tagger may carry a name over a full stop ("a true Valentine. Cake at 3"): a name's words are joined by spaces only.
            var name = text[learned.Span.Start..learned.Span.End];
            if (chain.Count is 0 or > 3 || name.Any(c => !char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’')) || chain.Any(t => t.IsInitial || t.IsAllCaps || !t.Text.All(char.IsLetter) || t.Text.Length < 2)
                || NameLexicons.IsPublicFigure(name) || IsNotAPerson(text, chain, name, title: null)
                || (learned.Span.Start > 0 && text[learned.Span.Start - 1] is '@' or '#' or '/' or '_'))
            {
                continue;
            }

            var windowStart = Math.Max(0, learned.Span.Start - 40);
            var tokensBefore = Tokenizer.Tokenize(text[windowStart..learned.Span.Start]);
            string? title = null;
            string? titleRole = null;
            if (tokensBefore.Count > 0 && IsTitleGap(text, windowStart + tokensBefore[^1].Span.End, tokensBefore[^1].IsAllCaps, learned.Span.Start))
            {
                titleRole = PersonRoles.RoleOfWordBefore(tokensBefore);
                title = PersonRoles.CivilTitles.Contains(tokensBefore[^1].Normalized) || titleRole is not null ? tokensBefore[^1].Normalized : null;
            }

            var role = RoleOf(text, learned.Span, title, titleRole, tokensBefore, rooms.EndsRightBefore(text, learned.Span.Start), rooms.Count > 0);
            var selfIntroduced = role == PersonRoles.Self && PersonRoles.IsSelfIntroduction(text, learned.Span.Start);
            if ((role is not (PersonRoles.Patient or PersonRoles.Relative) && !selfIntroduced)
                || (!selfIntroduced && chain.Any(t => !t.IsCapitalized))
                || (title is null && chain.Count == 1 && !IsListedFirstName(chain[0].Normalized)))
            {
                // A name in lower case is one only when the writer gives it as theirs ("ik ben fatima"); a single capitalised
                // word without a title must be a listed first name, or any word opening a sentence ("Leuke patiënt") would do.
                continue;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["role"] = role,
                ["form"] = title is not null ? "title" : chain.Count > 1 ? "fullName" : "firstName",
                ["source"] = "model",
            };
            if (title is not null)
            {
                attributes["title"] = title;
            }

            yield return new Entity(EntityType.Person, learned.Span, name) { Attributes = attributes };
        }
    }

    // A single given name or surname takes the role of a fuller mention of the same person ("Kees" after "mijn patiënt Kees Meijer"),
    // and so does a form of address: "mevrouw List" after "de vertolking door Liesbeth List" is the singer, not a patient.
    private static IEnumerable<Entity> PropagateRoles(List<Entity> people)
    {
        var namedInPublic = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var known in people.Where(p => p.Attribute("role") is PersonRoles.Staff or PersonRoles.Public or PersonRoles.Self && p.Attribute("form") != "title"))
        {
            namedInPublic.TryAdd(LastWord(known.Text), known.Attribute("role")!);
        }

        people = people.Select(p => p.Attribute("form") == "title" && p.Attribute("role") is PersonRoles.Patient or PersonRoles.Unknown
            && p.Attribute("title") is { } title && PersonRoles.CivilTitles.Contains(title) && namedInPublic.TryGetValue(LastWord(p.Text), out var role)
            ? p.With("role", role) : p).ToList();

        // Each word of a name with a role, and the role of the first such name: one pass, not one per single name.
        var roleOfWord = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var known in people.Where(p => p.Attribute("role") != PersonRoles.Unknown))
        {
            foreach (var token in Tokenizer.Tokenize(known.Text))
            {
                roleOfWord.TryAdd(token.Normalized, known.Attribute("role")!);
            }
        }

        foreach (var person in people)
        {
            if (person.Attribute("role") != PersonRoles.Unknown || person.Attribute("form") is not ("firstName" or "surname"))
            {
                yield return person;
                continue;
            }

            yield return roleOfWord.TryGetValue(Tokenizer.Normalize(person.Text), out var role) ? person.With("role", role) : person;
        }
    }

    private static bool IsListedFirstName(string normalized) =>
        (EntityModel.Shared.Gazetteer.Lookup(normalized) & (GazetteerFlags.DutchFirstName | GazetteerFlags.EnglishFirstName)) != 0
        || NameLexicons.IsFirstName(normalized, out _);

    private static string LastWord(string name) => Tokenizer.Tokenize(name) is { Count: > 0 } words ? words[^1].Normalized : string.Empty;

    private static Entity? Classify(RecognitionContext context, List<NameToken> chain, Rooms rooms)
    {
        var text = context.Text;

        // A title inside the run ("Mevrouw Jansen", "Dear Mr Gordon Whitfield") splits it: the name follows the last title.
        string? title = null;
        string? titleRole = null;
        var lastTitle = chain.FindLastIndex(t => PersonRoles.CivilTitles.Contains(t.Normalized) || PersonRoles.RoleOfWord(t.Normalized) is not null);
        if (lastTitle >= 0)
        {
            title = chain[lastTitle].Normalized;
            titleRole = PersonRoles.RoleOfWord(title);
            chain = chain[(lastTitle + 1)..];
        }

        // "mw. de Wit": the title may lie outside the run (another recognizer took "mw" as a sex), and the particle stays.
        chain = TrimParticles(chain, keepLeading: title is not null || (chain[0].IsParticle && CivilTitleRightBefore(text, chain[0].Start)));
        if (chain.Count > 1 && NameLexicons.NotPersonKind(text[chain[0].Start..chain[^1].End]) is not null)
        {
            // Checked before a capital that opens the sentence is dropped: "Tommy John surgery" is not John.
            return null;
        }

        if (title is null && chain.Count > 1 && !chain[0].IsInitial && !NameLexicons.IsFirstName(chain[0].Text, out _) && StartsSentence(text, chain[0].Start)
            && !NameLexicons.IsPublicFigure(text[chain[0].Start..chain[^1].End]))
        {
            // "Meet Sarah", "Vandaag Henk Bakker": the first word is capitalised because it opens the sentence, and so are the
            // particles after such a word no part of the name ("Verwijzing van Sophie van Wijk", "Opname van Pieter de Vries").
            chain = TrimParticles(chain[1..], keepLeading: false);
        }

        if (chain.Count == 0)
        {
            return null;
        }

        // "Naam: Wouters", "Patient: Walsh, Gregory", "t.n.v. H. Vos": a form's name field holds a name, listed or written as a
        // record writes it; the next field's label ("Jan Bosman Geb.datum:", "Wouters Voornaam:") is not part of it.
        var inNameField = title is null && PersonRoles.FieldLabelBefore(text, chain[0].Start);
        if (inNameField)
        {
            var nextField = chain.FindIndex(1, t => NextFieldWords.Contains(t.Normalized) || (t.End < text.Length && text[t.End] == ':'));
            chain = nextField > 0 ? chain[..nextField] : chain;
            inNameField = LooksLikeAName(chain) || IsListedFirstName(chain[0].Normalized) || chain.Count(t => t.IsCapitalized && !t.IsParticle) > 1;
        }

        var span = new TextSpan(chain[0].Start, chain[^1].End);
        var name = text[span.Start..span.End];
        var windowStart = Math.Max(0, span.Start - 40);
        var tokensBefore = Tokenizer.Tokenize(text[windowStart..span.Start]);
        if (title is null && tokensBefore.Count > 0 && IsTitleGap(text, windowStart + tokensBefore[^1].Span.End, tokensBefore[^1].IsAllCaps, span.Start))
        {
            var previous = tokensBefore[^1].Normalized;
            titleRole = PersonRoles.RoleOfWordBefore(tokensBefore);
            if (PersonRoles.CivilTitles.Contains(previous) || titleRole is not null)
            {
                title = previous;
            }
        }

        if (inNameField && title is null)
        {
            title = FieldTitle;
            titleRole = PersonRoles.Patient;
        }

        if (title is not null && !inNameField && !PersonRoles.StrongTitles.Contains(title) && !PersonRoles.CivilTitles.Contains(title) && !PersonRoles.RoyalTitles.Contains(title)
            && !LooksLikeAName(chain) && !NameLexicons.IsPublicFigure(name))
        {
            // A role noun ("premier", "patiënt") before a capitalised word is a name only when the word is one ("Premier League" is not).
            return null;
        }

        var afterRoom = rooms.EndsRightBefore(text, span.Start);
        var beforeRoom = rooms.StartsWithin(span.End, MaxRoomLink).Any(roomStart => RoomLink().IsMatch(text.AsSpan(span.End, roomStart - span.End)));
        var form = FormOf(chain, title, afterRoom, out var qualifies);
        var isPublicFigure = NameLexicons.IsPublicFigure(name);
        if ((!qualifies && !isPublicFigure) || IsNotAPerson(text, chain, name, title))
        {
            return null;
        }

        var role = isPublicFigure ? PersonRoles.Public : RoleOf(context.Text, span, title, titleRole, tokensBefore, afterRoom || beforeRoom, rooms.Count > 0);
        var credit = role is PersonRoles.Staff or PersonRoles.Self or PersonRoles.Unknown ? RecordCredits.Of(text, span) : null;
        if (credit is not null && role == PersonRoles.Self)
        {
            // "Met collegiale groet, M. Zwart, huisarts": the closing made the name the writer's, but it signs a letter.
            role = PersonRoles.Staff;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["role"] = role, ["form"] = form };
        if (credit is not null)
        {
            attributes["credit"] = credit;
        }
        if (title is not null)
        {
            attributes["title"] = title;
        }

        return new Entity(EntityType.Person, span, name) { Attributes = attributes };
    }

    // Labels of the fields that follow a name on a form: where the name ends.
    private static readonly FrozenSet<string> NextFieldWords = new[]
    {
        "geb", "geboren", "geboortedatum", "dob", "bsn", "tel", "adres", "address", "postcode", "mrn", "voornaam", "achternaam", "email", "phone",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The title a name in a form's name field carries: the field says whose the form is, not how to address them.
    private const string FieldTitle = "field";

    private static bool CivilTitleRightBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '.') && start - end < 3)
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var dotted = text.AsSpan(end, start - end).Contains('.');
        return end > begin && end < start && (!dotted || end - begin <= 4) && PersonRoles.CivilTitles.Contains(Tokenizer.Normalize(text[begin..end]));
    }

    // Only spaces (after an optional abbreviation dot) between the title and the name, and "MS." is not "Ms".
    // Only abbreviations take the dot: "familie. Doneren" ends a sentence, "mw. Jansen" does not.
    private static bool IsTitleGap(string text, int previousEnd, bool previousIsAllCaps, int nameStart) =>
        !previousIsAllCaps && text.AsSpan(previousEnd, nameStart - previousEnd) is var raw && raw.TrimStart('.') is var gap && gap.Length is >= 1 and <= 2 && gap.IsWhiteSpace()
        && (gap.Length == raw.Length || AbbreviationBefore(text, previousEnd));

    private static bool AbbreviationBefore(string text, int end)
    {
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return end - begin <= 4;
    }

    private static bool LooksLikeAName(List<NameToken> chain) =>
        chain[0].IsInitial || IsListedFirstName(chain[0].Normalized) || NameLexicons.IsSurname(string.Join(' ', chain.Select(t => t.Text)))
        || NameLexicons.IsSurname(chain[^1].Text);

    private static string FormOf(List<NameToken> chain, string? title, bool afterRoom, out bool qualifies)
    {
        var first = chain[0];
        var isFirstName = NameLexicons.IsFirstName(first.Text, out var alsoWord);
        var hasSurname = chain.Count > 1 && chain[^1].IsCapitalized && !chain[^1].IsInitial;
        if (first.IsInitial)
        {
            qualifies = hasSurname;
            return "initials";
        }

        if (title is not null || afterRoom)
        {
            qualifies = chain.Any(t => t.IsCapitalized && !t.IsParticle);
            return "title";
        }

        if (isFirstName && hasSurname)
        {
            qualifies = true;
            return "fullName";
        }

        qualifies = isFirstName && !alsoWord && chain.Count == 1;
        return chain.Count > 1 ? "fullName" : isFirstName ? "firstName" : "surname";
    }

    private static bool IsNotAPerson(string text, List<NameToken> chain, string name, string? title)
    {
        if (title is null && chain[0].IsInitial && chain[0].Text.Length == 2 && LetterNouns.LastIn(text, Math.Max(0, chain[0].Start - 14), chain[0].Start) is { } noun
            && text.AsSpan(noun.Span.End, chain[0].Start - noun.Span.End).IsWhiteSpace())
        {
            return true;
        }

        if (IsInitialBeforeTerm(chain, title))
        {
            return true;
        }

        if (NameLexicons.NotPersonKind(name) is not null || chain.Any(t => InstitutionWords.Contains(t.Normalized) || InstitutionWords.Contains(t.Normalized[(t.Normalized.LastIndexOf('-') + 1)..])))
        {
            return true;
        }

        // "Jeroen Bosch Ziekenhuis", "Parkinson Vereniging", "Alzheimer's disease", "Down-syndroom".
        var after = Tokenizer.Tokenize(text[chain[^1].End..Math.Min(text.Length, chain[^1].End + 25)]);
        if (after.Count > 0 && (InstitutionWords.Contains(after[0].Normalized) || (after[0].Normalized == "s" && after.Count > 1 && InstitutionWords.Contains(after[1].Normalized))))
        {
            return true;
        }

        if (text.AsSpan(chain[^1].End).StartsWith("-syndroom", StringComparison.OrdinalIgnoreCase)
            || StreetSuffixes.Any(s => chain[^1].Normalized.Length > s.Length + 1 && chain[^1].Normalized.EndsWith(s, StringComparison.Ordinal)))
        {
            return true;
        }

        if (title is null && ArticleBefore().IsMatch(text.AsSpan(Math.Max(0, chain[0].Start - 6), Math.Min(6, chain[0].Start))))
        {
            // Dutch and English put no article before a person's name: "naar het Antonius", "in het Sophia", "the John Radcliffe" are hospitals.
            return true;
        }

        var eponym = chain.Count == 1 && NameLexicons.NotPersonKind(chain[0].Text) is { } kind && kind != Institution;
        return title is null && (eponym || EponymBefore.LastIn(text, Math.Max(0, chain[0].Start - 18), chain[0].Start) is { } cue && cue.Span.End >= chain[0].Start - 1);
    }

    // "M. Alzheimer" and "M. Crohn" (M. for morbus), "E. Coli", "S. Aureus", "N. Facialis": an initial before a disease, organism
    // or body part names that, not a person. After another initial, an eponym that is also a listed surname stays a person's
    // name, and after a form of address any does ("dhr. M. Graves").
    private static bool IsInitialBeforeTerm(List<NameToken> chain, string? title)
    {
        if (chain.Count != 2 || !chain[0].IsInitial || (title is not null && PersonRoles.CivilTitles.Contains(title))
            || NameLexicons.NotPersonKind(chain[1].Text) is not { } kind || kind == Institution)
        {
            return false;
        }

        return kind != "eponym" || chain[0].Normalized == "m" || !NameLexicons.IsSurname(chain[1].Text);
    }

    private const string Institution = "institution";

    private static string RoleOf(string text, TextSpan span, string? title, string? titleRole, IReadOnlyList<Token> tokensBefore, bool inRoom, bool inRoomPost)
    {
        // The writer's own name stays theirs to give, with their age and diagnosis too ("I'm Graham, 61, diagnosed with ...").
        if (PersonRoles.IsSelfIntroduction(text, span.Start))
        {
            return PersonRoles.Self;
        }

        if (PersonRoles.IsInventedCase(text))
        {
            return PersonRoles.Fictional;
        }

        if (inRoom && titleRole is not (PersonRoles.Staff or PersonRoles.Public))
        {
            return PersonRoles.Patient;
        }

        var civil = title is not null && PersonRoles.CivilTitles.Contains(title);
        if (titleRole == PersonRoles.Relative && PersonRoles.OwnsKin(tokensBefore) is var own && (own == true || (own is null && !PersonRoles.IsCarePost(text) && !inRoomPost)))
        {
            // "mijn zoon Thijs", "my daughter Lily", and "Aunt Jenny came to visit" in a post about no one's care: the author's own
            // family, a private matter but not a patient's.
            // Named with an age in a post about their care ("my dad Frank (73) had heart surgery"), a relative is introduced as a
            // record introduces a patient, and it is not the writer's privacy to give away.
            return PersonRoles.IsNamedWithAgeInCare(text, span, SentenceBounds.StartOf(text, span.Start), SentenceBounds.EndOf(text, span.End))
                ? PersonRoles.Patient
                : PersonRoles.Self;
        }

        if (!civil && titleRole is not null)
        {
            return titleRole;
        }

        if (PersonRoles.RoleOfApposition(text, span.End) is { } apposition)
        {
            return apposition;
        }

        var sentenceStart = SentenceBounds.StartOf(text, span.Start);
        var sentenceEnd = SentenceBounds.EndOf(text, span.End);
        var sentenceRole = PersonRoles.RoleOfSentence(text, sentenceStart, sentenceEnd, civil);
        if (civil)
        {
            // A form of address in a care post usually names a patient, unless the sentence says otherwise. Politicians and
            // other public figures are addressed so too ("Beste meneer Rutte", "Dear Mr Streeting"): a known public surname,
            // or a post about public office, makes the person public unless the sentence itself speaks of care.
            if (sentenceRole is PersonRoles.Staff)
            {
                return PersonRoles.Staff;
            }

            var name = text[span.Start..span.End];
            return sentenceRole is not PersonRoles.Patient && (NameLexicons.IsPublicFigureSurname(name) || PersonRoles.IsAboutPublicOffice(text))
                ? PersonRoles.Public
                : PersonRoles.Patient;
        }

        return sentenceRole ?? (PersonRoles.IsVacancy(text) ? PersonRoles.Staff : PersonRoles.Unknown);
    }

    // "mevrouw de Vries" keeps its particle; particles dangling at the end ("Dekker van", "Op de") or opening a
    // run without a title ("naam van M. de Groot") go.
    private static List<NameToken> TrimParticles(List<NameToken> chain, bool keepLeading)
    {
        var start = 0;
        var end = chain.Count;
        while (!keepLeading && start < end && chain[start].IsParticle && !chain[start].IsCapitalized)
        {
            start++;
        }

        while (end > start && chain[end - 1].IsParticle)
        {
            end--;
        }

        return chain[start..end];
    }

    // Runs of name-like words separated by single spaces, not inside other entities.
    private static List<List<NameToken>> Chains(string text, SpanLookup occupied, Rooms rooms)
    {
        var chains = new List<List<NameToken>>();
        var chain = new List<NameToken>();
        var previousEnd = -1;
        foreach (var match in Word().EnumerateMatches(text))
        {
            var token = NameToken.From(text, match.Index, match.Length);
            var span = new TextSpan(token.Start, token.End);
            var eligible = (token.IsCapitalized || token.IsInitial || token.IsParticle || PersonRoles.CivilTitles.Contains(token.Normalized))
                && !token.IsAllCaps && !occupied.Overlaps(span) && !rooms.Overlap(span)
                && (token.Start == 0 || text[token.Start - 1] is not ('@' or '#' or '/' or '.' or '_'));
            var joined = chain.Count > 0 && IsSingleSpaceGap(text, previousEnd, token.Start) && !(chain[^1].HasPossessive);
            if (!eligible || !joined)
            {
                if (chain.Count > 0)
                {
                    chains.Add(chain);
                }

                chain = [];
            }

            if (eligible)
            {
                chain.Add(token);
            }

            previousEnd = token.End;
        }

        if (chain.Count > 0)
        {
            chains.Add(chain);
        }

        return chains;
    }

    private static bool StartsSentence(string text, int index)
    {
        var start = SentenceBounds.StartOf(text, index);
        for (var i = start; i < index; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSingleSpaceGap(string text, int from, int to)
    {
        if (from < 0 || to - from is < 1 or > 2)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    // Words with inner hyphens or an apostrophe before a capital (Kübler-Ross, O'Brien), initials with their dot (J., J.P.), and 't.
    // Contractions (I'm, don't) and possessives (Okafor's) end the word at the apostrophe.
    [GeneratedRegex(@"(?<!\p{L})(?:\p{Lu}\.){1,3}(?!\p{L})|['’]t(?!\p{L})|\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*|['’]\p{Lu}[\p{L}\p{M}]*)*\.?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<!\p{L})(?:het|the|['’]t)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ArticleBefore();

    // The longest text RoomLink matches (", from the "), with room to spare.
    private const int MaxRoomLink = 16;

    // "Mary in bed 6", "meneer Willems op kamer 5", "Jansen (kamer 12)": the room right after a name is where that person lies.
    [GeneratedRegex(@"^(?:,?\s(?:in|op|van|on|from|at|uit)\s(?:de\s|the\s)?|\s?\(|,\s)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RoomLink();

    [GeneratedRegex(@"^(?:\p{Lu}\.){1,3}$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InitialsPattern();

    /// <summary>One word of a possible name.</summary>
    private readonly record struct NameToken(int Start, int End, string Text, string Normalized, bool IsInitial, bool HasPossessive)
    {
        public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

        public bool IsAllCaps => Text.Length > 1 && !IsInitial && !Text.Any(char.IsLower);

        public bool IsParticle => Particles.Contains(Normalized);

        public static NameToken From(string text, int index, int length)
        {
            var value = text.Substring(index, length);
            var isInitial = InitialsPattern().IsMatch(value);
            var core = isInitial ? value : value.TrimEnd('.');
            var end = index + core.Length;
            var possessive = !isInitial && core.Length == value.Length && end + 1 < text.Length && text[end] is ('\'' or '’') && text[end + 1] == 's'
                && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

            return new NameToken(index, end, core, Tokenizer.Normalize(core.TrimEnd('.')), isInitial, possessive);
        }
    }

    /// <summary>The post's rooms, asked about what lies right before or right after a name without walking all of them.</summary>
    private sealed class Rooms
    {
        private readonly int[] _starts;
        private readonly int[] _ends;
        private readonly SpanLookup _lookup;

        public Rooms(IEnumerable<Entity> rooms)
        {
            var spans = rooms.Select(r => r.Span).ToList();
            _starts = [.. spans.Select(r => r.Start).Order()];
            _ends = [.. spans.Select(r => r.End).Order()];
            _lookup = new SpanLookup(spans);
        }

        public int Count => _starts.Length;

        public bool Overlap(TextSpan span) => _lookup.Overlaps(span);

        // "kamer 12 mevrouw Jansen", "bed 4, Mary": a room ends where only spaces and commas separate it from the name.
        public bool EndsRightBefore(string text, int nameStart)
        {
            var gapStart = nameStart;
            while (gapStart > 0 && (char.IsWhiteSpace(text[gapStart - 1]) || text[gapStart - 1] == ','))
            {
                gapStart--;
            }

            return SortedOffsets.FirstAtOrAfter(_ends, gapStart) is var end and >= 0 && end <= nameStart;
        }

        public IEnumerable<int> StartsWithin(int from, int distance)
        {
            for (var i = SortedOffsets.CountBefore(_starts, from); i < _starts.Length && _starts[i] - from <= distance; i++)
            {
                yield return _starts[i];
            }
        }
    }
}
