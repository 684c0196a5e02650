using PostLint.Text;

namespace PostLint.Rules.Tone;

/// <summary>
/// The tone word lists, each parsed on first use, so a disabled rule never loads its list. The tone analyzers
/// declare them all (<see cref="All"/>); the post index matches them in its one pass.
/// Sources, licences and column meanings are in each file's header under <c>rules/lexicons/tone/</c>.
/// </summary>
internal static class ToneLexicons
{
    private static readonly Lazy<ToneLexicon> LazyInsults = new(() => ToneLexicon.Load("insults.txt"));
    private static readonly Lazy<ToneLexicon> LazyDirectedNouns = new(() => ToneLexicon.Load("directed-insults.txt", 0, "noun"));
    private static readonly Lazy<ToneLexicon> LazyDirectedAdjectives = new(() => ToneLexicon.Load("directed-insults.txt", 0, "adj"));
    private static readonly Lazy<ToneLexicon> LazyPatientMockery = new(() => ToneLexicon.Load("patient-mockery.txt"));
    private static readonly Lazy<ToneLexicon> LazyTargets = new(() => ToneLexicon.Load("targets.txt"));
    private static readonly Lazy<ToneLexicon> LazyColleagueModifiers = new(() => ToneLexicon.Load("colleague-hostility.txt", 0, "modifier"));
    private static readonly Lazy<ToneLexicon> LazyColleaguePredicates = new(() => ToneLexicon.Load("colleague-hostility.txt", 0, "predicate"));
    private static readonly Lazy<ToneLexicon> LazyColleagueTraits = new(() => ToneLexicon.Load("colleague-hostility.txt", 0, "trait"));
    private static readonly Lazy<ToneLexicon> LazyColleaguePersonTraits = new(() => ToneLexicon.Load("colleague-hostility.txt", 0, "person"));
    private static readonly Lazy<ToneLexicon> LazyContemptWords = new(() => ToneLexicon.Load("contempt.txt", 0, "word"));
    private static readonly Lazy<ToneLexicon> LazyContemptPeople = new(() => ToneLexicon.Load("contempt.txt", 0, "people"));
    private static readonly Lazy<ToneLexicon> LazyContemptTraits = new(() => ToneLexicon.Load("contempt.txt", 0, "trait"));
    private static readonly Lazy<ToneLexicon> LazyContemptNuisances = new(() => ToneLexicon.Load("contempt.txt", 0, "nuisance"));
    private static readonly Lazy<ToneLexicon> LazyContemptDenials = new(() => ToneLexicon.Load("contempt.txt", 0, "denial"));
    private static readonly Lazy<ToneLexicon> LazyContemptVictims = new(() => ToneLexicon.Load("contempt.txt", 0, "victim"));
    private static readonly Lazy<ToneLexicon> LazyThreats = new(() => ToneLexicon.Load("threats.txt", 0, "threat"));
    private static readonly Lazy<ToneLexicon> LazyHarms = new(() => ToneLexicon.Load("threats.txt", 0, "harm"));
    private static readonly Lazy<ToneLexicon> LazyHopes = new(() => ToneLexicon.Load("threats.txt", 0, "hope"));
    private static readonly Lazy<ToneLexicon> LazyWished = new(() => ToneLexicon.Load("threats.txt", 0, "wished"));
    private static readonly Lazy<ToneLexicon> LazyPeacefulDeath = new(() => ToneLexicon.Load("peaceful-death.txt"));
    private static readonly Lazy<ToneLexicon> LazyDehumanising = new(() => ToneLexicon.Load("group-derogation.txt", 0, "dehumanising"));
    private static readonly Lazy<ToneLexicon> LazyExclusion = new(() => ToneLexicon.Load("group-derogation.txt", 0, "exclusion"));
    private static readonly Lazy<ToneLexicon> LazyLabelling = new(() => ToneLexicon.Load("group-derogation.txt", 0, "labelling"));
    private static readonly Lazy<ToneLexicon> LazyHatred = new(() => ToneLexicon.Load("group-derogation.txt", 0, "hatred"));
    private static readonly Lazy<ToneLexicon> LazyViolenceCalls = new(() => ToneLexicon.Load("group-derogation.txt", 0, "call"));
    private static readonly Lazy<ToneLexicon> LazyViolenceDone = new(() => ToneLexicon.Load("group-derogation.txt", 0, "violence-done"));
    private static readonly Lazy<ToneLexicon> LazyViolenceDoing = new(() => ToneLexicon.Load("group-derogation.txt", 0, "violence-doing"));
    private static readonly Lazy<ToneLexicon> LazyCurses = new(() => ToneLexicon.Load("curse-compounds.txt", 0, "curse"));
    private static readonly Lazy<ToneLexicon> LazyCurseTails = new(() => ToneLexicon.Load("curse-compounds.txt", 0, "tail"));
    private static readonly Lazy<ToneLexicon> LazyCursedPeople = new(() => ToneLexicon.Load("curse-compounds.txt", 0, "person"));
    private static readonly Lazy<ToneLexicon> LazyComplaints = new(() => ToneLexicon.Load("complaints.txt"));
    private static readonly Lazy<ToneLexicon> LazyThings = new(() => ToneLexicon.Load("objects.txt"));
    private static readonly Lazy<ToneLexicon> LazyInterjections = new(() => ToneLexicon.Load("interjections.txt"));
    private static readonly Lazy<ToneLexicon> LazyColleaguePhrases = new(() => ToneLexicon.Load("colleague-hostility.txt", 0, "phrase"));
    private static readonly Lazy<ToneLexicon> LazySarcasm = new(() => ToneLexicon.Load("sarcasm.txt"));
    private static readonly Lazy<ToneLexicon> LazyCitedNames = new(() => ToneLexicon.Load("quote-frames.txt", 0, "cited"));
    private static readonly Lazy<ToneLexicon> LazySneers = new(() => ToneLexicon.Load("quote-frames.txt", 0, "sneer"));
    private static readonly Lazy<ToneLexicon> LazyRejectionCues = new(() => ToneLexicon.Load("rejection-cues.txt"));
    private static readonly Lazy<ToneLexicon> LazyReportedSpeech = new(() => ToneLexicon.Load("reported-speech.txt"));
    private static readonly Lazy<ToneLexicon> LazyAcronyms = new(() => ToneLexicon.Load("shouting-exceptions.txt", 0, "acronym"));
    private static readonly Lazy<ToneLexicon> LazyCelebrations = new(() => ToneLexicon.Load("shouting-exceptions.txt", 0, "celebration"));
    private static readonly Lazy<ToneLexicon> LazyTitleIntros = new(() => ToneLexicon.Load("shouting-exceptions.txt", 0, "title"));

