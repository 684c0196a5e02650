using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3002: a link into an organisation's own network: a private IP address, an internal host name
/// (<c>.local</c>, single-label hosts), an intranet, EHR or remote-access system, or a Windows share.
/// Public websites of the same organisation, patient information sites and DOI links stay silent.
/// </summary>
internal sealed class InternalLinkAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL3002",
        "Internal or intranet link",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A8 (gedragsregels werkgever); SFZ Beroepsgeheim (geen vertrouwelijke informatie uit je werk); AHPRA-SM2019-B2",
        "A link to an intranet, EHR or file share reveals internal systems and addresses to the public and is useless outside the network.");

    private static readonly Lazy<IReadOnlyList<LexiconEntry>> InternalHosts = new(() => Lexicon.Load("lexicons/confidentiality/internal-hosts.tsv"));

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var url in context.EntitiesOf(EntityType.Url))
        {
            var reason = Reason(url);
            if (reason is null)
            {
                continue;
            }

            context.Report(
                Rule,
                url.Span,
                context.Localize(
                    $"Interne link '{url.Text}': {reason.Value.Dutch}. Zo'n adres werkt alleen binnen het netwerk van de instelling en laat buitenstaanders zien welke interne systemen er zijn; het hoort niet in een openbaar bericht.",
                    $"Internal link '{url.Text}': {reason.Value.English}. Such an address only works inside the organisation's network and shows outsiders which internal systems exist; it does not belong in a public post."),
                CodeFix.Replace(context.Localize("Verwijder de interne link", "Remove the internal link"), url.Span, context.Localize("[interne link verwijderd]", "[internal link removed]")));
        }
    }

    private static (string Dutch, string English)? Reason(Entity url)
    {
        var host = url.Attribute("host") ?? string.Empty;
        if (url.Attribute("kind") == "unc")
        {
            return ("een pad naar een netwerkschijf", "a path to a network share");
        }

        if (url.Attribute("isPrivate") == "true")
        {
            return ($"'{host}' is een intern adres, niet bereikbaar vanaf internet", $"'{host}' is an internal address that cannot be reached from the internet");
        }

        if (InternalSystem(host) is { } system)
        {
            return ($"het adres wijst naar {system}", $"the address points into {system}");
        }

        return host.Split('.').SkipLast(1).Any(IsInternalLabel)
            ? ($"'{host}' is een interne servernaam", $"'{host}' is an internal server name")
            : null;
    }

    // A system label counts only as a subdomain: "hix.ziekenhuis.nl" is a link into HiX, "chipsoft.nl" is the vendor's public site.
    private static string? InternalSystem(string host)
    {
        var labels = host.Split('.');
        foreach (var entry in InternalHosts.Value)
        {
            var isDomain = entry.Term.Contains('.', StringComparison.Ordinal);
            var matches = isDomain
                ? host.EndsWith("." + entry.Term, StringComparison.OrdinalIgnoreCase)
                : labels.Take(labels.Length - 2).Any(l => l.Split('-').Contains(entry.Term, StringComparer.OrdinalIgnoreCase));
            if (matches)
            {
                return entry.Column(0) ?? entry.Term;
            }
        }

        return null;
    }

    private static bool IsInternalLabel(string label) =>
        label.Split('-').Any(part => part is "internal" or "intranet");
}
