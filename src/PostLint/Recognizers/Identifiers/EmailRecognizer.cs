using System.Text.RegularExpressions;
using PostLint.Analysis;

namespace PostLint.Recognizers.Identifiers;

/// <summary>
/// Finds e-mail addresses (<see cref="EntityType.Email"/>), also when written to dodge harvesters
/// (<c>naam [at] ziggo [dot] nl</c>, <c>naam(at)kpnmail.nl</c>, <c>name at gmail dot com</c>). Attributes: <c>local</c>,
/// <c>domain</c>, and <c>provider</c>: <c>personal</c> for mail services that anyone can sign up for (Gmail, Hotmail,
/// KPN Mail, Ziggo …), <c>organisation</c> for every other domain.
/// </summary>
internal sealed partial class EmailRecognizer : Recognizer
{
    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Email];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;

        // The patterns start at the local part, so the engine would try them at every letter; no '@' or "at", no address.
        if (text.Contains('@'))
        {
            foreach (Match match in EmailPattern().Matches(text))
            {
                var at = match.Value.IndexOf('@');
                Add(context, match.Index, match.Length, match.Value[..at], match.Value[(at + 1)..]);
            }
        }

        if (ObfuscationMarks.Any(mark => text.Contains(mark, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (Match match in ObfuscatedPattern().Matches(text))
            {
                // A bare "at" between capitalised words is a place ("Jansen at Radboud dot com"); people type an address in lower case.
                var local = match.Groups["local"].Value;
                var bareAt = match.ValueSpan[local.Length..].TrimStart().StartsWith("at", StringComparison.OrdinalIgnoreCase);
                if (bareAt && char.IsUpper(local[0]))
                {
                    continue;
                }

                var domain = string.Join('.', match.Groups["label"].Captures.Select(c => c.Value)) + "." + match.Groups["tld"].Value;
                Add(context, match.Index, match.Length, local, domain);
            }
        }
    }

    private static void Add(RecognitionContext context, int start, int length, string local, string domain)
    {
        domain = domain.ToLowerInvariant();
        var provider = PersonalProviders.Contains(domain[..domain.IndexOf('.')]) ? "personal" : "organisation";
        context.Add(new Entity(EntityType.Email, new(start, start + length), context.Text.Substring(start, length))
        {
            Attributes = new Dictionary<string, string> { ["local"] = local, ["domain"] = domain, ["provider"] = provider },
        });
    }

    // Every obfuscated address holds one of these; most posts hold none and skip the pattern.
    private static readonly string[] ObfuscationMarks = ["at]", "at)", "at}", "at ]", "at )", " dot ", "dot]", "dot)", " punt "];

    // Mail services for private people; the first label of the domain is enough ("hotmail.com", "hotmail.nl", "hotmail.co.uk").
    private static readonly HashSet<string> PersonalProviders = new(StringComparer.Ordinal)
    {
        "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac", "aol", "gmx", "protonmail", "proton",
        "pm", "mail", "email", "web", "zoho", "yandex", "tutanota", "fastmail", "hey", "kpnmail", "kpnplanet", "planet", "ziggo", "home", "chello",
        "upcmail", "casema", "hetnet", "xs4all", "zonnet", "quicknet", "telfort", "tele2", "online", "caiway", "solcon", "delta", "zeelandnet",
        "btinternet", "btopenworld", "sky", "virginmedia", "ntlworld", "blueyonder", "talktalk", "tiscali", "orange", "freeserve", "skynet",
        "telenet", "pandora", "comcast", "verizon", "att", "sbcglobal", "bellsouth", "rocketmail", "inbox", "libero", "free", "laposte", "t-online",
    };

    // Local part per RFC 5322 "dot-atom" (no quoted strings: nobody posts those); domain needs a dot and a 2+ letter TLD.
    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EmailPattern();

    // "naam [at] ziggo [dot] nl", "naam(at)kpnmail.nl", "naam at gmail dot com": the "at" needs brackets, or "dot" words
    // for the domain, so that "Jansen at Radboud" stays a sentence.
    [GeneratedRegex(@"(?<![\w.+-])(?<local>[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9_])?)\s*(?:[\[(\{]\s*at\s*[\])\}]\s*(?:(?<label>[A-Za-z0-9-]+)\s*(?:\.|[\[(\{]\s*(?:dot|punt)\s*[\])\}]|\s(?:dot|punt)\s)\s*)+|\sat\s(?:(?<label>[A-Za-z0-9-]+)\s*(?:[\[(\{]\s*(?:dot|punt)\s*[\])\}]|\s(?:dot|punt)\s)\s*)+)(?<tld>[A-Za-z]{2,6})(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ObfuscatedPattern();
}
