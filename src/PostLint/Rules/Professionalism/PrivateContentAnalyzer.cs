using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Claims;
using PostLint.Text;

namespace PostLint.Rules.Professionalism;

/// <summary>
/// PL6002: private and professional content mixed up. On a professional account: drinking, parties
/// and holiday scenes with drinks, the author's own dating ("swipe right 😉 #tinder"), and
/// party-political campaigning ("stem op ...", "vote Labour").
/// On a private account: teaching cases ("casus", "case of the week") that belong on the professional
/// one. Silent when the account kind is unknown, on an institution's own account, for a conference or
/// team photo without drinks, and for health-policy commentary that campaigns for no party.
/// </summary>
internal sealed class PrivateContentAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL6002",
        "Private and professional content mixed",
        DiagnosticCategory.Professionalism,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A4 (onderscheid openbaar en privé); V&VN handreiking item 3 (NBC 2.12); AMA 2.3.2(d); ANA P4; NMC Code 20.7 and 21.5; Nij Smellinghe social media richtlijnen",
        "Readers see a professional account as the professional speaking: drinking, parties and campaigning there undermine trust in care, and patient cases on a private account escape professional care.");

    private static readonly Lazy<TermMatcher> PrivateLife = LexiconTerms.Matcher("lexicons/professionalism/private-life.tsv");
    private static readonly Lazy<TermMatcher> Parties = LexiconTerms.Matcher("lexicons/professionalism/political-parties.tsv");

    /// <summary>Drinks in emoji: beer, clinking beers, wine, cocktail, tropical drink, tumbler. Champagne and clinking glasses mean "congratulations" and do not count.</summary>
    private static readonly string[] DrinkEmoji = ["\U0001F37A", "\U0001F37B", "\U0001F377", "\U0001F378", "\U0001F379", "\U0001F943"];

    /// <summary>Wink, kiss, smirk, heart-eyes, tears of joy, rolling laughing, tongue-out wink: a dating mention meant as flirt or joke.</summary>
    private static readonly string[] FlirtEmoji = ["\U0001F609", "\U0001F618", "\U0001F60F", "\U0001F60D", "\U0001F602", "\U0001F923", "\U0001F61C"];

    /// <summary>"ik op Tinder", "my Bumble profile": the author's own dating, within this many words of the app.</summary>
    private const int DatingReach = 3;

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "ik", "me", "mij", "mijn", "i", "my", "m" };

    /// <summary>How far before a party name the campaign verb may stand ("stem 29 oktober op de PVV").</summary>
    private const int CampaignReach = 5;

    private static readonly HashSet<string> CampaignVerbs = new(StringComparer.Ordinal) { "stem", "stemt", "stemmen", "kies", "kiezen", "vote", "voting", "elect", "stemop" };

    /// <summary>Teaching cases marked as invented are fine anywhere.</summary>
    private static readonly HashSet<string> Fictional = new(StringComparer.Ordinal) { "gefingeerd", "fictief", "fictieve", "fictional", "hypothetical", "hypothetische", "verzonnen" };

    private static readonly HashSet<string> NonClinicalRoles = new(StringComparer.Ordinal) { "institution", "patient", "manager", "communications officer", "researcher" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var role = string.Join(' ', Tokenizer.Tokenize(context.Author.Role ?? string.Empty).Select(t => t.Normalized));
        if (role == "institution")
        {
            return;
        }

        var tokens = context.Index.Tokens;
        var terms = PrivateLife.Value.Matches(tokens);
        switch (context.Author.Account)
        {
            case AccountKind.Professional:
                ReportPrivateLife(context, terms);
                ReportDating(context, tokens, terms);
                ReportCampaigning(context, tokens);
                break;
            case AccountKind.Private when role.Length > 0 && !NonClinicalRoles.Contains(role):
                ReportCase(context, tokens, terms);
                break;
        }

        if (!context.ReportedSoFar.Any(d => d.Descriptor == Rule))
        {
            ReportDrinkingAtWork(context, tokens, terms);
        }
    }

    /// <summary>
    /// A drink, a drug or a hangover in a post that places the author at work or on duty ("pub crawl last night ... I'm on call
    /// today", "glas bubbels in de dienstkamer"): on any account, since it says the author works impaired.
    /// </summary>
    private static void ReportDrinkingAtWork(AnalysisContext context, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> terms)
    {
        // "no wine for me", "geen bier": a drink refused is no drink; "meneer was dronken", "drunk patient": someone else's
        // is not the author's.
        var drink = terms.FirstOrDefault(t => t.Kind() is "intoxication" or "alcohol" or "drug" && !Negation.Before(context.Text, tokens, t.FirstToken, window: 3)
            && !terms.Any(o => o.Kind() == "someoneelse" && o.FirstToken - t.FirstToken is >= -3 and <= 1 && o.FirstToken != t.FirstToken));
        var duty = terms.FirstOrDefault(t => t.Kind() == "duty");
        var hasDrink = drink.TokenCount > 0 || DrinkEmoji.Any(e => context.Text.Contains(e, StringComparison.Ordinal));
        if (!hasDrink || duty.TokenCount == 0 || terms.Any(t => t.Kind() == "offduty"))
        {
            return;
        }

        var phrase = context.Text[duty.Span.Start..duty.Span.End];
        context.Report(
            Rule,
            duty.Span,
            context.Localize(
                $"'{phrase}' naast drank, drugs of een kater: het bericht zegt dat je onder invloed werkt of dienst hebt. Dat schaadt het vertrouwen in zorg op elk account; werk nuchter en deel dit niet.",
                $"'{phrase}' next to drinking, drugs or a hangover: the post says you work or are on duty under the influence. That undermines trust in care on any account; work sober and do not post this."));
    }

    private static void ReportPrivateLife(AnalysisContext context, IReadOnlyList<TermMatch> terms)
    {
        var intoxication = terms.FirstOrDefault(t => t.Kind() == "intoxication");
        var drink = terms.FirstOrDefault(t => t.Kind() == "alcohol");
        var drinkEmoji = DrinkEmoji.Select(e => context.Text.IndexOf(e, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        var occasion = terms.FirstOrDefault(t => t.Kind() is "party" or "holiday");

        TextSpan span;
        if (intoxication.TokenCount > 0)
        {
            span = intoxication.Span;
        }
        else if (occasion.TokenCount > 0 && (drink.TokenCount > 0 || drinkEmoji >= 0))
        {
            span = occasion.Span;
        }
        else
        {
            return;
        }

        var phrase = context.Text[span.Start..span.End];
        context.Report(
            Rule,
            span,
            context.Localize(
                $"'{phrase}': drank en feesten op een professioneel account. Patiënten lezen mee; zulke berichten horen op een privéaccount, en een kater bij het spreekuur hoort nergens.",
                $"'{phrase}': drinking and parties on a professional account. Patients read along; posts like this belong on a private account."));
    }

    private static void ReportDating(AnalysisContext context, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> terms)
    {
        var joking = terms.Any(t => t.Kind() == "flirt") || FlirtEmoji.Any(e => context.Text.Contains(e, StringComparison.Ordinal));
        var dating = terms.FirstOrDefault(t => t.Kind() == "dating" && (joking || OwnDating(tokens, t)));
        if (dating.TokenCount == 0)
        {
            return;
        }

        var phrase = context.Text[dating.Span.Start..dating.Span.End];
        context.Report(
            Rule,
            dating.Span,
            context.Localize(
                $"'{phrase}': daten en flirten op een professioneel account. Patiënten lezen mee; dit hoort op een privéaccount.",
                $"'{phrase}': dating and flirting on a professional account. Patients read along; this belongs on a private account."));
    }

    private static bool OwnDating(IReadOnlyList<Token> tokens, TermMatch dating)
    {
        var from = Math.Max(0, dating.FirstToken - DatingReach);
        var to = Math.Min(tokens.Count, dating.FirstToken + dating.TokenCount + DatingReach);
        return Enumerable.Range(from, to - from).Any(k => FirstPerson.Contains(tokens[k].Normalized));
    }

    private static void ReportCampaigning(AnalysisContext context, IReadOnlyList<Token> tokens)
    {
        foreach (var party in Parties.Value.Matches(tokens).Where(p => p.IsWrittenAsListed(tokens)))
        {
            var verb = Enumerable.Range(Math.Max(0, party.FirstToken - CampaignReach), Math.Min(CampaignReach, party.FirstToken)).Reverse()
                .FirstOrDefault(i => CampaignVerbs.Contains(tokens[i].Normalized) && !context.Index.ClauseBreakBetween(tokens[i].Span.End, party.Span.Start), -1);
            if (verb < 0)
            {
                continue;
            }

            var span = new TextSpan(tokens[verb].Span.Start, party.Span.End);
            var phrase = context.Text[span.Start..span.End];
            context.Report(
                Rule,
                span,
                context.Localize(
                    $"'{phrase}': partijpolitieke campagne op een professioneel account. Je beroep geeft die oproep gezag; voer campagne op een privéaccount.",
                    $"'{phrase}': party-political campaigning on a professional account. Your profession lends the call authority; campaign from a private account."));
            return;
        }
    }

    private static void ReportCase(AnalysisContext context, IReadOnlyList<Token> tokens, IReadOnlyList<TermMatch> terms)
    {
        var casus = terms.FirstOrDefault(t => t.Kind() == "casecue");
        if (casus.TokenCount == 0 || tokens.Any(t => Fictional.Contains(t.Normalized)))
        {
            return;
        }

        var phrase = context.Text[casus.Span.Start..casus.Span.End];
        context.Report(
            Rule,
            casus.Span,
            context.Localize(
                $"'{phrase}': een patiëntcasus op een privéaccount. Casuïstiek hoort, geanonimiseerd en met toestemming, in een professionele omgeving.",
                $"'{phrase}': a patient case on a private account. Cases belong, anonymised and with consent, in a professional setting."));
    }
}
