using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds the numbers that identify one person's device or connection (<see cref="EntityType.IdNumber"/>), as a record,
/// an audit log or an incident report holds them:
/// <list type="bullet">
/// <item><c>kind</c> = <c>device</c>: a serial number, IMEI, MAC address or UDI right after the word for it
/// (<c>serienummer PJN612384S</c>, <c>S/N NG3390184K</c>, <c>IMEI 352099001761481</c>, <c>MAC A4:C1:38:5E:0B:92</c>,
/// <c>apparaatnummer AK-0098812</c>). The code must hold a digit; a model name (<c>MiniMed 780G</c>, <c>Azure</c>) has no
/// such word before it, and a lot number names a batch, not a person's device.</item>
/// <item><c>kind</c> = <c>ip</c>: an IPv4 or IPv6 address in a sentence about access, logs or accounts (<c>login from
/// 98.172.45.201</c>, <c>IP-adres van de cliënt</c>). Networks (<c>10.0.0.0/8</c>), the public resolvers (<c>8.8.8.8</c>)
/// and sentences about DNS, servers, printers or Wi-Fi ranges are left alone, and so is a dotted version or section
/// number, which no access word stands beside.</item>
/// </list>
/// HIPAA's Safe Harbor lists both among the identifiers to remove (device identifiers and serial numbers; IP addresses).
/// </summary>
internal sealed partial class DeviceIdRecognizer : Recognizer
{
    private static readonly ContextCues DeviceWords = new(
        "serienummer", "serienummers", "serienr", "serie nr", "serial", "serials", "serial no", "serial number", "serial numbers", "s n", "sn",
        "imei", "imei nummer", "mac", "mac adres", "mac address", "udi", "transmitter id", "transmitter", "zender", "sensorzender", "zender id",
        "device id", "apparaat id", "apparaatnummer", "pendant id", "implant id");

    private static readonly ContextCues AccessWords = new(
        "ip", "ip adres", "ip address", "ipv4", "ipv6", "login", "log in", "logged in", "inlog*", "ingelogd", "logregel", "log", "access", "toegang",
        "audit", "verkeer", "traffic", "portal", "portaal", "patientenportaal", "account", "laptop", "computer", "gebruiker", "user", "incident*",
        "opened", "opende", "downloaded", "gedownload");

    // Sentences about infrastructure: the address is a machine's, not a person's.
    private static readonly ContextCues InfrastructureWords = new(
        "dns", "gateway", "router", "server", "subnet", "range", "bereik", "printer", "wifi", "wi fi", "netwerk", "network", "proxy", "firewall");

    // "Version 4.12.0.3", "Section 3.2.1.4": a dotted number after these is a version or a section, not an address.
    private static readonly ContextCues NumberingWords = new(
        "version", "versie", "v", "release", "build", "update", "section", "paragraaf", "artikel", "article", "hoofdstuk", "chapter", "stap", "step");

    // The public resolvers everyone is told to set.
    private static readonly HashSet<string> PublicResolvers = new(StringComparer.Ordinal) { "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "208.67.222.222" };

    // Words that may stand between the device word and its code: "serial no.", "S/N:", "IMEI-nummer", "links", "L".
    private const int MaxGap = 14;

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.IdNumber];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        if (!KeywordGate.HasDigit(text))
        {
            return;
        }

        var taken = new DisjointSpans();
        foreach (var entity in context.Entities)
        {
            if (entity.Type != EntityType.Url)
            {
                taken.Add(entity.Span);
            }
        }

        foreach (Match match in Address().Matches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            var sentenceStart = context.Index.ContextSentenceStart(match.Index);
            var sentenceEnd = context.Index.ContextSentenceEnd(span.End);
            if (taken.Overlaps(span) || PublicResolvers.Contains(match.Value) || InfrastructureWords.In(text, sentenceStart, sentenceEnd)
                || NumberingWords.In(text, Math.Max(0, match.Index - 12), match.Index)
                || !AccessWords.In(text, sentenceStart, sentenceEnd) || (match.Groups["v6"].Success && !IsIpv6(match.Value)))
            {
                continue;
            }

            taken.Add(span);
            Add(context, span, "ip");
        }

        // "serials L 1921XK044 / R 1921XK051": a code right after another device code belongs to the same word.
        var previousCodeEnd = -1;
        foreach (Match match in DeviceCode().Matches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            var cueEnd = DeviceWords.LastIn(text, Math.Max(0, match.Index - MaxGap - 20), match.Index) is { } cue ? cue.Span.End : -1;
            cueEnd = Math.Max(cueEnd, previousCodeEnd);
            var attached = cueEnd >= 0 && IsGap(text.AsSpan(cueEnd, match.Index - cueEnd));

            // Six hex pairs read as nothing but a MAC address; the sentence need only say so somewhere ("MAC-adres tablet van patiënt: …").
            var macInSentence = MacShape().IsMatch(match.Value)
                && DeviceWords.In(text, context.Index.ContextSentenceStart(match.Index), context.Index.ContextSentenceEnd(span.End));
            if (taken.Overlaps(span) || !(attached || macInSentence))
            {
                continue;
            }

            taken.Add(span);
            Add(context, span, "device");
            previousCodeEnd = span.End;
        }
    }

    private static void Add(RecognitionContext context, TextSpan span, string kind) =>
        context.Add(new Entity(EntityType.IdNumber, span, context.Text[span.Start..span.End])
        {
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = kind, ["value"] = context.Text[span.Start..span.End] },
        });

    private static bool IsGap(ReadOnlySpan<char> gap) => gap.Length <= MaxGap && GapShape().IsMatch(gap);

    // An IPv6 address has a hex letter or "::" (a time "10:30:00" has neither) and at least three groups.
    private static bool IsIpv6(string value) => value.Contains("::", StringComparison.Ordinal) || value.Any(c => c is >= 'a' and <= 'f' or >= 'A' and <= 'F');

    // IPv4 (not a network "10.0.0.0/8", not a longer dotted number "3.2.1.4.5") or IPv6 with three to eight groups.
    [GeneratedRegex(
        @"(?<![\w.:])(?:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w/]|\.\d)|(?<v6>[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}))(?![\w:/])",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Address();

    // A MAC address, a UDI with its application identifiers, or a code of five or more letters, digits and hyphens with a digit.
    [GeneratedRegex(
        @"(?<![\w:-])(?:[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}(?![\w:-])|\(01\)\d{14}(?:\(\d{2}\)[0-9A-Za-z]{1,20}){0,4}|(?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,24}[A-Za-z0-9](?![\w-]))",
        RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DeviceCode();

    [GeneratedRegex(@"^[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MacShape();

    // Between the device word (or the code before) and the code: punctuation, and at most two short words ("no.", "nr", "L", "rechts").
    [GeneratedRegex(@"^[\s:#./,;()-]*(?:\p{L}{1,7}\.?[\s:#/,;()-]*){0,2}$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GapShape();
}
