using PostLint.Analysis;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// The built-in quasi-identifier recognizers, in the order they run. Institutions come before places so a town
/// inside an institution's name is not counted twice; dates before ages so "10 jaar geleden" stays a date;
/// ages before occupations so "a 45-year-old nurse" can be told from the author's colleagues.
/// </summary>
internal static class QuasiIdentifierRecognizers
{
    public static IEnumerable<Recognizer> Create() =>
    [
        new InstitutionRecognizer(),
        new WardRecognizer(),
        new PlaceRecognizer(),
        new DateRecognizer(),
        new AgeRecognizer(),
        new SexRecognizer(),
        new ConditionRecognizer(),
        new EventRecognizer(),
        new OccupationRecognizer(),
        new FamilyRecognizer(),
        new TraitRecognizer(),
    ];
}