    /// <summary>Insults and profanity (PL4001).</summary>
    public static ToneLexicon Insults => LazyInsults.Value;

    /// <summary>Nouns that insult when aimed at someone ("wat een clowns").</summary>
    public static ToneLexicon DirectedNouns => LazyDirectedNouns.Value;

    /// <summary>Adjectives that insult as a predicate of a person ("zijn gewoon gestoord").</summary>
    public static ToneLexicon DirectedAdjectives => LazyDirectedAdjectives.Value;

    /// <summary>Mockery of patients (PL4002).</summary>
    public static ToneLexicon PatientMockery => LazyPatientMockery.Value;

    /// <summary>Whom a remark is aimed at; column 0 is the kind (patient, colleague, group).</summary>
    public static ToneLexicon Targets => LazyTargets.Value;

    /// <summary>Belittling words before a colleague group (PL4003).</summary>
    public static ToneLexicon ColleagueModifiers => LazyColleagueModifiers.Value;

    /// <summary>Belittling statements after a colleague group (PL4003).</summary>
    public static ToneLexicon ColleaguePredicates => LazyColleaguePredicates.Value;

    /// <summary>Demeaning traits said of a whole colleague group ("are the laziest", "zijn geldwolven"; PL4003).</summary>
    public static ToneLexicon ColleagueTraits => LazyColleagueTraits.Value;

