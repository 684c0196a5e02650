using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// Finds the identifiable colleague a clause is about: a role with a determiner ("onze teamleider",
/// "our ward manager", "the new band 7"), a role with a name ("Dr Reeves", "collega Anouk"), a recognised
/// person (the privacy recognizer's <c>PERSON</c> with role <c>staff</c> or <c>unknown</c>), a name opening the sentence ("Marieke zit ..."), or he/she when the post names a colleague.
/// Generic statements ("veel verpleegkundigen", "als een collega ...", "every nurse") find nothing.
/// </summary>
internal sealed class ColleagueReferences
{
    private const int PronounReach = 4;

    /// <summary>Most words a role's span reaches back before the role: a possessive up to three words before it (see Specific).</summary>
    private const int MostWordsBeforeRole = 3;

    private static readonly Lazy<TermMatcher> Roles = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/colleague-roles.txt")));

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "onze", "ons", "mijn", "de", "het", "die", "deze", "een", "nieuwe", "oud", "ex", "our", "my", "the", "that", "this", "a", "new", "former",
    };

    // Words that make a clause hypothetical or general: "als een collega ...", "every nurse", "geen arts".
    private static readonly HashSet<string> GenericMarkers = new(StringComparer.Ordinal)
    {
        "als", "wanneer", "stel", "elke", "iedere", "geen", "if", "when", "whenever", "every", "any", "no", "suppose",
    };

    // Possessives may stand a few words before the role: "our practice nurse", "onze nieuwe OK-assistent".
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "onze", "ons", "mijn", "our", "my" };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "zou", "zouden", "moet", "moeten", "hoop", "hope", "hopes", "wish", "should", "would", "could", "might", "deserves",
    };

    private static readonly HashSet<string> ThirdPersonPronouns = new(StringComparer.Ordinal) { "hij", "zij", "ze", "he", "she" };

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal)
    {
        "zit", "is", "heeft", "was", "ligt", "werd", "wordt", "moet", "has", "had", "got", "gets", "earns", "verdient",
    };

    // Capitalised words that open sentences without being names.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "iedereen", "niemand", "iemand", "men", "mensen", "half", "veel", "dit", "dat", "het", "er", "ze", "zij", "hij", "wie", "wat",
        "everyone", "everybody", "nobody", "someone", "somebody", "people", "it", "this", "that", "there", "he", "she", "who", "what",
        "vandaag", "gisteren", "today", "yesterday", "dus", "so", "maar", "but", "en", "and", "ook", "also", "nu", "now",
        "meneer", "mevrouw", "patient", "patiente", "opa", "oma", "baby", "moeder", "vader", "mother", "father", "mum", "dad",
    };

    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<TermMatch> _roles;
    private readonly IReadOnlyList<Entity> _persons;
    private readonly bool _workplace;

    // Token indices of the generic markers and the modals, ascending: the per-predicate questions about them are binary searches.
    private readonly int[] _genericMarkers;
    private readonly int[] _modals;

    /// <summary>Prepares the look-ups for one post.</summary>
    public ColleagueReferences(AnalysisContext context, IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _roles = Roles.Value.Matches(tokens);
        // Patients, relatives, public figures and the author are people, but not colleagues.
        _persons = [.. context.EntitiesOf(EntityType.Person).Where(p => p.Attribute("role") is null or "staff" or "unknown")];
        _genericMarkers = [.. Enumerable.Range(0, tokens.Count).Where(i => GenericMarkers.Contains(tokens[i].Normalized))];
        _modals = [.. Enumerable.Range(0, tokens.Count).Where(i => Modals.Contains(tokens[i].Normalized))];
        _workplace = _roles.Count > 0 || tokens.Any(t => t.Normalized is "mt" or "team" or "afdeling" or "ward" or "werk" or "work" or "dienst" or "shift" or "rooster" or "management" or "directie");
    }

    /// <summary>
    /// The span of the colleague who is the subject of the clause whose predicate starts at token
    /// <paramref name="predicate"/>, looking back at most <paramref name="before"/> tokens within
    /// <paramref name="sentence"/>; null when the clause is hypothetical or about nobody in particular.
    /// </summary>
    public TextSpan? FindSubject(int predicate, int before, (int First, int Last) sentence)
    {
        var from = Math.Max(sentence.First, predicate - before);
        if (SortedOffsets.FirstAtOrAfter(_genericMarkers, sentence.First) is var marker and >= 0 && marker < predicate)
        {
            return null;
        }

        var subject = RoleOrPerson(from, predicate - 1) ?? NameOrPronoun(from, predicate, sentence.First);
        return subject is { } found && !HasModalBetween(found.End, predicate) ? found : null;
    }

    /// <summary>The colleague who is the object right after an active verb ending before token <paramref name="next"/>: "they sacked <b>our manager</b>".</summary>
    public TextSpan? FindObject(int next)
    {
        // A role's span starts at most MostWordsBeforeRole words before the role itself, so only roles that start there can begin at next.
        for (var r = SortedOffsets.CountBefore(_roles, m => m.FirstToken, next); r < _roles.Count && _roles[r].FirstToken <= next + MostWordsBeforeRole; r++)
        {
            if (Specific(_roles[r]) is { } span && span.Start == _tokens[next].Span.Start)
            {
                return span;
            }
        }

        return null;
    }

    private TextSpan? RoleOrPerson(int from, int to)
    {
        // Roles and persons are in text order: those in the window are found by binary search.
        for (var r = SortedOffsets.CountBefore(_roles, m => m.FirstToken, from); r < _roles.Count && _roles[r].FirstToken <= to; r++)
        {
            if (Specific(_roles[r]) is { } span)
            {
                return span;
            }
        }

        if (_persons.Count == 0)
        {
            return null;
        }

        var (start, end) = (_tokens[from].Span.Start, _tokens[to].Span.End);
        for (var p = SortedOffsets.CountBefore(_persons, e => e.Span.Start, start); p < _persons.Count && _persons[p].Span.Start <= end; p++)
        {
            if (_persons[p].Span.End <= end)
            {
                return _persons[p].Span;
            }
        }

        return null;
    }

    private TextSpan? NameOrPronoun(int from, int predicate, int sentenceStart)
    {
        if (!_workplace)
        {
            return null;
        }

        if (IsNameOpening(sentenceStart) && sentenceStart < predicate)
        {
            return _tokens[sentenceStart].Span;
        }

        // A pronoun stands close to its verb ("she's been suspended", "hij is vorige week geschorst").
        for (var i = Math.Max(from, predicate - PronounReach); i < predicate; i++)
        {
            if (ThirdPersonPronouns.Contains(_tokens[i].Normalized))
            {
                return _tokens[i].Span;
            }
        }

        return null;
    }

    // "Hij zou ontslagen worden", "I hope she gets fired": wishes and rumours of what might happen are not disclosures.
    private bool HasModalBetween(int from, int predicate)
    {
        var first = SortedOffsets.CountBefore(_tokens, t => t.Span.Start, from);
        return SortedOffsets.FirstAtOrAfter(_modals, first) is var modal and >= 0 && modal < predicate;
    }

    // "onze teamleider", "the new band 7", "Dr Reeves", "collega Anouk"; not "collega's" (a Dutch plural) or a bare noun.
    private TextSpan? Specific(TermMatch role)
    {
        var next = role.FirstToken + role.TokenCount;
        var last = _tokens[next - 1];
        var isDutchPlural = next < _tokens.Count && _tokens[next].Normalized == "s" && _tokens[next].Span.Start == last.Span.End + 1 && "aeiou".Contains(last.Normalized[^1], StringComparison.Ordinal);
        if (isDutchPlural)
        {
            return null;
        }

        var named = next < _tokens.Count && _tokens[next].IsCapitalized && !_tokens[next].IsAllCaps;
        if (named)
        {
            return new TextSpan(_tokens[role.FirstToken].Span.Start, role.Span.End);
        }

        var start = role.FirstToken;
        while (start > 0 && role.FirstToken - start < 2 && Determiners.Contains(_tokens[start - 1].Normalized))
        {
            start--;
        }

        for (var i = role.FirstToken - 1; start == role.FirstToken && i >= Math.Max(0, role.FirstToken - 3); i--)
        {
            if (Possessives.Contains(_tokens[i].Normalized))
            {
                start = i;
            }
        }

        return start < role.FirstToken ? new TextSpan(_tokens[start].Span.Start, role.Span.End) : null;
    }

    private bool IsNameOpening(int index)
    {
        var token = _tokens[index];
        return token.IsCapitalized && !token.IsAllCaps && token.Value.Length >= 3 && token.Value.Skip(1).All(char.IsLower)
            && !NotNames.Contains(token.Normalized)
            && index + 1 < _tokens.Count && FiniteVerbs.Contains(_tokens[index + 1].Normalized);
    }
}
