using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3004: the post carries a marker saying its content is not for the public: an embargo, "alleen
/// intern", "strictly confidential", "niet verspreiden", "staff will be told next week", "niemand mag het
/// weten". Posts about confidentiality ("vertrouwelijkheid is de basis van zorg", "we respect patient
/// confidentiality"), advice ("do not share your password"), quoted labels and lifted embargoes stay silent.
/// </summary>
internal sealed class ConfidentialMarkerAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "PL3004",
        "Embargo or internal-only marker",
        DiagnosticCategory.Confidentiality,
        DiagnosticSeverity.Warning,
        "KNMG Artsen en social media A8 (gedragsregels werkgever); SFZ Beroepsgeheim (geen vertrouwelijke informatie uit je werk); AHPRA-SM2019-B2",
        "A post that says its own content is embargoed, internal or not to be shared should not be posted.");

    private static readonly Lazy<TermMatcher> Markers = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/markers.tsv")));
    private static readonly Lazy<string[]> ConfidentialNouns = new(() => [.. Lexicon.Load("lexicons/confidentiality/confidential-nouns.txt").Select(e => Tokenizer.Normalize(e.Term))]);

    // Words around "embargo" that say it is over ("embargo lifted", "het embargo is verlopen").
    private static readonly HashSet<string> EmbargoOver = new(StringComparer.Ordinal)
    {
        "lifted", "opgeheven", "verlopen", "voorbij", "expired", "ended", "over", "eraf", "vervallen", "afgelopen",
    };

    // Words just before "embargo" that place the post after it ("na het embargo", "after the embargo").
    private static readonly HashSet<string> AfterEmbargo = new(StringComparer.Ordinal) { "after", "na", "post", "since", "sinds" };

    // Pronouns that point at the post itself ("dit is vertrouwelijk", "it's confidential"); "that"/"dat" are left out
    // because they also open relative clauses ("information that is confidential").
    private static readonly HashSet<string> ThisPost = new(StringComparer.Ordinal) { "dit", "this", "het", "it", "deze" };

    // Verbs that link the pronoun to "confidential": "is", "it's", "blijft", "moet ... blijven", "must remain".
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "s", "blijft", "blijven", "moet", "must", "should", "stays", "stay", "remains", "remain", "be", "zijn", "was",
    };

    // Adverbs that may stand between the verb and "confidential" ("dit is echt nog vertrouwelijk").
    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "echt", "wel", "nog", "even", "heel", "zeer", "graag", "really", "very", "still", "totally", "absolutely", "completely", "volledig", "helemaal",
    };

    // Verbs that make "this" their object: "keep this confidential", "houd dit vertrouwelijk", "dit vertrouwelijk behandelen".
    private static readonly HashSet<string> KeepVerbs = new(StringComparer.Ordinal) { "keep", "houd", "hou", "houden", "treat", "behandel", "behandelen" };

    // Words that turn a marker into advice or a negation ("deel geen vertrouwelijke stukken", "never forward confidential papers").
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "geen", "nooit", "never", "no", "not", "nor", "zonder", "without", "avoid", "vermijd",
    };

    // "How to write an internal memo", "sjabloon voor een interne memo": the document as a genre, not a source.
    private static readonly HashSet<string> WritingWords = new(StringComparer.Ordinal)
    {
        "write", "writing", "schrijf", "schrijven", "template", "templates", "sjabloon", "format", "opstellen",
    };

    // After "niet delen"/"do not share" these still leave the plea about this post itself.
    private static readonly HashSet<string> ClauseParticles = new(StringComparer.Ordinal)
    {
        "he", "hoor", "svp", "aub", "please", "pls", "plz", "yet", "nog", "buiten", "outside", "verder", "further", "extern", "externally",
        "publicly", "openbaar", "beyond", "ok", "oke", "okay", "thanks", "bedankt", "graag", "x", "xx",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override IEnumerable<WordList> WordLists { get; } = [UnannouncedNews.Words];

    private static bool IsAboutWriting(IReadOnlyList<Token> tokens, TermMatch match) =>
        Enumerable.Range(Math.Max(0, match.FirstToken - 3), Math.Min(3, match.FirstToken)).Any(k => WritingWords.Contains(tokens[k].Normalized));

    public override void Analyze(AnalysisContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        var reported = new DisjointSpans();
        foreach (var match in Markers.Value.Matches(tokens))
        {
            var kind = match.Term.Column(0);
            var fires = kind switch
            {
                "embargo" => !IsEmbargoOver(tokens, match),
                "embargo label" => IsLabel(text, tokens[match.FirstToken], match.Span) && !IsEmbargoOver(tokens, match),
                "confidential" => IsConfidentialLabel(text, tokens, match) && !IsNegated(tokens, match),
                "incident" => IsSpecificReport(tokens, match),
                "leak" => !IsNegated(tokens, match) && !IsAboutWriting(tokens, match),
                "noshare" => EndsClause(text, tokens, match) && !FollowsQuestion(text, match.Span.Start) && !IsNegated(tokens, match),
                _ => true,
            };
            if (!fires || IsQuoted(text, match.Span))
            {
                continue;
            }

            reported.Add(match.Span);
            var marker = text[match.Span.Start..match.Span.End];
            context.Report(Rule, match.Span, Message(context, kind, marker));
        }

        // Free wording of the same: "wordt pas in september bekendgemaakt", "you heard it here first".
        if (UnannouncedNews.Find(context.Index) is { } news && !reported.Overlaps(news))
        {
            context.Report(Rule, news, Message(context, "unannounced", text[news.Start..news.End]));
        }
    }

    private static string Message(AnalysisContext context, string? kind, string marker) => kind switch
    {
        "embargo" or "embargo label" => context.Localize(
            $"'{marker}': wat onder embargo staat, mag pas na afloop van het embargo naar buiten. Wacht met plaatsen tot het embargo voorbij is.",
            $"'{marker}': embargoed news may only go out once the embargo ends. Wait until it is lifted before posting."),
        "unannounced" => context.Localize(
            $"'{marker}': dit nieuws is nog niet bekendgemaakt aan wie het aangaat. Een bericht dat de officiële communicatie vóór is, lekt interne informatie.",
            $"'{marker}': this news has not been announced to the people it concerns. A post that runs ahead of the official communication leaks internal information."),
        "incident" => context.Localize(
            $"'{marker}': een interne incident- of klachtmelding. Wat erin staat en hoe ermee wordt omgegaan, is vertrouwelijk; bespreek het via de melder, de commissie of de OR, niet online.",
            $"'{marker}': an internal incident or complaint report. Its content and handling are confidential; raise it through the reporting line, the committee or the union, not online."),
        "leak" => context.Localize(
            $"'{marker}': dit komt uit interne stukken. Wat in een memo, de OR-stukken of de notulen staat, is niet voor het publiek; volg de regels van je werkgever.",
            $"'{marker}': this comes from internal papers. What is in a memo, board papers or minutes is not for the public; follow your employer's rules."),
        "secrecy" => context.Localize(
            $"'{marker}': je schrijft zelf dat dit niet naar buiten mag. Wat binnen de organisatie geheim is, hoort niet in een openbaar bericht.",
            $"'{marker}': you say yourself that this must stay secret. What is secret inside the organisation does not belong in a public post."),
        _ => context.Localize(
            $"'{marker}': de tekst is zelf als intern of vertrouwelijk gemarkeerd. Zulke informatie van je werk hoort niet in een openbaar bericht; volg de regels van je werkgever.",
            $"'{marker}': the text itself is marked internal or confidential. Such information from work does not belong in a public post; follow your employer's rules."),
    };

    // "Calamiteitenmelding 2025-031", "the Datix I filed about our ward (ref 44721)": a report with its number, or
    // about the author's own ward, within the next few words; "meld incidenten via het VIM-systeem" names none.
    private static bool IsSpecificReport(IReadOnlyList<Token> tokens, TermMatch match)
    {
        var after = match.FirstToken + match.TokenCount;
        for (var i = after; i < Math.Min(tokens.Count, after + 8); i++)
        {
            if (tokens[i].Value.Any(char.IsAsciiDigit) || (tokens[i].Normalized is "onze" or "our" && i + 1 < tokens.Count && tokens[i + 1].Normalized is "afdeling" or "ward" or "unit" or "team" or "praktijk"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmbargoOver(IReadOnlyList<Token> tokens, TermMatch match)
    {
        var from = Math.Max(0, match.FirstToken - 3);
        var to = Math.Min(tokens.Count, match.FirstToken + match.TokenCount + 4);
        for (var i = from; i < to; i++)
        {
            if (EmbargoOver.Contains(tokens[i].Normalized)
                || (i < match.FirstToken && AfterEmbargo.Contains(tokens[i].Normalized))
                || (tokens[i].Normalized is "niet" or "no" && i + 1 < to && tokens[i + 1].Normalized is "meer" or "langer" or "longer"))
            {
                return true;
            }
        }

        return false;
    }

    // A label on the post's own content: "STRICTLY CONFIDENTIAL", "vertrouwelijk: ...", "(vertrouwelijk)",
    // "Strictly confidential - do not forward", "dit is vertrouwelijk", "keep this confidential", or the word before a
    // meeting/document noun ("vertrouwelijke bestuursoverleg"). The adjective on a kind of data in a post about
    // confidentiality ("strictly confidential patient data", "how we keep records confidential") is not one.
    private static bool IsConfidentialLabel(string text, IReadOnlyList<Token> tokens, TermMatch match)
    {
        return tokens[match.FirstToken + match.TokenCount - 1].IsAllCaps
            || StandsAlone(text, match.Span)
            || SaysThisPostIsConfidential(text, tokens, match)
            || PrecedesOrganisationalNoun(tokens, match);
    }

    // Set apart by punctuation on both sides: "(vertrouwelijk)", "Vertrouwelijk: ...", "Strictly confidential - do not forward".
    // Between two commas it is one adjective of a list ("free, confidential, and open to all"); after other words a colon
    // ends a statement ("it is confidential: we never share it").
    private static bool StandsAlone(string text, TextSpan span)
    {
        var before = PreviousVisible(text, span.Start);
        var after = NextVisible(text, span.End);
        var opens = before is null or '(' or '[' or '\n' or '.' or '!' or '?' or ':' or ';' or '|' or '-' or '\u2013' or '\u2014' or ',' || IsSymbol(before.Value);
        var closes = after is null or ')' or ']' or '.' or '!' or ':' or ';' or '\n' or '-' or '\u2013' or '\u2014' || (after == ',' && before != ',') || IsSymbol(after.Value);
        return opens && closes;
    }

    private static bool IsSymbol(char c) => char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

    private static char? PreviousVisible(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\r')
        {
            i--;
        }

        return i >= 0 ? text[i] : null;
    }

    private static char? NextVisible(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        return i < text.Length ? text[i] : null;
    }

    // "Dit is (echt) vertrouwelijk", "this is strictly confidential", "dit moet vertrouwelijk blijven", "keep this confidential",
    // "dit graag vertrouwelijk behandelen": the post itself is the subject or object. With another subject ("patient data must
    // stay confidential", "we keep it confidential") it is a statement about confidentiality.
    private static bool SaysThisPostIsConfidential(string text, IReadOnlyList<Token> tokens, TermMatch match)
    {
        var i = match.FirstToken - 1;
        var linked = false;
        while (i >= 0 && !HasClauseBreak(text, tokens[i].Span.End, tokens[i + 1].Span.Start)
               && (Intensifiers.Contains(tokens[i].Normalized) || Copulas.Contains(tokens[i].Normalized)))
        {
            linked |= Copulas.Contains(tokens[i].Normalized);
            i--;
        }

        if (i < 0 || !ThisPost.Contains(tokens[i].Normalized) || HasClauseBreak(text, tokens[i].Span.End, tokens[i + 1].Span.Start))
        {
            return false;
        }

        // "it"/"het" also refer back to what the post is about ("your record is yours and it is confidential"); only
        // opening a clause ("Het is vertrouwelijk, maar ...") do they stand for what follows.
        var demonstrative = tokens[i].Normalized is "dit" or "this" or "deze";
        var opensClause = i == 0 || HasClauseBreak(text, tokens[i - 1].Span.End, tokens[i].Span.Start);
        var next = match.FirstToken + match.TokenCount;
        return (linked && (demonstrative || opensClause))
            || (demonstrative && i > 0 && KeepVerbs.Contains(tokens[i - 1].Normalized))
            || (demonstrative && next < tokens.Count && KeepVerbs.Contains(tokens[next].Normalized));
    }

    private static bool PrecedesOrganisationalNoun(IReadOnlyList<Token> tokens, TermMatch match)
    {
        var after = match.FirstToken + match.TokenCount;
        for (var i = after; i < Math.Min(tokens.Count, after + 3); i++)
        {
            if (Array.Exists(ConfidentialNouns.Value, noun => tokens[i].Normalized.EndsWith(noun, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // Written as a label: in capitals ("CONFIDENTIAL") or followed by a colon ("Embargo: 10:00").
    private static bool IsLabel(string text, Token word, TextSpan span) =>
        word.IsAllCaps || (span.End < text.Length && text[span.End] == ':');

    private static bool IsNegated(IReadOnlyList<Token> tokens, TermMatch match)
    {
        for (var i = Math.Max(0, match.FirstToken - 4); i < match.FirstToken; i++)
        {
            if (Negations.Contains(tokens[i].Normalized) || (tokens[i].Normalized == "t" && i > 0 && tokens[i - 1].Normalized is "don" or "doesn" or "didn"))
            {
                return true;
            }
        }

        return false;
    }

    // A plea ends its clause: "Niet doorvertellen hè", "(do not share)", "Do not forward!". Advice carries an
    // object: "do not share your password", "niet delen op social media".
    private static bool EndsClause(string text, IReadOnlyList<Token> tokens, TermMatch match)
    {
        var next = match.FirstToken + match.TokenCount;
        while (next < tokens.Count && ClauseParticles.Contains(tokens[next].Normalized) && !HasClauseBreak(text, match.Span.End, tokens[next].Span.Start))
        {
            next++;
        }

        var gapEnd = next < tokens.Count ? tokens[next].Span.Start : text.Length;
        var from = next > match.FirstToken + match.TokenCount ? tokens[next - 1].Span.End : match.Span.End;
        return next >= tokens.Count || HasClauseBreak(text, from, gapEnd);
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or ')' or ']' or ':' or ';' or ',' or '\n' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol)
            {
                return true;
            }
        }

        return false;
    }

    // "Foto's van patiënten? Niet delen!" answers a question: advice, not a label on this post.
    private static bool FollowsQuestion(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] == '?';
    }

    // A label in quotes is being talked about ("documents marked 'internal only'"), not applied.
    private static bool IsQuoted(string text, TextSpan span)
    {
        static bool IsQuote(char c) => c is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';
        return span.Start > 0 && span.End < text.Length && IsQuote(text[span.Start - 1]) && IsQuote(text[span.End]);
    }
}