    /// <summary>Traits that demean a colleague who is a person, not a shift ("is een ramp"; PL4003).</summary>
    public static ToneLexicon ColleaguePersonTraits => LazyColleaguePersonTraits.Value;

    /// <summary>Words of disgust ("disgusting", "walgelijk"; PL4002).</summary>
    public static ToneLexicon ContemptWords => LazyContemptWords.Value;

    /// <summary>People nouns a contemptuous remark is about, beyond targets.txt ("teenagers").</summary>
    public static ToneLexicon ContemptPeople => LazyContemptPeople.Value;

    /// <summary>Judged traits before people ("obese people").</summary>
    public static ToneLexicon ContemptTraits => LazyContemptTraits.Value;

    /// <summary>People cast as a burden ("clogging up").</summary>
    public static ToneLexicon ContemptNuisances => LazyContemptNuisances.Value;

    /// <summary>Care denied to people ("shouldn't get", "verdienen geen").</summary>
    public static ToneLexicon ContemptDenials => LazyContemptDenials.Value;

    /// <summary>People cast as the ones wronged ("left on trolleys").</summary>
    public static ToneLexicon ContemptVictims => LazyContemptVictims.Value;

    /// <summary>Threats of violence (PL4001).</summary>
    public static ToneLexicon Threats => LazyThreats.Value;

    /// <summary>Wished harm on its own ("mag lekker creperen"; PL4001).</summary>
    public static ToneLexicon Harms => LazyHarms.Value;

    /// <summary>A wish ("hoop", "hope"), for the harm it wishes later in the sentence.</summary>
    public static ToneLexicon Hopes => LazyHopes.Value;

    /// <summary>Harm a wish can wish ("kanker krijgt", "suffers").</summary>
    public static ToneLexicon Wished => LazyWished.Value;

    /// <summary>Words of end-of-life care ("rustig", "peacefully") that excuse a wish for death.</summary>
    public static ToneLexicon PeacefulDeath => LazyPeacefulDeath.Value;

    /// <summary>Words that cast a group as vermin, cattle or waste, said of it ("zijn net ongedierte"; PL4001).</summary>
    public static ToneLexicon Dehumanising => LazyDehumanising.Value;

    /// <summary>Phrases that shut a group out ("horen hier niet", "send them back"; PL4001).</summary>
    public static ToneLexicon Exclusion => LazyExclusion.Value;

    /// <summary>Phrases that reduce the identity group right after them to a label ("het blijven", "typical").</summary>
    public static ToneLexicon Labelling => LazyLabelling.Value;

    /// <summary>The author declaring hatred or disgust ("ik haat", "I can't stand"), for the group right after it.</summary>
    public static ToneLexicon Hatred => LazyHatred.Value;

    /// <summary>Words that ask for something to be done ("should", "moeten", "beter als"), for violence a few words on.</summary>
    public static ToneLexicon ViolenceCalls => LazyViolenceCalls.Value;

    /// <summary>Violence done to someone, as a participle ("be shot", "uitgeroeid").</summary>
    public static ToneLexicon ViolenceDone => LazyViolenceDone.Value;

    /// <summary>Violence someone is to do ("kill", "afschieten", "put a bullet in").</summary>
    public static ToneLexicon ViolenceDoing => LazyViolenceDoing.Value;

    /// <summary>Dutch disease curses that insult as the first half of a compound ("kanker", "tering", "kk").</summary>
    public static ToneLexicon Curses => LazyCurses.Value;

    /// <summary>What a disease curse insults when glued to it or written after it ("lijer", "mongool").</summary>
    public static ToneLexicon CurseTails => LazyCurseTails.Value;

