using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3005: research results shared before publication: the post says so ("nog niet gepubliceerd",
/// "unpublished data"), or gives figures from early or interim results, or from "our data show ...",
/// with no sign that they are out. Published results (a DOI, a link, "gepubliceerd in"), announcements
/// that results will be published, and calls for participants stay silent.
/// </summary>
internal sealed partial class UnpublishedResultsAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL3005",
        "Unpublished research results",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A8 (gedragsregels werkgever); GMC-GMP24-§89 (accurate, complete information); SFZ Beroepsgeheim",
        "Results shared before publication can break a journal embargo or trial agreement and spread figures that have not been peer reviewed.");

    private static readonly Lazy<TermMatcher> Phrases = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/unpublished.tsv")));
    private static readonly Lazy<TermMatcher> ResearchWords = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/research-words.txt")));

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        if (Preprint().IsMatch(text))
        {
            // A preprint is public: the results are out, peer review or not.
            return;
        }

        var published = IsPublished(context);
        foreach (var match in Phrases.Value.Matches(text))
        {
            // "Nog niet gepubliceerd" about a novel or a policy is not about results.
            var figure = HasFigureNear(text, match.Span);
            var stated = match.Term.Column(0) == "stated" && (ResearchWords.Value.Matches(text).Count > 0 || figure);

            // "Never share unpublished data", "deel geen ongepubliceerde resultaten": advice about results, which shares none.
            if (!figure && IsProhibition(context.Index, match.Span))
            {
                continue;
            }

            if (stated || (!published && figure))
            {
                Report(context, match.Span, stated);
            }
        }

        if (published)
        {
            return;
        }

        foreach (Match match in OwnResultsShow().Matches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (HasFigureNear(text, span) && !context.ReportedSoFar.Any(d => d.Descriptor == Rule && d.Span.Overlaps(span)))
            {
                Report(context, span, stated: false);
            }
        }
    }

    private static void Report(AnalysisContext context, TextSpan span, bool stated)
    {
        var phrase = context.Text[span.Start..span.End];
        context.Report(
            Rule,
            span,
            stated
                ? context.Localize(
                    $"'{phrase}': je deelt resultaten die nog niet gepubliceerd zijn. Dat kan een embargo van het tijdschrift of afspraken in de studie breken, en de cijfers zijn nog niet getoetst; wacht tot de publicatie.",
                    $"'{phrase}': you are sharing results that are not yet published. That can break a journal embargo or the study's agreements, and the figures have not been peer reviewed; wait for publication.")
                : context.Localize(
                    $"'{phrase}' met cijfers, zonder publicatie: voorlopige studieresultaten horen niet online vóór ze gepubliceerd zijn (embargo, afspraken in de studie, nog niet getoetst). Verwijs naar de publicatie zodra die er is.",
                    $"'{phrase}' with figures and no publication: early study results do not belong online before they are published (embargo, study agreements, no peer review yet). Link to the paper once it is out."));
    }

    // A DOI, any link (or "link below"), a lifted embargo, a journal named as where the study is, or a
    // past-tense "published in" says the results are out; "will be published" does not.
    private static bool IsPublished(AnalysisContext context) =>
        context.EntitiesOf(EntityType.Url).Any() || PublishedEvidence().IsMatch(context.Text) || PublicationPointer().IsMatch(context.Text);

    // A sentence that opens with a prohibition ("Never ...", "Don't ...", "Deel geen ...", "Post niet ...") is advice; one
    // that opens with a subject or "can't" ("We can't share the unpublished data yet") speaks of results the author has.
    private static bool IsProhibition(PostIndex index, TextSpan span)
    {
        var first = index.FirstTokenAtOrAfter(index.SentenceContaining(span.Start).Start);
        var phrase = index.FirstTokenAtOrAfter(span.Start);
        if (first >= phrase)
        {
            return false;
        }

        var opener = index.Tokens[first].Normalized;
        return ProhibitionOpeners.Contains(opener)
            || (opener == "do" && first + 1 < phrase && index.Tokens[first + 1].Normalized == "not")
            || (SharingImperatives.Contains(opener) && first + 1 < phrase && index.IsNegator(first + 1));
    }

    private static readonly HashSet<string> ProhibitionOpeners = new(StringComparer.Ordinal) { "never", "nooit", "don't", "dont", "don" };

    private static readonly HashSet<string> SharingImperatives = new(StringComparer.Ordinal)
    {
        "deel", "post", "plaats", "zet", "stuur", "publiceer", "tweet", "share", "publish", "upload",
    };

    // A figure in the same sentence or the next one: a percentage, "38 van de 40", n=, p-values, ratios.
    private static bool HasFigureNear(string text, TextSpan span)
    {
        var start = SentenceStart(text, span.Start);
        var end = SentenceEnd(text, SentenceEnd(text, span.End) + 1);
        return Figure().IsMatch(text[start..end]);
    }

    private static int SentenceStart(string text, int index)
    {
        var i = Math.Min(index, text.Length) - 1;
        while (i >= 0 && !IsSentenceEnd(text, i))
        {
            i--;
        }

        return i + 1;
    }

    private static int SentenceEnd(string text, int index)
    {
        var i = index;
        while (i < text.Length && !IsSentenceEnd(text, i))
        {
            i++;
        }

        return Math.Min(i, text.Length);
    }

    // A full stop between digits (9.400, 0.05) does not end a sentence.
    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is '!' or '?' or '\n'
        || (text[i] == '.' && !(i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])));

    [GeneratedRegex(@"\b(?:our|onze?|mijn|my)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:data|results|resultaten|cijfers|uitkomsten|findings|bevindingen|trial|rct|studie|study|pilot|onderzoek|analyse|analysis|audit)(?:\s+[\p{L}\d-]+){0,5}?\s+(?:laten\s+zien|laat\s+zien|tonen|toont|show|shows|showed|suggest|suggests|suggereren|suggereert|wijzen\s+op|wijst\s+op|point\s+to|points\s+to|reveal|reveals|indicate|indicates)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OwnResultsShow();

    [GeneratedRegex(@"\d\s?%|\b\d+\s+(?:van\s+de|van|op\s+de|of|out\s+of|in)\s+\d+\b|\bn\s?=\s?\d|\bp\s?[<=>]\s?0?[.,]\d|\b(?:HR|OR|RR)\s?[=:]?\s?\d|\b\d+(?:[.,]\d+)?\s?(?:x|keer|times|fold)\b|\b(?:halvering|verdubbeling|halved|doubled)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\bdoi\b|\b10\.\d{4,9}/|\bpubmed\b|(?<!\b(?:nog\s+niet|niet|not\s+yet|not|will\s+be|to\s+be|wordt|worden|zal|zullen)\s+)\b(?:gepubliceerd|verschenen|published|appeared)\s+(?:in|vandaag|today|gisteren|yesterday|op|on|online)\b|\bvandaag\s+(?:is\s+)?gepubliceerd\b|\b(?:is|zijn|werd|werden|was|were|has\s+been|have\s+been|just|recently|net)\s+(?:gepubliceerd|published|verschenen|out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PublishedEvidence();

    [GeneratedRegex(@"\b(?:preprint|medrxiv|biorxiv|arxiv|researchsquare|ssrn)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Preprint();

    [GeneratedRegex(@"\blink\s+(?:below|hieronder|in\s+(?:my\s+|de\s+|the\s+)?(?:bio|comments|reacties|eerste\s+reactie|first\s+comment))\b|\bembargo\s+(?:(?:is\s+|has\s+been\s+)?(?:lifted|opgeheven|verlopen|voorbij))\b|\b(?:out\s+now|nu\s+online|now\s+online)\b|\b(?:NEJM|Lancet|BMJ|JAMA|NTvG|Nature|Circulation)\s+(?:study|paper|article|artikel|studie|publicatie|publication)\b|\b(?:published\s+in|verschenen\s+in|gepubliceerd\s+in)\s+(?:the\s+|het\s+|de\s+)?\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PublicationPointer();
}
