using System.Text.RegularExpressions;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// Words that say a post describes a care encounter with someone (admitted, seen, operated on, brought in),
/// and words that say the author writes about themselves. Only an encounter turns "vannacht" into "admitted
/// last night"; without one, a date does not narrow who the post is about.
/// </summary>
internal static partial class ClinicalContext
{
    /// <summary>True when the text describes seeing, admitting or treating someone.</summary>
    public static bool HasEncounter(string text) => Encounter().IsMatch(text);

    /// <summary>
    /// True when the text describes a public visit to the care setting (the mayor opening a ward, a visitor
    /// thanked for a cake): the person it names is the visitor, not a patient.
    /// </summary>
    public static bool IsPublicVisit(string text) => PublicVisit().IsMatch(text);

    /// <summary>True when the text speaks in the first person singular (ik, mijn, I, my).</summary>
    public static bool IsFirstPerson(string text) => FirstPerson().IsMatch(text);

    [GeneratedRegex(@"\b(?:opgenomen|opname|binnengebracht|binnen\s+gebracht|gezien|zag\s+ik|kwam\s+(?:bij\s+mij|op\s+(?:het\s+)?spreekuur)|spreekuur|gediagnosticeerd|diagnose|diagnosticeerde|geopereerd|opereerden|operatie|behandeld|behandelden|overleden|gereanimeerd|reanimatie|bevallen|bevalling|geboren|ontslagen|mocht\s+(?:hij|ze|zij)?\s*naar\s+huis|ligt|lag|liggen|dienst|casus|patiënte?|patienten|patiënten|bewoner|bewoonster|cliënte?|consult|visite|ambulance|heli|traumaheli|ingestuurd|verwezen|admitted|admission|brought\s+in|in\s+with|came\s+in|seen|saw|diagnosed|diagnosis|operated|surgery|treated|delivered|separated|discharged|died|passed\s+away|resuscitated|airlifted|job|case|patient|resident|clinic|consultation|stable|transferred|referred)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Encounter();

    [GeneratedRegex(@"\b(?:opende|openden|opent|heeft\s+geopend|geopend\s+door|bezocht|bezochten|kwam\s+langs|op\s+(?:werk)?bezoek|werkbezoek|onthulde|reikte\s+\w+|overhandigde|trakteerde|opened|officially\s+open|visited|came\s+to\s+visit|paid\s+(?:us\s+)?a\s+visit|unveiled|(?:bedankt|dank|thanks|thank\s+you)\b[^.!?\n]{0,60}\b(?:taart|gebak|traktatie|bloemen|bezoek|cake|flowers|visit))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PublicVisit();

    [GeneratedRegex(@"\b(?:ik|mijn|mij|me|I|my|I'm|myself|mijzelf)\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FirstPerson();
}
