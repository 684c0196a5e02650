using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Claims;

/// <summary>
/// PL5005: promotion of a product without disclosure: discount and affiliate codes, "link in bio"
/// sales, "bestel nu", a product "nu verkrijgbaar". Silent when the post discloses the interest
/// (#ad, #advertentie, #spon, "in samenwerking met", "paid partnership") and on fundraising for a
/// foundation or patient association.
/// </summary>
internal sealed class UndisclosedPromotionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL5005",
        "Undisclosed promotion",
        DiagnosticCategory.Claims,
        DiagnosticSeverity.Warning,
        "GMC Good medical practice 2024 §90 (declare conflicts of interest); AMA opinion on social media product promotion, item 5; Ahpra B5 and National Law s.133; Reclamecode Social Media & Influencer Marketing",
        "A clinician's recommendation carries trust; when it is paid for or earns a commission, readers must be told.");

    private static readonly Lazy<TermMatcher> Phrases = LexiconTerms.Matcher("lexicons/claims/promotion.tsv");

    /// <summary>Product words also head compounds ("proteïneshakes", "kruidenkuur"), so they match as word endings.</summary>
    private static readonly Lazy<string[]> ProductWords = new(() => Lexicon.Load("lexicons/claims/promotion.tsv")
        .Where(e => e.Column(0) == "product").Select(e => Tokenizer.Normalize(e.Term.TrimEnd('*'))).ToArray());

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        var matches = Phrases.Value.Matches(tokens);
        if (matches.Any(m => IsDisclosure(text, tokens, m)) || matches.Any(m => m.Kind() == "charity"))
        {
            return;
        }

        var offersProduct = tokens.Any(t => ProductWords.Value.Any(p => t.Normalized.EndsWith(p, StringComparison.Ordinal)));
        var sells = offersProduct || text.AsSpan().IndexOfAny("€£$%") >= 0;
        var promotion = matches.FirstOrDefault(m => m.Kind() switch
        {
            "code" => IsCodeOffer(tokens, m),
            "sales" => sells,
            "offer" => offersProduct,
            _ => false,
        });

        var span = promotion.TokenCount > 0 ? CodeSpan(tokens, promotion) : default;
        if (promotion.TokenCount == 0)
        {
            return;
        }

        var phrase = text[span.Start..span.End];
        var disclosure = context.Localize(" #advertentie", " #ad");
        context.Report(
            Rule,
            span,
            context.Localize(
                $"'{phrase}' maakt reclame voor een product zonder dat de post dat meldt. Vermeld een betaalde samenwerking of eigen belang (#advertentie, 'in samenwerking met ...'), of laat de promotie weg.",
                $"'{phrase}' promotes a product without saying so. Disclose a paid partnership or your own interest (#ad, 'paid partnership with ...'), or leave the promotion out."),
            CodeFix.Replace(context.Localize("Meld de samenwerking met #advertentie", "Disclose with #ad"), new TextSpan(text.Length, text.Length), disclosure));
    }

    /// <summary>A disclosure counts unless negated ("not sponsored"); a tag only with its '#'.</summary>
    private static bool IsDisclosure(string text, IReadOnlyList<Token> tokens, TermMatch match) => match.Kind() switch
    {
        "tag" => match.Span.Start > 0 && text[match.Span.Start - 1] == '#',
        "disclosure" => !Negation.Before(text, tokens, match.FirstToken, window: 2),
        _ => false,
    };

    /// <summary>"met code" and "use code" count only when a code follows (ZORG20, NURSEAMY), not "code oranje".</summary>
    private static bool IsCodeOffer(IReadOnlyList<Token> tokens, TermMatch match)
    {
        if (tokens[match.FirstToken + match.TokenCount - 1].Normalized != "code" || match.TokenCount > 2 && tokens[match.FirstToken].Normalized is "use" or "gebruik")
        {
            return true;
        }

        var next = match.FirstToken + match.TokenCount;
        return next < tokens.Count && IsCode(tokens[next]);
    }

    private static TextSpan CodeSpan(IReadOnlyList<Token> tokens, TermMatch match)
    {
        var next = match.FirstToken + match.TokenCount;
        return match.Kind() == "code" && next < tokens.Count && IsCode(tokens[next])
            ? new TextSpan(match.Span.Start, tokens[next].Span.End)
            : match.Span;
    }

    private static bool IsCode(Token token) => token.Value.Length is >= 4 and <= 20 && token.IsAllCaps;
}
