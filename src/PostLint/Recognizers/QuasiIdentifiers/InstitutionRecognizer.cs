using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Recognizers.Identifiers;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds care institutions (<see cref="EntityType.Institution"/>) by name and pattern: UMCs (<c>UMC Utrecht</c>,
/// <c>Erasmus MC</c>, <c>Radboudumc</c>), hospitals (<c>Ziekenhuis Amstelland</c>, <c>Deventer Ziekenhuis</c>,
/// <c>St Mary's Hospital</c>, <c>the RVI</c>), GP practices (<c>huisartsenpraktijk De Vaart</c>,
/// <c>Elm Street Surgery</c>), care homes (<c>verpleeghuis De Lindehof</c>, <c>Huize Bronkhorst</c>,
/// <c>De Zonnehof</c>), the Dutch and Belgian hospitals and university hospitals of the health-bodies list
/// (<c>UZ Leuven</c>, <c>AZ Groeninge</c>, <c>Jessa Ziekenhuis</c>; see <see cref="HealthBodies"/>) and any other Belgian
/// <c>AZ</c> or <c>UZ</c> (<c>AZ Sint-Maarten</c>), universities, and the author's own institution (<c>ons ziekenhuis</c>,
/// <c>our hospital</c>). A town in an institution's name is not reported as a separate place: the institution
/// reveals its catchment, and that is what the estimator uses.
/// Attributes: <c>kind</c> (umc, hospital, gp-practice, care-home, hospice, university) and <c>catchment</c>
/// (rough number of people it serves or houses; absent for universities).
/// </summary>
internal sealed partial class InstitutionRecognizer : Recognizer
{
    // The patterns test every position of the text; each gate holds pieces (ignoring case) at least one of which
    // every match of its pattern contains, so a pattern is skipped only where it could not match.
    private static readonly KeywordGate UniversityGate = new("universit", "hogeschool", "academiegebouw");
    private static readonly KeywordGate UmcGate = new("umc", "erasmus", "máxima", "kinderziekenhuis");
    private static readonly KeywordGate HospitalBeforeNameGate = new("ziekenhuis", "gasthuis", "medisch", "kliniek");
    private static readonly KeywordGate HospitalAfterNameGate = new("ziekenhui", "gasthuis", "mc", "medisch", "hospi", "infirmary", "general", "medical");
    private static readonly KeywordGate GpPracticeGate = new("praktijk", "gezondheidscentrum", "huisartsenpost", "apotheek", "surgery", "practice", "centre");
    private static readonly KeywordGate CareHomeGate = new(
        "verpleeghuis", "zorgcentrum", "verzorgingshuis", "zorgcomplex", "hospice", "revalidatiecentrum", "huize", "care", "nursing");
    private static readonly KeywordGate CareHomeNameGate = new("hof", "hoeve", "borgh", "weide", "gaarde", "stede", "hage", "burcht", "huis");
    private static readonly KeywordGate OwnInstitutionGate = new("ziekenhuis", "hospital", "trust");

    private static readonly KeywordGate BelgianHospitalGate = new("AZ ", "UZ ");

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Institution];

    public override IEnumerable<WordList> WordLists => [HealthBodies.Names];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var found = new List<Entity>();
        var taken = new DisjointSpans();
        void AddAll(Regex pattern, string kind, string? catchment, KeywordGate? gate = null)
        {
            if (gate is not null && !gate.MayMatch(text))
            {
                return;
            }

            foreach (Match m in pattern.Matches(text))
            {
                var group = m.Groups["name"].Success ? m.Groups["name"] : m.Groups[0];
                var span = new Diagnostics.TextSpan(group.Index, group.Index + group.Length);
                if (taken.Overlaps(span) || context.Overlaps(span, EntityType.Email, EntityType.Url, EntityType.Handle))
                {
                    continue;
                }

                var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = kind };
                if (catchment is not null)
                {
                    attributes["catchment"] = catchment;
                }

                taken.Add(span);
                found.Add(new Entity(EntityType.Institution, span, group.Value) { Attributes = attributes });
            }
        }

        AddAll(University(), "university", null, UniversityGate);
        AddAll(Umc(), "umc", "2000000", UmcGate);
        AddAll(NamedHospital(), "hospital", "250000");
        AddAll(HospitalBeforeName(), "hospital", "250000", HospitalBeforeNameGate);
        AddAll(HospitalAfterName(), "hospital", "250000", HospitalAfterNameGate);
        AddAll(GpPractice(), "gp-practice", "8000", GpPracticeGate);
        AddAll(CareHome(), "care-home", "120", CareHomeGate);
        AddAll(CareHomeName(), "care-home", "120", CareHomeNameGate);
        AddAll(OwnInstitution(), "hospital", "250000", OwnInstitutionGate);

        // Listed hospitals the patterns above do not know, by the list's kind; the patterns' spans stay as they were.
        foreach (var match in HealthBodies.In(context.Index))
        {
            var kind = HealthBodies.KindOf(match);
            if (kind is not ("umc" or "hospital") || taken.Overlaps(match.Span) || context.Overlaps(match.Span, EntityType.Email, EntityType.Url, EntityType.Handle))
            {
                continue;
            }

            taken.Add(match.Span);
            found.Add(new Entity(EntityType.Institution, match.Span, text[match.Span.Start..match.Span.End])
            {
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = kind, ["catchment"] = kind == "umc" ? "2000000" : "250000" },
            });
        }

        AddAll(BelgianHospital(), "hospital", "250000", BelgianHospitalGate);

        foreach (var entity in found)
        {
            context.Add(entity);
        }
    }

    [GeneratedRegex(@"\b(?:(?:Rijks|Vrije\s+|Technische\s+|Erasmus\s+|Radboud\s+)?[Uu]niversiteit(?:\s+van)?|University\s+of|Hogeschool|Academiegebouw\s+in)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?|\b\p{Lu}[\p{L}'-]+\s+University\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex University();

    [GeneratedRegex(@"\b(?:Amsterdam\s+UMC|UMC\s+Utrecht|UMC\s+Groningen|Radboudumc|UMCG|UMCU|LUMC|Erasmus\s+MC|Maastricht\s+UMC\+?|MUMC\+?|Prinses\s+Máxima\s+Centrum|Wilhelmina\s+Kinderziekenhuis|Sophia\s+Kinderziekenhuis|Emma\s+Kinderziekenhuis)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Umc();

    [GeneratedRegex(@"\b(?:Isala|Rijnstate|Gelre\s+ziekenhuizen|Meander\s+Medisch\s+Centrum|St\.?\s+Antonius|Catharina\s+Ziekenhuis|OLVG|Spaarne\s+Gasthuis|Noordwest\s+Ziekenhuisgroep|Franciscus\s+Gasthuis|Haaglanden\s+MC|HMC|HagaZiekenhuis|Amphia|ETZ|Zuyderland|VieCuri|ZGT|Tjongerschans|Nij\s+Smellinghe|MCL|Treant|Martini\s+Ziekenhuis|Ommelander\s+Ziekenhuis|Tergooi\s+MC|Dijklander|Ikazia|Maasstad\s+Ziekenhuis|Rivas|CWZ|Bernhoven|ZorgSaam|Adrz|Bravis|Elkerliek|Laurentius\s+Ziekenhuis|Slingeland|Santiz|Addenbrooke's|Great\s+Ormond\s+Street|(?:the\s+)?RVI|Royal\s+Victoria\s+Infirmary|St\.?\s+\p{Lu}\p{Ll}+'s(?:\s+(?:Hospital|Infirmary))?)\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NamedHospital();

    [GeneratedRegex(@"\b(?:Ziekenhuis|Streekziekenhuis|Gasthuis|Medisch\s+Centrum|Medisch\s+Spectrum|Kliniek)\s+(?:\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+){0,2}", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HospitalBeforeName();

    [GeneratedRegex(@"(?<name>(?<![\p{L}'-])(?!(?:De|Het|Onze|Ons|In|Op|Bij|Naar|The|Our|At|In|To|From|Dank|Thanks|Vandaag|Today|Welkom|Welcome)\s)(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:Ziekenhuis|ziekenhuis|Ziekenhuizen|Gasthuis|MC|Medisch\s+Centrum|Hospital|Infirmary|General|Medical\s+Centre|Hospice))\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HospitalAfterName();

    [GeneratedRegex(@"\b(?:[Hh]uisartsenpraktijk|[Hh]uisartspraktijk|[Gg]ezondheidscentrum|[Hh]uisartsenpost|[Aa]potheek)\s+(?:(?:de|het|'t|De|Het)\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?|\b\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s+(?:Surgery|Medical\s+Practice|Health\s+Centre|Medical\s+Centre)\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GpPractice();

    [GeneratedRegex(@"\b(?:[Vv]erpleeghuis|[Ww]oonzorgcentrum|[Zz]orgcentrum|[Vv]erzorgingshuis|[Zz]orgcomplex|[Hh]ospice|[Rr]evalidatiecentrum|Huize|[Cc]are\s+home|[Nn]ursing\s+home)\s+(?:(?:de|het|'t|De|Het|The)\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CareHome();

    // Dutch care homes are typically called "De Lindehof", "De Zonnehof", "De Vijverhoeve", "Het Zonnehuis".
    [GeneratedRegex(@"\b(?:De|de|Het|het|'t)\s+\p{Lu}\p{Ll}+(?:hof|hoeve|borgh|weide|gaarde|stede|hage|burcht|zonnehuis|huis)\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CareHomeName();

    // Belgian general (AZ) and university (UZ) hospitals: "AZ Sint-Maarten", "AZ Sint-Jozef Malle", "UZ Brussel".
    [GeneratedRegex(@"\b(?:AZ|UZ)\s+(?:Sint-|St\.?-?\s?)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BelgianHospital();

    [GeneratedRegex(@"\b(?:ons|onze|our)\s+(?:ziekenhuis|streekziekenhuis|hospital|trust)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OwnInstitution();
}
