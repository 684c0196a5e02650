using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3001: a password, PIN, door or access code, API key or private key in a post. Two ways in: a
/// credential word followed by a value that looks like a secret ("het wachtwoord van de medicijnkar is
/// Welkom2024!", "door code: 2580#"), and the well-known shapes of keys and tokens (AWS, GitHub, Slack,
/// Google, JWT, PEM private keys, a long random value after <c>token=</c>). Advice about passwords
/// ("use a strong password", "wachtwoord vergeten?") and codes of things that are not locks
/// ("de code van de cursus is H-2026") stay silent.
/// </summary>
internal sealed partial class CredentialAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL3001",
        "Password, access code or secret key",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Error,
        "KNMG Artsen en social media A8 (gedragsregels werkgever); SFZ Beroepsgeheim (geen vertrouwelijke informatie uit je werk); AHPRA-SM2019-B2",
        "A password, door code or key in a public post opens medicine cabinets, buildings or patient records to anyone who reads it.");

    // How far after the credential word its value may stand ("de deurcode van de personeelsingang aan de achterkant is ...").
    private const int MaxClause = 90;

    private static readonly WordList Keywords = WordList.Load("lexicons/confidentiality/credential-keywords.tsv");
    private static readonly WordList LockedObjects = WordList.Load("lexicons/confidentiality/locked-objects.txt");

    private static readonly (string Name, Func<Regex> Pattern)[] TokenShapes =
    [
        ("AWS", AwsAccessKey),
        ("GitHub", GitHubToken),
        ("Slack", SlackToken),
        ("Google API", GoogleApiKey),
        ("Stripe", StripeKey),
        ("JWT", JsonWebToken),
        ("OpenAI/Anthropic API", AiApiKey),
        ("GitLab", GitLabToken),
        ("npm", NpmToken),
        ("SendGrid", SendGridKey),
        ("webhook", WebhookUrl),
    ];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists { get; } = [Keywords, LockedObjects];

    public override void Analyze(AnalysisContext context)
    {
        // The secrets reported so far; a later match inside one is the same secret.
        var found = new DisjointSpans();
        foreach (var (name, pattern) in TokenShapes)
        {
            foreach (Match match in pattern().Matches(context.Text))
            {
                ReportKey(context, found, new TextSpan(match.Index, match.Index + match.Length), name);
            }
        }

        foreach (Match match in PrivateKeyBlock().Matches(context.Text))
        {
            ReportKey(context, found, new TextSpan(match.Index, match.Index + match.Length), context.Localize("privésleutel", "private key"));
        }

        foreach (Match match in AssignedSecret().Matches(context.Text))
        {
            var value = match.Groups["value"];
            if (LooksRandom(value.Value))
            {
                ReportKey(context, found, new TextSpan(value.Index, value.Index + value.Length), match.Groups["name"].Value);
            }
        }

        foreach (var url in context.EntitiesOf(EntityType.Url))
        {
            if (SecretQuery().IsMatch(url.Text) || (HasRandomPart(url.Text) && SaidToGiveAccess(context.Index, url.Span)))
            {
                ReportKey(context, found, url.Span, context.Localize("toegangslink", "access link"));
            }
        }

        foreach (var (span, keyword, isCode) in KeywordValues(context.Index))
        {
            if (!found.Overlaps(span))
            {
                found.Add(span);
                ReportValue(context, span, keyword, isCode);
            }
        }
    }

    private static void ReportKey(AnalysisContext context, DisjointSpans found, TextSpan span, string name)
    {
        if (found.Overlaps(span))
        {
            return;
        }

        found.Add(span);
        context.Report(
            Rule,
            span,
            context.Localize(
                $"Dit lijkt een geheime sleutel ({name}): '{Mask(context.Text[span.Start..span.End])}'. Wie hem leest, kan ermee inloggen op systemen van de organisatie; trek de sleutel in en plaats hem nooit openbaar.",
                $"This looks like a secret key ({name}): '{Mask(context.Text[span.Start..span.End])}'. Anyone who reads it can use it to get into the organisation's systems; revoke it and never post it publicly."),
            Removal(context, span));
    }

    private static void ReportValue(AnalysisContext context, TextSpan span, string keyword, bool isCode)
    {
        var value = Mask(context.Text[span.Start..span.End]);
        context.Report(
            Rule,
            span,
            isCode
                ? context.Localize(
                    $"Toegangscode gedeeld: '{keyword}' is '{value}'. Met een code in een openbaar bericht kan iedereen de deur, kast of het systeem openen; verwijder hem en laat de code wijzigen.",
                    $"Access code shared: the {keyword} is '{value}'. A code in a public post lets anyone open the door, cabinet or system; remove it and have the code changed.")
                : context.Localize(
                    $"Wachtwoord gedeeld: '{keyword}' is '{value}'. Een wachtwoord in een openbaar bericht geeft iedereen toegang; verwijder het en laat het wijzigen.",
                    $"Password shared: the {keyword} is '{value}'. A password in a public post gives anyone access; remove it and have it changed."),
            Removal(context, span));
    }

    private static CodeFix Removal(AnalysisContext context, TextSpan span) =>
        CodeFix.Replace(context.Localize("Verwijder het geheim", "Remove the secret"), span, context.Localize("[verwijderd]", "[removed]"));

    // Messages end up in CI logs and code-scanning alerts: show enough of the secret to find it, not to use it.
    private static string Mask(string secret) => secret.Length <= 6 ? secret[..1] + "…" : secret[..4] + "…";

    private static IEnumerable<(TextSpan Span, string Keyword, bool IsCode)> KeywordValues(PostIndex index)
    {
        foreach (var (start, end, keyword, kind) in CredentialWords(index))
        {
            // A code typed in may stand before the verb: "gewoon 2580 intoetsen bij de deur".
            var secret = (kind == "keyin" ? CodeBefore(index, start) : null) ?? SecretAfter(index.Text, end, kind == "keyin" ? "cue" : kind);
            if (secret is { } span)
            {
                yield return (span, keyword, kind is "code" or "cue" or "keyin");
            }
        }
    }

    // The first value in the credential word's clause that looks like the secret: right after the word
    // ("wachtwoord test123"), after "is", ":" or "=" ("... is nu Lente2026#"), or after "user /"
    // ("theatre / Theatre2025"). Values without "is", ":" or "=" must contain a digit to count. A clause that ends in
    // a question is answered in the next one: "Code van de medicijnkamer? 5502", "What's the wifi password? It's ...".
    private static TextSpan? SecretAfter(string text, int end, string kind)
    {
        // Only the clause after the word is searched, and never more than MaxClause characters of it: a window copied
        // from the start of the post, or a search for the clause's end running to the end of the post, cost the
        // length of the post for every credential word. A "." that ends the search range is no clause end, but it
        // cuts the window where MaxClause would have.
        var clause = ClauseEnd().Match(text, end, Math.Min(MaxClause, text.Length - end));
        var window = text.Substring(end, (clause.Success ? clause.Index + 1 : Math.Min(text.Length, end + MaxClause)) - end);
        if (SecretIn(window, end, kind, answer: false) is { } secret)
        {
            return secret;
        }

        if (!clause.Success || text[clause.Index] != '?' || kind is "abbreviation" or "pass")
        {
            return null;
        }

        var lead = AnswerLead().Match(text, clause.Index + 1, Math.Min(MaxClause, text.Length - clause.Index - 1));
        var start = lead.Index + lead.Length;
        var answerEnd = ClauseEnd().Match(text, start, Math.Min(MaxClause, text.Length - start));
        return SecretIn(text.Substring(start, (answerEnd.Success ? answerEnd.Index + 1 : Math.Min(text.Length, start + MaxClause)) - start), start, kind, answer: true);
    }

    // The value in a window that starts where the credential word (or the question's answer) starts. An answer states
    // the value, so it counts as if "is" stood before it.
    private static TextSpan? SecretIn(string window, int offset, string kind, bool answer)
    {
        var adjacent = (answer ? AnswerValue() : Adjacent()).Match(window);
        var candidates = adjacent.Success ? [adjacent, .. Candidates(window)] : Candidates(window);
        foreach (var candidate in candidates)
        {
            var symbol = candidate.Groups["symbol"].Success;
            var strict = !symbol && !candidate.Groups["verb"].Success && !(answer && candidate == adjacent);

            // "ww" is also the unemployment benefit ("in de WW"), "pass" an ordinary verb: only "ww:", "ww=" or "ww Welkom01" count.
            // An account is named as "user / password" ("poli.cardio / Hartje123"); its "is" introduces the user name.
            if ((kind is "abbreviation" or "pass" && !symbol && !strict) || (kind == "account" && !IsAccountSlash(window, candidate.Groups["slash"])))
            {
                continue;
            }

            var group = candidate.Groups["value"];
            var value = group.Value.TrimEnd('.', ',', ';', ':', ')', ']', '}', '?', '"', '\'', '\u201D', '\u2019', '\u00BB');
            var quoted = candidate.Groups["quote"].Length > 0;
            if (value.Length > 0 && (kind is "code" or "cue" ? LooksLikeCode(value, strict) : LooksLikePassword(value, strict, quoted)))
            {
                return new TextSpan(offset + group.Index, offset + group.Index + value.Length);
            }
        }

        return null;
    }

    // "poli / Welkom01", not the slashes of a link ("log in op http://192.168.10.24:8080/epd").
    private static bool IsAccountSlash(string window, Group slash) =>
        slash.Success && (slash.Index == 0 || window[slash.Index - 1] is not (':' or '/')) && (slash.Index + 1 >= window.Length || window[slash.Index + 1] != '/');

    private static IEnumerable<Match> Candidates(string window)
    {
        for (var match = Connector().Match(window); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }

    // Where the credential word starts, where its value may start, and the words shown in the message.
    private static IEnumerable<(int Start, int End, string Keyword, string Kind)> CredentialWords(PostIndex index)
    {
        var text = index.Text;
        var keywords = index.Matches(Keywords);
        foreach (var match in keywords)
        {
            var kind = match.Term.Column(0) ?? "secret";
            switch (kind)
            {
                // "code" or "gaat open met" says nothing until a lock stands next to it: "de code van de medicijnkast is",
                // "de sleutelkast gaat open met", "wie de medicijnkamer in moet: code blijft". After "code van de
                // medicijnkast" the value follows the lock, so the search starts there.
                case "cue" or "keyin":
                    if (LockedObjectNear(index, match) is { } lockSpan)
                    {
                        // A typed-in code stands next to its verb ("toets 4402 in bij de kluis"), not after the lock.
                        var end = kind == "keyin" ? match.Span.End : Math.Max(match.Span.End, lockSpan.End);
                        yield return (match.Span.Start, end, text[Math.Min(match.Span.Start, lockSpan.Start)..end], kind);
                    }

                    break;

                // "pass" is an ordinary English word; after "user ward7" it is the password of a shared login.
                case "pass" when !keywords.Any(k => k.Term.Column(0) == "user" && k.Span.End <= match.Span.Start && SameSentence(index, k.Span.Start, match.Span.Start)):
                case "user" or "other" or "link":
                    break;
                default:
                    yield return (match.Span.Start, match.Span.End, text[match.Span.Start..match.Span.End], kind);
                    break;
            }
        }
    }

    // The code right before a typing verb: "2580 intoetsen", "1357 invoeren".
    private static TextSpan? CodeBefore(PostIndex index, int verb)
    {
        var at = index.FirstTokenAtOrAfter(verb) - 1;
        if (at < 0)
        {
            return null;
        }

        var before = index.Tokens[at];
        return before.Value is { } value && index.Text.AsSpan(before.Span.End, verb - before.Span.End).IsWhiteSpace() && LooksLikeCode(value, strict: true)
            ? before.Span
            : null;
    }

    // The lock nearest to the cue within a few words on either side, in the same sentence.
    private static TextSpan? LockedObjectNear(PostIndex index, TermMatch cue)
    {
        const int Words = 8;
        var tokens = index.Tokens;
        var sentence = index.SentenceContaining(cue.Span.Start);
        var from = Math.Max(sentence.Start, tokens[Math.Max(0, cue.FirstToken - Words)].Span.Start);
        var to = Math.Min(sentence.End, tokens[Math.Min(tokens.Count - 1, cue.FirstToken + cue.TokenCount - 1 + Words)].Span.End);
        var locks = index.MatchesIn(LockedObjects, from, to).Where(l => !l.Span.Overlaps(cue.Span)).ToList();
        return locks.Count == 0 ? null : locks.MinBy(l => Math.Min(Math.Abs(l.Span.Start - cue.Span.End), Math.Abs(cue.Span.Start - l.Span.End))).Span;
    }

    // "one-time link", "verloopt vanavond", "reset link": the link itself is the key.
    private static bool SaidToGiveAccess(PostIndex index, TextSpan url)
    {
        var sentence = index.SentenceContaining(url.Start);
        return index.MatchesIn(Keywords, sentence.Start, sentence.End).Any(m => m.Term.Column(0) == "link");
    }

    // A share or reset link carries its key in a path segment or query value: "/s/Ab12Cd34Ef56", "?k=9xQ2Lm7Pz".
    private static bool HasRandomPart(string url) =>
        url.Split('/', '?', '&', '=', '#').Skip(3).Any(part => part.Length >= 8 && (LooksRandom(part) || (part.Any(char.IsUpper) && part.Any(char.IsLower) && part.Any(char.IsAsciiDigit))));

    private static bool SameSentence(PostIndex index, int first, int second) => index.SentenceContaining(first) == index.SentenceContaining(second);

    private static bool LooksLikePassword(string value, bool strict, bool quoted)
    {
        if (value.Length < 4 || IsPlaceholderOrLink(value) || DateOrTime().IsMatch(value))
        {
            return false;
        }

        var letters = value.Count(char.IsLetter);
        var digits = value.Count(char.IsAsciiDigit);
        var symbols = value.Count(IsPasswordSymbol);
        var innerCapital = value.Skip(1).Any(char.IsUpper) && value.Any(char.IsLower);
        if (strict)
        {
            return digits > 0 && letters + symbols > 0;
        }

        return quoted || (letters > 0 && digits > 0) || (symbols > 0 && letters + digits > 2) || (digits >= 4 && letters == 0) || innerCapital;
    }

    // Symbols people put in passwords are printable ASCII; curly quotes and replacement characters are not.
    private static bool IsPasswordSymbol(char c) => c is > ' ' and < '\u007F' && !char.IsAsciiLetterOrDigit(c);

    private static bool LooksLikeCode(string value, bool strict)
    {
        var digits = value.Count(char.IsAsciiDigit);
        if (value.Length > 12 || digits < 3 || IsPlaceholderOrLink(value) || DateOrTime().IsMatch(value) || value.Count(char.IsLetter) > 3)
        {
            return false;
        }

        // Without "is" or ":" a four-digit number may be a year ("toegangscode 2026 aanvragen").
        return !strict || (digits >= 4 && !(value.Length == 4 && value[0] is '1' or '2' && value[1] is '9' or '0'));
    }

    // "[verwijderd]", "****", "xxxx", a link or an e-mail address are not secrets themselves.
    private static bool IsPlaceholderOrLink(string value) =>
        value[0] is '[' or '<' or '{' or '('
        || value.All(c => c is '*' or 'x' or 'X' or '\u2022' or '.')
        || value.Contains("://", StringComparison.Ordinal)
        || value.Contains("&#", StringComparison.Ordinal)
        || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (value.Contains('@', StringComparison.Ordinal) && value.Contains('.', StringComparison.Ordinal));

    // Keys are random: more than ~3.5 bits per character and both letters and digits.
    private static bool LooksRandom(string value)
    {
        if (!value.Any(char.IsLetter) || !value.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var entropy = value.GroupBy(c => c).Sum(g =>
        {
            var p = (double)g.Count() / value.Length;
            return -p * Math.Log2(p);
        });
        return entropy >= 3.5;
    }

    [GeneratedRegex(@"(?:\s*(?<symbol>[:=])\s*|\s+(?<verb>is|was|blijft|luidt|wordt|remains|becomes)(?:\s+(?:nog\s+steeds|nog\s+altijd|sinds\s+kort|gewoon|nu|weer|tijdelijk|voortaan|still|now|just|again|temporarily|simply|currently))*\s+|\s*(?<slash>/)\s*)(?<quote>[""'\u201C\u2018]?)(?<value>\d(?:[ -]\d){3,7}(?![\w-])|[^\s""'\u201C\u201D\u2018\u2019/]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Connector();

    [GeneratedRegex(@"\G\s+(?<quote>)(?<value>\d(?:[ -]\d){3,7}(?![\w-])|[^\s""'\u201C\u201D\u2018\u2019/]+)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Adjacent();

    // What opens an answer before its value: "? 5502", "? It's Nightshift!77", "? Gewoon 2580", "? Nu: 4471".
    [GeneratedRegex(@"\G\s*(?:(?:it[’']?s|it\s+is|that[’']?s|het\s+is|dat\s+is|[’']t\s+is|is|gewoon|simpelweg|nog\s+steeds|nu|weer|just|simply|still|now|easy)\b[\s:,!]*)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AnswerLead();

    [GeneratedRegex(@"\G(?<quote>[""'\u201C\u2018]?)(?<value>\d(?:[ -]\d){3,7}(?![\w-])|[^\s""'\u201C\u201D\u2018\u2019/]+)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AnswerValue();

    // A link that carries its own key: "?pwd=Xy7kLm", "&token=...", "?key=9xQ2Lm" (letters and digits, at least six).
    [GeneratedRegex(@"[?&](?:access_?token|token|api_?key|key|pwd|passw(?:or)?d|pass|otp|sig|signature|auth)=(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{6,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SecretQuery();

    [GeneratedRegex(@"[.!?;](?=\s|$)|\n", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"^(?:\d{1,2}[:.]\d{2}|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|[€£$]\S*|\d+(?:[.,]\d+)?%)$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"\b[sr]k_live_[0-9A-Za-z]{20,}\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AiApiKey();

    [GeneratedRegex(@"\bglpat-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GitLabToken();

    [GeneratedRegex(@"\bnpm_[A-Za-z0-9]{36}\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SendGridKey();

    // Whoever has an incoming-webhook URL can post into the team's channel as the app.
    [GeneratedRegex(@"https://(?:hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/_-]{20,}|(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]{20,}|[A-Za-z0-9-]+\.webhook\.office\.com/webhookb2/[A-Za-z0-9@/_-]{20,})", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WebhookUrl();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|$)", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PrivateKeyBlock();

    // A key-like name with ":" or "=" (config lines, curl commands) or an HTTP bearer token.
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?:(?:[A-Za-z0-9]+_)*(?<name>api[_-]?key|apikey|secret|client[_-]?secret|access[_-]?token|auth[_-]?token|token|key)[""']?\s*[:=]\s*[""']?|(?<name>bearer)\s+)(?<value>[A-Za-z0-9_\-+/=.]{16,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AssignedSecret();
}
