using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3003: an internal codename the post itself marks as internal: "codenaam Zeearend", "working title
/// Lighthouse", or "Project Zeearend" in a post about internal plans (a roadmap, a merger, unpublished results).
/// Public project names in ordinary posts stay silent. The terms an organisation lists under <c>codenames:</c>
/// are a declarative rule of their own (<see cref="ConfiguredCodenames"/>) that reports under this descriptor.
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

    private static readonly WordList InternalContext = WordList.Load("lexicons/confidentiality/internal-context.txt");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists { get; } = [InternalContext];

    // A project name counts as a codename when other confidentiality rules found internal content; a configured
    // codename found already is not reported twice.
    public override IEnumerable<DiagnosticCategory> ReadsFindingsOf { get; } = [DiagnosticCategory.Confidentiality];

    public override void Analyze(AnalysisContext context)
    {
        var found = context.ReportedSoFar.Where(d => d.Descriptor == Rule).Select(d => d.Span).ToList();
        foreach (Match match in DeclaredCodename().Matches(context.Text))
        {
            Report(context, found, new TextSpan(match.Index, match.Index + match.Length));
        }

        var projects = ProjectName().Matches(context.Text);
        if (projects.Count > 0 && IsInternalContext(context))
        {
            foreach (Match match in projects)
            {
                Report(context, found, new TextSpan(match.Index, match.Index + match.Length));
            }
        }
    }

    private static bool IsInternalContext(AnalysisContext context) =>
        context.ReportedSoFar.Any(d => d.Category == DiagnosticCategory.Confidentiality && d.Descriptor != Rule)
        || context.Index.Contains(InternalContext);

    private static void Report(AnalysisContext context, List<TextSpan> found, TextSpan span)
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
            context.Localize(
                $"'{name}' is een interne projectnaam in een bericht over interne plannen. Een codenaam verraadt wat de organisatie nog niet heeft aangekondigd en koppelt het bericht eraan.",
                $"'{name}' is an internal project name in a post about internal plans. A codename gives away what the organisation has not announced and ties the post to it."),
            CodeFix.Replace(context.Localize("Vervang de codenaam", "Replace the codename"), span, context.Localize("[intern project]", "[internal project]")));
    }

    // "codenaam Zeearend", "working title: Lighthouse": the author says the name is internal.
    [GeneratedRegex(@"\b(?i:codenaam|code\s?name|werknaam|werktitel|working\s+title|working\s+name|interne\s+projectnaam|internal\s+project\s+name)\s*:?\s*[""'\u201C\u2018]?\p{Lu}[\p{L}\d-]*(?:\s\p{Lu}[\p{L}\d-]*)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DeclaredCodename();

    // "Project Lighthouse", "project Zeearend", "Operation Bluebird": a capitalised name right after "project" or "operation".
    [GeneratedRegex(@"\b(?:[Pp]ro(?:ject|jekt)|Operation|Operatie)\s+[""'\u201C\u2018]?\p{Lu}(?:\p{Ll}[\p{L}\d-]*|\b)(?:\s\p{Lu}\p{Ll}[\p{L}\d-]*)?", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ProjectName();
}