    /// <summary>People a disease curse insults only when glued to it in one word ("kankerhuisarts").</summary>
    public static ToneLexicon CursedPeople => LazyCursedPeople.Value;

    /// <summary>A patient's complaint or symptom, doubted in scare quotes ("'buikpijn'").</summary>
    public static ToneLexicon Complaints => LazyComplaints.Value;

    /// <summary>Things people curse at ("printer", "computer").</summary>
    public static ToneLexicon Things => LazyThings.Value;

    /// <summary>Swear words also said as an exclamation at the moment ("Shit, …", "Godverdomme, …").</summary>
    public static ToneLexicon Interjections => LazyInterjections.Value;

    /// <summary>Phrases hostile to colleagues on their own (PL4003).</summary>
    public static ToneLexicon ColleaguePhrases => LazyColleaguePhrases.Value;

    /// <summary>Sarcasm markers.</summary>
    public static ToneLexicon Sarcasm => LazySarcasm.Value;

    /// <summary>Words that make a quote in their sentence the cited name of a plan or work ("het kabinet", "the book").</summary>
    public static ToneLexicon CitedNames => LazyCitedNames.Value;

    /// <summary>Words that, right before a quoted person or profession, deny them the title ("so called", "those").</summary>
    public static ToneLexicon Sneers => LazySneers.Value;

    /// <summary>Cues that a quoted term is rejected, not used.</summary>
    public static ToneLexicon RejectionCues => LazyRejectionCues.Value;

    /// <summary>Verbs that report someone else's words ("zei", "told me").</summary>
    public static ToneLexicon ReportedSpeech => LazyReportedSpeech.Value;

    /// <summary>Acronyms written in capitals (PL4004).</summary>
    public static ToneLexicon Acronyms => LazyAcronyms.Value;

    /// <summary>Words that make capitals a cheer (PL4004).</summary>
    public static ToneLexicon Celebrations => LazyCelebrations.Value;

    /// <summary>Words that make the capitals right after them a title (PL4004: "author of", "het boek").</summary>
    public static ToneLexicon TitleIntros => LazyTitleIntros.Value;

    /// <summary>Every tone word list, as the tone analyzers declare them to the engine.</summary>
    public static IEnumerable<WordList> All =>
    [
        LazyInsults.Value.List,
        LazyDirectedNouns.Value.List,
        LazyDirectedAdjectives.Value.List,
        LazyPatientMockery.Value.List,
        LazyTargets.Value.List,
        LazyColleagueModifiers.Value.List,
        LazyColleaguePredicates.Value.List,
        LazyColleagueTraits.Value.List,
        LazyColleaguePersonTraits.Value.List,
        LazyContemptWords.Value.List,
        LazyContemptPeople.Value.List,
        LazyContemptTraits.Value.List,
        LazyContemptNuisances.Value.List,
        LazyContemptDenials.Value.List,
        LazyContemptVictims.Value.List,
        LazyThings.Value.List,
        LazyInterjections.Value.List,
        LazyThreats.Value.List,
        LazyHarms.Value.List,
        LazyHopes.Value.List,
        LazyWished.Value.List,
        LazyPeacefulDeath.Value.List,
        LazyHatred.Value.List,
        LazyViolenceCalls.Value.List,
        LazyViolenceDone.Value.List,
        LazyViolenceDoing.Value.List,
        LazyDehumanising.Value.List,
        LazyExclusion.Value.List,
        LazyComplaints.Value.List,
        LazyLabelling.Value.List,
        LazyCurses.Value.List,
        LazyCurseTails.Value.List,
        LazyCursedPeople.Value.List,
        LazyColleaguePhrases.Value.List,
        LazySarcasm.Value.List,
        LazyCitedNames.Value.List,
        LazySneers.Value.List,
        LazyRejectionCues.Value.List,
        LazyReportedSpeech.Value.List,
        LazyAcronyms.Value.List,
        LazyCelebrations.Value.List,
        LazyTitleIntros.Value.List,
    ];
}
