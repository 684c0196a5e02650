using System.Collections.Frozen;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Decides who a named person is to the post — <c>patient</c>, <c>relative</c>, <c>staff</c>, <c>public</c>,
/// <c>self</c> or <c>unknown</c> — from the words around the name. The nearest evidence wins: a word right
/// before the name (<c>verpleegkundige Ilse</c>, <c>minister …</c>, <c>papa Bram</c>, <c>mevrouw …</c>) or an
/// apposition right after it (<c>Sarah, one of our ward sisters</c>) decides before cues elsewhere in the
/// sentence (<c>verdedigt haar proefschrift</c>, <c>WHO Director-General</c>, <c>na zijn opname</c>).
/// </summary>
internal static partial class PersonRoles
{
    public const string Patient = "patient";
    public const string Relative = "relative";
    public const string Staff = "staff";
    public const string Public = "public";
    public const string Self = "self";
    public const string Unknown = "unknown";

    /// <summary>A person of an invented case: an exam question, a teaching case, a TV series.</summary>
    public const string Fictional = "fictional";

    /// <summary>Forms of address; they say nothing about the role, but in a care post they usually mean a patient.</summary>
    public static readonly FrozenSet<string> CivilTitles = new[]
    {
        "mevrouw", "mevr", "mw", "mvr", "meneer", "mnr", "dhr", "heer", "juffrouw", "mr", "mrs", "ms", "miss", "mx", "madam", "mister", "familie", "fam",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles that make the next capitalised word a name whatever it is (<c>Dr Reeves</c>, <c>zuster Ans</c>).</summary>
    public static readonly FrozenSet<string> StrongTitles = new[]
    {
        "dr", "dokter", "doctor", "prof", "professor", "drs", "ir", "zuster", "broeder", "sister", "nurse", "matron", "sir", "dame", "lord",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that, right before a name, say who the person is. Normalised (lower case, no accents).
    private static readonly FrozenDictionary<string, string> RoleBefore = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // titles of professionals and staff nouns
        ["dr"] = Staff, ["dokter"] = Staff, ["doctor"] = Staff, ["prof"] = Staff, ["professor"] = Staff, ["drs"] = Staff, ["ir"] = Staff, ["zuster"] = Staff,
        ["broeder"] = Staff, ["nurse"] = Staff, ["sister"] = Staff, ["matron"] = Staff, ["collega"] = Staff, ["colleague"] = Staff, ["promotor"] = Staff,
        ["copromotor"] = Staff, ["promovendus"] = Staff, ["promovenda"] = Staff, ["consultant"] = Staff, ["registrar"] = Staff, ["midwife"] = Staff,
        ["surgeon"] = Staff, ["physio"] = Staff, ["paramedic"] = Staff, ["receptionist"] = Staff, ["volunteer"] = Staff, ["vrijwilliger"] = Staff,
        ["vrijwilligster"] = Staff, ["stagiair"] = Staff, ["stagiaire"] = Staff, ["student"] = Staff, ["trainee"] = Staff, ["coach"] = Staff,
        ["teamleider"] = Staff, ["manager"] = Staff, ["directeur"] = Staff, ["director"] = Staff, ["bestuurder"] = Staff, ["secretaresse"] = Staff,
        ["apotheker"] = Staff, ["pharmacist"] = Staff, ["dietist"] = Staff, ["dietitian"] = Staff, ["gp"] = Staff, ["aios"] = Staff, ["anios"] = Staff,
        ["coassistent"] = Staff, ["co"] = Staff, ["psycholoog"] = Staff, ["psychologist"] = Staff, ["therapist"] = Staff, ["physician"] = Staff,

        // public office and the press
        ["minister"] = Public, ["staatssecretaris"] = Public, ["premier"] = Public, ["president"] = Public, ["burgemeester"] = Public,
        ["wethouder"] = Public, ["kamerlid"] = Public, ["gedeputeerde"] = Public, ["koning"] = Public, ["koningin"] = Public, ["prins"] = Public,
        ["prinses"] = Public, ["woordvoerder"] = Public, ["woordvoerster"] = Public, ["spokesperson"] = Public, ["spokesman"] = Public,
        ["spokeswoman"] = Public, ["secretary"] = Public, ["mayor"] = Public, ["councillor"] = Public, ["senator"] = Public, ["mp"] = Public,
        ["king"] = Public, ["queen"] = Public, ["prince"] = Public, ["princess"] = Public, ["journalist"] = Public, ["presentator"] = Public,
        ["presenter"] = Public, ["auteur"] = Public, ["author"] = Public, ["schrijver"] = Public, ["columnist"] = Public, ["lord"] = Public,
        ["dame"] = Public, ["sir"] = Public, ["chancellor"] = Public, ["commissioner"] = Public, ["ambassadeur"] = Public,
        ["ambassador"] = Public, ["beschermvrouwe"] = Public, ["beschermheer"] = Public, ["patron"] = Public, ["zanger"] = Public, ["zangeres"] = Public, ["singer"] = Public, ["acteur"] = Public, ["actrice"] = Public,
        ["actor"] = Public, ["actress"] = Public, ["cabaretier"] = Public, ["comedian"] = Public, ["voetballer"] = Public, ["footballer"] = Public,
        ["wielrenner"] = Public, ["wielrenster"] = Public, ["schaatser"] = Public, ["schaatsster"] = Public, ["zwemmer"] = Public,
        ["zwemster"] = Public, ["atleet"] = Public, ["atlete"] = Public, ["athlete"] = Public, ["olympian"] = Public, ["coureur"] = Public,
        ["darter"] = Public, ["tennisser"] = Public, ["kampioen"] = Public, ["kampioene"] = Public, ["champion"] = Public, ["bondscoach"] = Public,
        ["influencer"] = Public, ["rapper"] = Public,

        // family
        ["opa"] = Relative, ["oma"] = Relative, ["tante"] = Relative, ["oom"] = Relative, ["papa"] = Relative, ["mama"] = Relative, ["pap"] = Relative,
        ["mam"] = Relative, ["vader"] = Relative, ["moeder"] = Relative, ["dochter"] = Relative, ["zoon"] = Relative, ["dochtertje"] = Relative,
        ["zoontje"] = Relative, ["kleinzoon"] = Relative, ["kleindochter"] = Relative, ["broer"] = Relative, ["zus"] = Relative, ["zusje"] = Relative,
        ["broertje"] = Relative, ["neef"] = Relative, ["nicht"] = Relative, ["echtgenoot"] = Relative, ["echtgenote"] = Relative, ["partner"] = Relative,
        ["schoonzoon"] = Relative, ["schoondochter"] = Relative, ["mantelzorger"] = Relative, ["grandma"] = Relative, ["grandpa"] = Relative,
        ["granny"] = Relative, ["grandad"] = Relative, ["grandson"] = Relative, ["granddaughter"] = Relative, ["nan"] = Relative, ["nana"] = Relative,
        ["auntie"] = Relative, ["aunt"] = Relative, ["uncle"] = Relative, ["mum"] = Relative, ["mom"] = Relative, ["dad"] = Relative, ["son"] = Relative,
        ["daughter"] = Relative, ["husband"] = Relative, ["wife"] = Relative, ["brother"] = Relative, ["carer"] = Relative, ["fiance"] = Relative,
        ["aunty"] = Relative, ["gran"] = Relative, ["granddad"] = Relative, ["grandmother"] = Relative, ["grandfather"] = Relative, ["cousin"] = Relative,
        ["grootmoeder"] = Relative, ["grootvader"] = Relative,

        // patients
        ["patient"] = Patient, ["patiente"] = Patient, ["patientje"] = Patient, ["bewoner"] = Patient, ["bewoonster"] = Patient, ["client"] = Patient,
        ["cliente"] = Patient, ["resident"] = Patient, ["baby"] = Patient, ["kleine"] = Patient, ["pasgeborene"] = Patient, ["zorgvrager"] = Patient,
        ["newborn"] = Patient, ["deelnemer"] = Patient,
        // how notes and hand-overs abbreviate them: "pt Jansen", "Pt. Maria Lopez", "pte De Wit"
        ["pt"] = Patient, ["pte"] = Patient,

        // learners and helpers count as staff
        ["leerling"] = Staff, ["leerlingen"] = Staff, ["studenten"] = Staff, ["students"] = Staff, ["interns"] = Staff, ["intern"] = Staff,
        ["trainees"] = Staff, ["volunteers"] = Staff, ["vrijwilligers"] = Staff, ["stagiairs"] = Staff, ["stagiaires"] = Staff, ["collegas"] = Staff,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Dutch compounds name occupations by their last part: praktijkondersteuner, wijkverpleegkundige, kinderarts.
    private static readonly string[] StaffSuffixes =
    [
        "verpleegkundige", "verpleegkundigen", "kundige", "arts", "ondersteuner", "assistent", "assistente", "therapeut", "loog", "chirurg",
        "verzorgende", "verzorger", "leider", "manager", "coordinator", "specialist", "medewerker", "medewerkster", "begeleider", "nurse",
        "sister", "sisters", "director", "officer", "lead", "worker", "practitioner", "visitor", "doctor", "doctors", "nurses", "team",
    ];

    /// <summary>Royal titles: the capitalised word after one is a name even when it is no common given name (<c>Prinses Amalia</c>).</summary>
    public static readonly FrozenSet<string> RoyalTitles = new[]
    {
        "koning", "koningin", "prins", "prinses", "king", "queen", "prince", "princess",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Kinship words people put before the names of their own family ("tante Jenny", "Grandma Rose", "opa Henk").
    // Papa, mama, mum and dad are left out: before a name ("papa Bram") they are how carers speak of a child's parents.
    private static readonly FrozenSet<string> KinTitles = new[]
    {
        "opa", "oma", "tante", "oom", "grootmoeder", "grootvader", "aunt", "auntie", "aunty", "uncle", "grandma", "grandpa", "granny", "grandad",
        "granddad", "gran", "nan", "nana", "grandmother", "grandfather", "cousin",
    }.ToFrozenSet(StringComparer.Ordinal);


    // Words between an owner and a kinship word that leave the owner as it is ("mijn lieve oma", "my dear aunt").
    private static readonly FrozenSet<string> Endearments = new[]
    {
        "lieve", "dear", "dearest", "beloved", "geliefde", "eigen", "own", "favourite", "favorite", "oude", "old",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A post about care: a patient, a ward, an admission or a treatment. Without any of these a kinship title
    // before a name ("Aunt Jenny came to visit") is the author's own family.
    private static readonly ContextCues CarePost = new(
        "patient*", "client*", "bewoner*", "bewoonster*", "resident*", "zorgvrager*", "opname", "opgenomen", "ontslag", "ontslagen", "discharged",
        "discharge", "admitted", "admission", "afdeling", "ward", "wards", "ic", "icu", "intensive care", "seh", "spoedeisende hulp",
        "emergency department", "poli", "polikliniek", "ziekenhuis", "hospital", "verpleeghuis", "care home", "nursing home", "hospice",
        "zorgcentrum", "bezoekuur", "visiting hours", "spreekuur", "diagnose*", "diagnosed", "behandeling", "behandeld", "treatment", "treated",
        "operatie", "geopereerd", "surgery", "operated", "chemo", "dialyse", "dialysis", "revalidatie", "rehab", "nachtdienst", "avonddienst",
        "dagdienst", "dienst", "night shift", "shift", "bedside", "my patient", "mijn patient", "next of kin", "eerste contactpersoon", "emergency contact");

    // Determiners and possessives allowed between a role word and the name ("onze collega", "our resident").
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "de", "het", "een", "onze", "ons", "mijn", "m'n", "zijn", "haar", "hun", "jullie", "the", "a", "an", "our", "my", "his", "her", "their", "lieve", "dear",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly ContextCues SelfIntro = new("ik ben", "ik heet", "mijn naam is", "i m", "i am", "my name is", "this is me", "hier is", "groetjes", "groet", "cheers");

    private static readonly ContextCues StaffSentence = new(
        "proefschrift", "promotie", "promoveert", "promoveerde", "promovendus", "verdedigt", "verdedigde", "promotor", "copromotor", "oratie",
        "benoemd", "benoeming", "jubileum", "in memoriam", "overlijden van onze collega", "afscheid van onze collega", "phd", "thesis", "doctorate",
        "defended", "defends", "viva", "appointed", "appointment of", "inaugural", "keynote", "spreker", "speaker", "retirement", "retires",
        "pensioen", "joins our team", "welcome to the team", "nieuwe collega", "new colleague", "vacature", "teamleider", "trainee", "cursus", "course",
        "samenwerking", "collaboration", "organiseren", "georganiseerd", "organising", "organizing", "organised", "organized", "congres", "conference",
        "symposium", "webinar", "presentatie", "presentation", "talk", "lezing", "lecture", "workshop", "training", "scholing", "opleiding",
        "geslaagd", "graduated", "diploma", "registered nurse", "gewonnen", "won the", "behalen", "behaald", "afgestudeerd", "welcome", "verwelkomen",
        "director of", "head of", "hoofd", "new partner", "nieuwe partner", "in dienst", "dienstjubileum", "years of service", "years service",
        "promotion", "promoted", "laatste werkdag", "laatste dienst", "last shift", "last day at work", "afscheidsreceptie", "afscheidsfeest",
        "leaving do", "farewell party", "nurse of the year", "verpleegkundige van het jaar", "genomineerd", "nominated", "big registratie",
        "award*", "onderscheiding", "onderscheiden", "lintje", "koninklijke onderscheiding", "honoured", "honored");

    private static readonly ContextCues PublicSentence = new(
        "minister", "ministerie", "staatssecretaris", "premier", "president", "world health organization", "rivm", "director general", "health secretary", "secretary of state",
        "spokesperson", "woordvoerder", "persconferentie", "press conference", "interview", "podcast", "according to", "volgens", "in de krant",
        "in the news", "nieuws", "news", "tweede kamer", "parliament", "parlement", "kabinet", "government", "regering", "worth a listen",
        "boek", "book", "roman", "novel", "memoir", "documentaire", "documentary", "film", "bbc", "nos", "rtl", "talkshow", "column", "bestseller",
        "werkbezoek", "working visit", "royal visit", "koninklijk bezoek", "officieel geopend", "officially opened", "geopend door", "opened by",
        "opende vandaag", "opende officieel", "opende de nieuwe", "opende het nieuwe", "opende onze nieuwe", "opende ons nieuwe", "opened the new",
        "opened our new", "onthulde", "unveiled", "olympisch*", "olympic*", "wereldkampioen*", "world champion", "ambassadeur", "ambassador",
        "beschermvrouwe", "beschermheer", "patron of", "bekende nederlander", "celebrity", "tv arts", "tv doctor", "krant", "newspaper",
        "kondigde", "aangekondigd", "announced",
        // credited performers and creators
        "vertolking", "vertolkt", "concert", "liederen", "lied", "album", "muziek", "music", "song", "songs", "zangeres", "singer", "band");

    // A post that recruits: the person named in it is the contact, not a patient.
    private static readonly ContextCues VacancyPost = new(
        "vacature*", "we zoeken", "wij zoeken", "solliciteer", "solliciteren", "werken bij", "werkenbij", "we re hiring", "we are hiring", "hiring",
        "vacancy", "vacancies", "apply by", "apply now", "job opening", "join our team");

    // Words that only make sense about someone receiving care. Workplace words (afdeling, ward, bed, clinic)
    // are left out: staff work there too, and a name next to a bed is caught by the room itself.
    private static readonly ContextCues PatientSentence = new(
        "patient*", "opname", "opgenomen", "ontslag", "ontslagen", "naar huis", "thuis gekomen", "discharged", "discharge", "admitted", "admission",
        "bewoner*", "resident", "cliente", "diagnose*", "diagnosed", "operatie", "geopereerd", "surgery", "operated", "behandeling", "behandeld",
        "treatment", "treated", "revalidatie", "herstel", "hersteld", "recovery", "recovering", "chemo", "dialyse", "dialysis", "stroke unit",
        "your stay", "je opname", "uw opname", "bij ons op de afdeling", "baby", "geboren", "born", "bevalling", "bevallen", "birth", "arrival",
        "welkom op de wereld", "verjaardag", "jarig", "birthday", "turns", "reconstructie", "transplantatie", "transplant", "mag naar huis",
        "got discharged", "bedankbrief", "thank you letter", "letter about your stay", "overleden", "passed away", "died",
        // injuries and recovery: a comeback after one is a patient's story
        "blessure", "injury", "injuries", "stabilisation", "stabilization", "repair", "fracture", "gebroken", "broken", "chemo", "bestraling",
        "radiotherapy", "rang the bell", "finished treatment", "rehabilitation", "rehab",
        // life support, amputation, a stay in hospital, results and wishes for recovery
        "beademing", "beademd", "ventilator", "amputatie", "geamputeerd", "amputation", "amputated", "in hospital", "ligt in het ziekenhuis",
        "uit het ziekenhuis", "scan came back", "came back clear", "came back clean", "all clear", "cancer free", "kankervrij", "beterschap",
        "get well soon", "speedy recovery", "flare", "opvlamming");

    // Compound clinical words in Dutch: kruisbandreconstructie, heupoperatie, niertransplantatie.
    private static readonly string[] ClinicalSuffixes = ["operatie", "reconstructie", "transplantatie", "fractuur", "opname", "revalidatie", "therapie", "behandeling", "ontslag", "blessure", "letsel", "breuk"];

    /// <summary>The role a single word gives a name that follows it (<c>collega</c>: staff, <c>papa</c>: relative), or null.</summary>
    public static string? RoleOfWord(string normalized) => RoleBefore.GetValueOrDefault(normalized);

    /// <summary>True when the word names an occupation by its last part (<c>kinderarts</c>, <c>verpleegkundige</c>, <c>specialist</c>).</summary>
    public static bool IsStaffWord(string normalized) => normalized.Length > 5 && StaffSuffixes.Any(s => normalized.EndsWith(s, StringComparison.Ordinal));

    /// <summary>The role word right before a name, skipping determiners ("onze collega", "our resident"); null when there is none.</summary>
    public static string? RoleOfWordBefore(IReadOnlyList<Token> tokensBefore)
    {
        for (var i = tokensBefore.Count - 1; i >= 0 && i >= tokensBefore.Count - 3; i--)
        {
            var word = tokensBefore[i].Normalized;
            if (RoleBefore.TryGetValue(word, out var role))
            {
                return role;
            }

            if (word.Length > 5 && StaffSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)))
            {
                return Staff;
            }

            if (!Determiners.Contains(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whose family a kinship word right before a name points at: true for the author's own ("mijn zus Anouk", "my aunt Jenny"),
    /// false for someone else's ("his wife Mary", "Bakker's husband Kees", "haar oom Kees"), null when it does not say
    /// ("tante Jenny", "Grandma Rose"): then only the rest of the post can tell.
    /// </summary>
    public static bool? OwnsKin(IReadOnlyList<Token> tokensBefore)
    {
        if (tokensBefore.Count == 0 || RoleOfWord(tokensBefore[^1].Normalized) != Relative)
        {
            return false;
        }

        var owner = tokensBefore.Count - 2;
        while (owner >= 0 && Endearments.Contains(tokensBefore[owner].Normalized))
        {
            owner--;
        }

        // The tokenizer splits "m'n" into "m" and "n", "z'n" into "z" and "n", "Bakker's" into "Bakker" and "s".
        var word = owner < 0 ? null : tokensBefore[owner].Normalized;
        var shortFormOf = word == "n" && owner > 0 ? tokensBefore[owner - 1].Normalized : null;
        if (word is "mijn" or "my" || shortFormOf == "m")
        {
            return true;
        }

        var ownerless = word is null || !(Determiners.Contains(word) || word is "s" or "r" or "n" or "je" or "your" or "uw");
        return KinTitles.Contains(tokensBefore[^1].Normalized) && ownerless ? null : false;
    }

    /// <summary>True when the post is about care given to someone: a patient, a ward, an admission, a treatment, a shift.</summary>
    public static bool IsCarePost(string text) => CarePostQuestion.For(text);

    private static readonly WholeTextQuestion<bool> CarePostQuestion = new(text => CarePost.In(text) || HasClinicalCompound(text, 0, text.Length));

    /// <summary>
    /// True when a form's name field ends right before the name: <c>Naam: </c>, <c>Achternaam: </c>, <c>Patient: </c>,
    /// <c>Full name: </c>, <c>t.n.v. </c>, <c>account holder </c>. Whatever stands in such a field is the name of the person
    /// the form is about, listed or not.
    /// </summary>
    public static bool FieldLabelBefore(string text, int nameStart)
    {
        var field = NameFields.LastIn(text, nameStart - FieldLabelWindow, nameStart);
        if (field is { } named && FieldGap().IsMatch(text.AsSpan(named.Span.End, nameStart - named.Span.End)))
        {
            return true;
        }

        var payee = PayeeFields.LastIn(text, nameStart - FieldLabelWindow, nameStart);
        return payee is { } holder && PayeeGap().IsMatch(text.AsSpan(holder.Span.End, nameStart - holder.Span.End));
    }

    // The longest label ("naam van de patiënt:") and its spacing fit in this.
    private const int FieldLabelWindow = 32;

    // Name fields of a form: only with their colon ("Naam: Wouters"), for "patient" and "name" are words of any sentence.
    private static readonly ContextCues NameFields = new(
        "naam", "volledige naam", "achternaam", "voornaam", "voornamen", "meisjesnaam", "geboortenaam", "naam patient", "naam van de patient",
        "name", "full name", "first name", "last name", "given name", "family name", "patient name", "patient s name", "surname",
        "patient", "patiente", "client", "cliente");

    // Who an account or a payment is in the name of: "t.n.v. H. Vos", "account holder Jonas Weber".
    private static readonly ContextCues PayeeFields = new("t n v", "tnv", "ten name van", "account holder", "rekeninghouder", "next of kin");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s?:\s{1,2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FieldGap();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\.?\s?:?\s{1,2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex PayeeGap();

    /// <summary>True when the post holds a phrase that may introduce the writer ("ik ben", "my name is"), wherever it stands.</summary>
    public static bool MayIntroduceWriter(string text) => SelfIntro.In(text);

    /// <summary>True when the name is introduced by the writer as themself ("ik ben Marloes", "I'm Graham").</summary>
    public static bool IsSelfIntroduction(string text, int nameStart) =>
        SelfIntro.LastIn(text, Math.Max(0, nameStart - 16), nameStart) is { } cue && string.IsNullOrWhiteSpace(text[cue.Span.End..nameStart].Replace(",", string.Empty, StringComparison.Ordinal));

    /// <summary>Role from an apposition right after the name: ", one of our ward sisters", ", onze teamleider", "(7)", "(son)".</summary>
    public static string? RoleOfApposition(string text, int nameEnd)
    {
        var rest = text.AsSpan(nameEnd, Math.Min(60, text.Length - nameEnd));
        var trimmed = rest.TrimStart();
        if (trimmed.StartsWith("(") && trimmed.Length > 2 && char.IsAsciiDigit(trimmed[1]))
        {
            // "Sem (7)": an age in brackets right after a first name describes a patient or private person.
            return Patient;
        }

        if (trimmed.StartsWith("(") && trimmed.IndexOf(')') is > 1 and var close
            && Tokenizer.Tokenize(trimmed[1..close].ToString()) is [var kin] && RoleBefore.GetValueOrDefault(kin.Normalized) == Relative)
        {
            // "Next of kin: Michael O'Brien (son)": in a post about care a kinship word in brackets labels a patient's relative,
            // as a record or contact list writes it; elsewhere ("Happy birthday Emma (daughter)!") it is the author's family.
            return IsCarePost(text) ? Relative : Self;
        }

        var asClause = trimmed.StartsWith("as ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("als ", StringComparison.OrdinalIgnoreCase);
        if (!trimmed.StartsWith(",") && !asClause)
        {
            return null;
        }

        var clause = trimmed[(asClause ? trimmed.IndexOf(' ') : 1)..].ToString();
        var stop = clause.IndexOfAny([',', '.', '!', '?', '\n', '(']);
        var words = Tokenizer.Tokenize(stop < 0 ? clause : clause[..stop]);
        if (words.Count is 0 or > 6)
        {
            return null;
        }

        if (words[0].IsNumber && words.Count == 1)
        {
            return Patient;
        }

        foreach (var word in words)
        {
            var w = word.Normalized;
            if (RoleBefore.TryGetValue(w, out var role) && role is Staff or Public)
            {
                return role;
            }

            if (w.Length > 5 && StaffSuffixes.Any(s => w.EndsWith(s, StringComparison.Ordinal)))
            {
                return Staff;
            }
        }

        return null;
    }

    /// <summary>
    /// True when an age stands right after the name (<c>Frank (73)</c>, <c>Annie (71)</c>) in a sentence that tells the person's
    /// care or stay (<c>had heart surgery</c>, <c>ligt op de IC</c>): how a patient is introduced. A hospital merely mentioned
    /// (<c>Jack (4) thinks the hospital is a castle</c>) or a nurse's introduction is no such sentence.
    /// </summary>
    public static bool IsNamedWithAgeInCare(string text, TextSpan name, int sentenceStart, int sentenceEnd) =>
        RoleOfApposition(text, name.End) == Patient && !StaffSentence.In(text, sentenceStart, sentenceEnd)
        && (HasCareCue(text, sentenceStart, sentenceEnd) || CareStay.In(text, sentenceStart, sentenceEnd));

    // Where a patient lies: a unit that only patients stay on, or "ligt op/in".
    private static readonly ContextCues CareStay = new(
        "ic", "icu", "intensive care", "nicu", "picu", "hartbewaking", "ccu", "seh", "spoedeisende hulp", "emergency department", "a e",
        "hospice", "ligt op", "ligt in", "lag op", "lag in", "is in hospital", "in hospital", "on the ward", "op de afdeling", "in coma");

    /// <summary>Role suggested by the rest of the sentence: thesis or appointment (staff), news and office (public), care (patient).</summary>
    public static string? RoleOfSentence(string text, int sentenceStart, int sentenceEnd, bool hasCivilTitle)
    {
        // "James Parkinson beschreef in 1817 …": someone dated before 1900 is a historical figure.
        if (!hasCivilTitle && HistoricalYear().IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
        {
            return Public;
        }

        if (StaffSentence.In(text, sentenceStart, sentenceEnd))
        {
            return Staff;
        }

        if (!hasCivilTitle && PublicSentence.In(text, sentenceStart, sentenceEnd))
        {
            return Public;
        }

        return HasCareCue(text, sentenceStart, sentenceEnd) ? Patient : null;
    }

    // Words of politics and government: a person addressed with a title in such a post is an office holder or an
    // official written to, not a patient.
    private static readonly ContextCues PublicOffice = new(
        "minister", "ministerie", "staatssecretaris", "premier", "minister president", "kabinet", "regering", "tweede kamer", "eerste kamer",
        "kamerlid", "kamerleden", "kamervragen", "parlement", "politiek", "politici", "gemeenteraad", "wethouder", "burgemeester", "coalitie",
        "verkiezingen", "prime minister", "health secretary", "secretary of state", "government", "cabinet", "parliament", "mps", "minister for",
        "downing street", "white house", "congress", "senate", "politics", "politicians", "election", "elections");

    /// <summary>True when the post speaks of government or politics (a minister, the cabinet, parliament).</summary>
    public static bool IsAboutPublicOffice(string text) => PublicOfficeQuestion.For(text);

    private static readonly WholeTextQuestion<bool> PublicOfficeQuestion = new(text => PublicOffice.In(text));

    // A case made up to teach or test, or a story on screen: the people in it are nobody's patients.
    private static readonly ContextCues InventedCase = new(
        "casus voor de toets", "toetsvraag", "examenvraag", "exam question", "oefencasus", "fictieve casus", "fictief", "fictieve", "fictional",
        "hypothetical", "hypothetische", "verzonnen casus", "gefingeerd", "gefingeerde", "textbook case", "case for the students",
        "casus voor de studenten", "quiz", "in de serie", "in the series", "tv series", "tv serie", "made up case");

    /// <summary>True when the post tells an invented case: an exam or teaching case, a hypothetical, a TV series.</summary>
    public static bool IsInventedCase(string text) => InventedCaseQuestion.For(text);

    private static readonly WholeTextQuestion<bool> InventedCaseQuestion = new(text => InventedCase.In(text));

    /// <summary>True when the post recruits staff (a vacancy, "we're hiring").</summary>
    public static bool IsVacancy(string text) => VacancyQuestion.For(text);

    private static readonly WholeTextQuestion<bool> VacancyQuestion = new(text => VacancyPost.In(text));

    /// <summary>True when the window talks about care given to someone (admission, treatment, discharge, birth, a bed or room).</summary>
    public static bool HasCareCue(string text, int start, int end)
    {
        return PatientSentence.In(text, start, end) || HasClinicalCompound(text, start, end);
    }

    private static bool HasClinicalCompound(string text, int start, int end)
    {
        foreach (var token in Tokenizer.Tokenize(text[Math.Max(0, start)..Math.Min(text.Length, end)]))
        {
            if (token.Normalized.Length > 10 && ClinicalSuffixes.Any(s => token.Normalized.EndsWith(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,/-])1[0-8]\d\d(?![\d.,/-]\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex HistoricalYear();
}
