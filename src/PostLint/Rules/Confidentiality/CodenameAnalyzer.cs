using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3003: an internal codename. Fires on every term configured in <see cref="PostLinterOptions.Codenames"/>
/// (<c>codenames:</c> in <c>.postlint.yml</c>), matched whole-word, and on names the post itself marks as
/// internal: "codenaam Zeearend", "working title Lighthouse", or "Project Zeearend" in a post about
/// internal plans (a roadmap, a merger, unpublished results). Public project names in ordinary posts stay silent.
/// </summary>
internal sealed partial class CodenameAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL3003",
        "Internal codename",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Error,
        "KNMG Artsen en social media A8 (gedragsregels werkgever); SFZ Beroepsgeheim (geen vertrouwelijke informatie uit je werk); AHPRA-SM2019-B2",
        "Internal project names reveal plans the organisation has not announced and tie a post to them.");

    private static readonly ConditionalWeakTable<IReadOnlyList<string>, TermMatcher> ConfiguredMatchers = new();
    private static readonly Lazy<TermMatcher> InternalContext = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/internal-context.txt")));

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    // A project name counts as a codename when other confidentiality rules found internal content.
    public override IEnumerable<DiagnosticCategory> ReadsFindingsOf { get; } = [DiagnosticCategory.Confidentiality];

    public override void Analyze(AnalysisContext context)
    {
        var found = new List<TextSpan>();
        var codenames = context.Options.Codenames;
        if (codenames.Count > 0)
        {
            var matcher = ConfiguredMatchers.GetValue(codenames, static names => TermMatcher.FromTerms(names.Where(n => !string.IsNullOrWhiteSpace(n))));
            foreach (var match in matcher.Matches(context.Text))
            {
                Report(context, found, match.Span, configured: true);
            }
        }

        foreach (Match match in DeclaredCodename().Matches(context.Text))
        {
            Report(context, found, new TextSpan(match.Index, match.Index + match.Length), configured: false);
        }

        var projects = ProjectName().Matches(context.Text);
        if (projects.Count > 0 && IsInternalContext(context))
        {
            foreach (Match match in projects)
            {
                Report(context, found, new TextSpan(match.Index, match.Index + match.Length), configured: false);
            }
        }
    }

    private static bool IsInternalContext(AnalysisContext context) =>
        context.ReportedSoFar.Any(d => d.Category == DiagnosticCategory.Confidentiality && d.Descriptor != Rule)
        || InternalContext.Value.Matches(context.Text).Count > 0;

    private static void Report(AnalysisContext context, List<TextSpan> found, TextSpan span, bool configured)
    {
        if (found.Exists(f => f.Overlaps(span)))
        {
            return;
        }

        found.Add(span);
        var name = context.Text[span.Start..span.End];
        context.Report(
            Rule,
            span,
            configured
                ? context.Localize(
                    $"'{name}' staat in de lijst met interne codenamen van je organisatie. Zo'n naam verwijst naar plannen die nog niet openbaar zijn; gebruik hem niet in een openbaar bericht.",
                    $"'{name}' is on your organisation's list of internal codenames. It refers to plans that are not public; do not use it in a public post.")
                : context.Localize(
                    $"'{name}' is een interne projectnaam in een bericht over interne plannen. Een codenaam verraadt wat de organisatie nog niet heeft aangekondigd en koppelt het bericht eraan.",
                    $"'{name}' is an internal project name in a post about internal plans. A codename gives away what the organisation has not announced and ties the post to it."),
            CodeFix.Replace(context.Localize("Vervang de codenaam", "Replace the codename"), span, context.Localize("[intern project]", "[internal project]")));
    }

    // "codenaam Zeearend", "working title: Lighthouse": the author says the name is internal.
    [GeneratedRegex(@"\b(?i:codenaam|code\s?name|werknaam|werktitel|working\s+title|working\s+name|interne\s+projectnaam|internal\s+project\s+name)\s*:?\s*[""'\u201C\u2018]?\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DeclaredCodename();

    // "Project Lighthouse", "project Zeearend", "Project X": a capitalised name right after "project".
    [GeneratedRegex(@"\b[Pp]ro(?:ject|jekt)\s+[""'\u201C\u2018]?\p{Lu}(?:\p{Ll}[\p{L}\d-]*|\b)(?:\s\p{Lu}\p{Ll}[\p{L}\d-]*)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ProjectName();
}
