using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds words that give a person's sex (<see cref="EntityType.Sex"/>): <c>mevrouw</c>, <c>vrouw</c>,
/// <c>meisje</c>, <c>dame</c>, <c>man</c>, <c>jongen</c>, <c>hij</c>; <c>woman</c>, <c>lady</c>, <c>girl</c>,
/// <c>lad</c>, <c>he</c>, <c>she</c>. Dutch <c>zij</c>/<c>ze</c>/<c>haar</c> are left out: they are as often
/// plural, or "hair". Sex halves the crowd, so the estimator counts it once and only when all words agree.
/// Attribute: <c>value</c> = <c>female</c> or <c>male</c>.
/// </summary>
internal sealed class SexRecognizer : Recognizer
{
    private static readonly Dictionary<string, string> Words = Build();

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Sex];

    public override void Recognize(RecognitionContext context)
    {
        foreach (var token in context.Index.Tokens)
        {
            if (Words.TryGetValue(token.Normalized, out var value)
                && !context.Overlaps(token.Span, EntityType.Person, EntityType.Institution, EntityType.Email, EntityType.Url, EntityType.Handle))
            {
                context.Add(new Entity(EntityType.Sex, token.Span, token.Value) { Attributes = new Dictionary<string, string> { ["value"] = value } });
            }
        }
    }

    private static Dictionary<string, string> Build()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var w in "mevrouw mevr mw vrouw vrouwtje dame meisje meid moeder mama mams dochter dochtertje zus zusje oma weduwe bewoonster patiente cliente zwangere jongedame atlete juf lerares boerin brandweervrouw zangeres actrice topsportster profvoetbalster woman lady girl mum mom mother daughter sister grandmother gran granny widow she mrs".Split(' '))
        {
            words[w] = "female";
        }

        foreach (var w in "meneer dhr heer man mannetje jongen jongetje knul jongeman vader papa zoon zoontje broer broertje broertjes opa weduwnaar hij gentleman boy lad dad father son brother grandfather grandad widower he him mr".Split(' '))
        {
            words[w] = "male";
        }

        return words;
    }
}
