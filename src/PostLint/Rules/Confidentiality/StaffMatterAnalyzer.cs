using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3006: a staff matter about an identifiable colleague: sickness or burn-out, suspension, dismissal,
/// a disciplinary case or investigation, or their pay ("collega Marieke zit thuis met een burn-out",
/// "onze OK-assistent is geschorst", "the new band 7 is on £52k"). News about a profession
/// ("veel verpleegkundigen hebben een burn-out"), collective agreements and pay scales, vacancy
/// salaries, and the author's own sick leave stay silent.
/// </summary>
internal sealed partial class StaffMatterAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL3006",
        "Staff matter about a colleague",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A6/A8 (respect, gedragsregels werkgever); ANA-SN2011-T4 (no remarks about co-workers); GMC-GMP24-§48; SFZ Beroepsgeheim",
        "A colleague's health, sick leave, suspension, disciplinary case or salary is confidential personnel information, and public gossip about it harms them.");

    private const int LookBack = 12;

    // Below a month's pay an amount is a price, a fee or a bonus voucher, not a salary.
    private const decimal MinimumPay = 1000;

    private static readonly Lazy<TermMatcher> Predicates = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/staff-predicates.tsv")));
    private static readonly Lazy<TermMatcher> GeneralPay = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/pay-general.txt")));

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "been", "being", "be", "got", "get", "gets", "s", "has", "have", "had",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var tokens = context.Index.Tokens;
        if (tokens.Count == 0)
        {
            return;
        }

        var colleagues = new ColleagueReferences(context, tokens);
        var sentences = SentenceOf(context.Text, tokens);
        var reported = new DisjointSpans();
        foreach (var match in Predicates.Value.Matches(tokens))
        {
            if (IsDischarge(tokens, match))
            {
                continue;
            }

            var isVerb = match.Term.Column(1) == "verb";
            var passive = match.FirstToken > 0 && Auxiliaries.Contains(tokens[match.FirstToken - 1].Normalized);
            var next = match.FirstToken + match.TokenCount;
            var subject = isVerb && !passive
                ? colleagues.FindObject(next)
                : colleagues.FindSubject(match.FirstToken, LookBack, sentences[match.FirstToken]);

            // "de tuchtklacht tegen onze anesthesioloog", "the investigation into our registrar"
            if (subject is null && next + 1 < tokens.Count && tokens[next].Normalized is "tegen" or "against" or "into" or "van" or "of")
            {
                subject = colleagues.FindObject(next + 1);
            }

            if (subject is { } found)
            {
                Report(context, reported, new TextSpan(Math.Min(found.Start, match.Span.Start), Math.Max(found.End, match.Span.End)), match.Term.Column(0));
            }
        }

        ReportPay(context, tokens, colleagues, sentences, reported);
    }

    // In Dutch "ontslagen" is also what happens to a patient going home: "ontslagen uit het ziekenhuis", "ontslagen naar huis".
    private static bool IsDischarge(IReadOnlyList<Token> tokens, TermMatch match)
    {
        var next = match.FirstToken + match.TokenCount;
        return match.Term.Term == "ontslagen" && tokens.Skip(next).Take(2).Any(t => t.Normalized is "uit" or "naar");
    }

    // One finding per clause: "has been suspended pending an investigation" is one matter, not two.
    private static void Report(AnalysisContext context, DisjointSpans reported, TextSpan span, string? kind)
    {
        if (!reported.Overlaps(span))
        {
            reported.Add(span);
            context.Report(Rule, span, Message(context, kind, context.Text[span.Start..span.End]));
        }
    }

    private static void ReportPay(AnalysisContext context, IReadOnlyList<Token> tokens, ColleagueReferences colleagues, (int First, int Last)[] sentences, DisjointSpans reported)
    {
        if (GeneralPay.Value.Matches(tokens).Count > 0)
        {
            return;
        }

        // What a sentence says about pay is read once per sentence, not once per amount in it.
        var payWords = new Dictionary<(int First, int Last), (bool Pay, bool Receives)>();
        foreach (Match amount in Amount().Matches(context.Text))
        {
            var index = TokenAt(tokens, amount.Index);
            if (index < 0 || Value(amount) < MinimumPay || !IsSalary(context.Text, amount, PayWordsOf(tokens, sentences[index], payWords))
                || colleagues.FindSubject(index, LookBack, sentences[index]) is not { } subject)
            {
                continue;
            }

            Report(context, reported, new TextSpan(subject.Start, amount.Index + amount.Length), "pay");
        }
    }

    // A sum of pay: a pay word in the sentence ("verdient", "salary", "bruto"), "is on £52k" / "zit op € 4.000",
    // or getting an amount per month or year.
    private static bool IsSalary(string text, Match amount, (bool Pay, bool Receives) sentence)
    {
        var before = text.AsSpan(0, amount.Index).TrimEnd();
        if (before.EndsWith(" is on", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" zit op", StringComparison.OrdinalIgnoreCase) || sentence.Pay)
        {
            return true;
        }

        // "zij krijgt € 6.000 per maand", "he makes £90,000 a year"; not "spending $18,972 a month".
        return sentence.Receives && PayPeriod().IsMatch(text, amount.Index + amount.Length);
    }

    private static (bool Pay, bool Receives) PayWordsOf(IReadOnlyList<Token> tokens, (int First, int Last) sentence, Dictionary<(int First, int Last), (bool Pay, bool Receives)> known)
    {
        if (known.TryGetValue(sentence, out var words))
        {
            return words;
        }

        for (var i = sentence.First; i <= sentence.Last; i++)
        {
            words.Pay |= tokens[i].Normalized is "verdient" or "verdiende" or "verdienen" or "earns" or "earned" or "earning" or "salaris" or "salary" or "loon" or "bruto" or "netto" or "paid" or "betaald" or "bonus";
            words.Receives |= tokens[i].Normalized is "krijgt" or "kreeg" or "gets" or "got" or "makes" or "made" or "pockets" or "incasseert";
        }

        known[sentence] = words;
        return words;
    }

    private static decimal Value(Match amount)
    {
        var number = amount.Groups["number"].Value;
        var cents = Cents().Match(number);
        var whole = new string((cents.Success ? number[..cents.Index] : number).Where(char.IsAsciiDigit).ToArray());
        var value = decimal.Parse(whole, System.Globalization.CultureInfo.InvariantCulture);
        return amount.Groups["k"].Success ? value * 1000 : value;
    }

    // The first token that ends after the offset, or -1.
    private static int TokenAt(IReadOnlyList<Token> tokens, int offset) =>
        SortedOffsets.CountBefore(tokens, t => t.Span.End, offset + 1) is var index && index < tokens.Count ? index : -1;

    // For every token, the first and last token of its sentence.
    private static (int First, int Last)[] SentenceOf(string text, IReadOnlyList<Token> tokens)
    {
        var result = new (int First, int Last)[tokens.Count];
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var endsSentence = i + 1 == tokens.Count || EndsSentence(text, tokens[i], tokens[i + 1]);
            if (endsSentence)
            {
                for (var k = first; k <= i; k++)
                {
                    result[k] = (first, i);
                }

                first = i + 1;
            }
        }

        return result;
    }

    // A full stop ends a sentence, except inside a number (9.400) or after a title (Dr. Reeves).
    private static bool EndsSentence(string text, Token current, Token next)
    {
        var gap = text[current.Span.End..next.Span.Start];
        if (!SentenceBreak().IsMatch(gap))
        {
            return false;
        }

        var inNumber = gap.Length == 1 && current.IsNumber && next.IsNumber;
        var afterTitle = gap.StartsWith('.') && current.Normalized is "dr" or "drs" or "mr" or "mrs" or "ms" or "mw" or "mevr" or "dhr" or "prof" or "st" or "ir";
        return !inNumber && !afterTitle;
    }

    private static string Message(AnalysisContext context, string? kind, string quote) => kind switch
    {
        "sick" => context.Localize(
            $"'{quote}': de gezondheid en het ziekteverzuim van een collega zijn vertrouwelijk. Ook zonder achternaam herkennen collega's en patiënten wie je bedoelt.",
            $"'{quote}': a colleague's health and sick leave are confidential. Even without a surname, colleagues and patients know who you mean."),
        "pay" => context.Localize(
            $"'{quote}': het salaris van een herkenbare collega is vertrouwelijke personeelsinformatie. Bespreek beloning via de OR of de cao, niet met iemands bedrag online.",
            $"'{quote}': an identifiable colleague's pay is confidential personnel information. Raise pay through the union or the pay scales, not with someone's figure online."),
        _ => context.Localize(
            $"'{quote}': een schorsing, ontslag, tuchtzaak of onderzoek naar een collega is een vertrouwelijke personeelszaak. Publiek erover schrijven schaadt de collega en mogelijk het onderzoek.",
            $"'{quote}': a colleague's suspension, dismissal, disciplinary case or investigation is a confidential personnel matter. Posting about it harms the colleague and possibly the investigation."),
    };

    [GeneratedRegex(@"^[^\p{L}\p{N}]*[.!?\n]", RegexOptions.None, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(?:[€£$]\s?|\b(?:EUR|GBP)\s?)(?<number>\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?)(?<k>\s?[kK]\b)?|\b(?<number>\d{1,3}(?:[.,]\d{3})+)\s?(?:euro|pond|pounds)\b", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Amount();

    [GeneratedRegex(@"[.,]\d{1,2}$", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Cents();

    [GeneratedRegex(@"\G\s*(?:bruto\s+|netto\s+|gross\s+)?(?:per\s+(?:maand|jaar|month|year|annum)|a\s+(?:month|year)|p/?[mj]\b|pa\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PayPeriod();
}
