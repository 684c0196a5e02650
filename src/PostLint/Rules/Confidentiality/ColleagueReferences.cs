using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// Finds the identifiable colleague a clause is about: a role with a determiner ("onze teamleider",
/// "our ward manager", "the new band 7"), a role with a name ("Dr Reeves", "collega Anouk"), a recognised
/// person, a name opening the sentence ("Marieke zit ..."), or he/she when the post names a colleague.
/// Generic statements ("veel verpleegkundigen", "als een collega ...", "every nurse") find nothing.
/// </summary>
internal sealed class ColleagueReferences
{
    private static readonly Lazy<TermMatcher> Roles = new(() => new TermMatcher(Lexicon.Load("lexicons/confidentiality/colleague-roles.txt")));

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "onze", "ons", "mijn", "de", "het", "deze", "een", "nieuwe", "oud", "ex", "our", "my", "the", "this", "a", "new", "former",
    };

    // Words that make a clause hypothetical or general: "als een collega ...", "every nurse", "geen arts".
    private static readonly HashSet<string> GenericMarkers = new(StringComparer.Ordinal)
    {
        "als", "wanneer", "stel", "elke", "iedere", "geen", "if", "when", "whenever", "every", "any", "no", "suppose",
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
    };

    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<TermMatch> _roles;
    private readonly IReadOnlyList<Entity> _persons;
    private readonly bool _workplace;

    /// <summary>Prepares the look-ups for one post.</summary>
    public ColleagueReferences(AnalysisContext context, IReadOnlyList<Token> tokens)
    {
        _tokens = tokens;
        _roles = Roles.Value.Matches(tokens);
        _persons = [.. context.EntitiesOf(EntityType.Person)];
        _workplace = _roles.Count > 0 || tokens.Any(t => t.Normalized is "mt" or "team" or "afdeling" or "ward" or "werk" or "work" or "dienst" or "shift" or "rooster" or "management" or "directie");
    }

    /// <summary>
    /// The span of the colleague who is the subject or object of the clause around token
    /// <paramref name="predicate"/>, looking back <paramref name="before"/> and ahead <paramref name="after"/> tokens
    /// within the sentence <paramref name="sentence"/>; null when the clause is about nobody in particular.
    /// </summary>
    public TextSpan? Find(int predicate, int before, int after, (int First, int Last) sentence)
    {
        var from = Math.Max(sentence.First, predicate - before);
        var to = Math.Min(sentence.Last, predicate + after);
        for (var i = sentence.First; i < predicate; i++)
        {
            if (GenericMarkers.Contains(_tokens[i].Normalized))
            {
                return null;
            }
        }

        foreach (var role in _roles)
        {
            if (role.FirstToken >= from && role.FirstToken <= to && Specific(role) is { } span)
            {
                return span;
            }
        }

        foreach (var person in _persons)
        {
            if (person.Span.Start >= _tokens[from].Span.Start && person.Span.End <= _tokens[to].Span.End)
            {
                return person.Span;
            }
        }

        if (_workplace && IsNameOpening(sentence.First) && sentence.First < predicate)
        {
            return _tokens[sentence.First].Span;
        }

        for (var i = from; i < predicate; i++)
        {
            if (_workplace && ThirdPersonPronouns.Contains(_tokens[i].Normalized))
            {
                return _tokens[i].Span;
            }
        }

        return null;
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

        var start = role.FirstToken;
        while (start > 0 && role.FirstToken - start < 2 && Determiners.Contains(_tokens[start - 1].Normalized))
        {
            start--;
        }

        var named = next < _tokens.Count && _tokens[next].IsCapitalized && !_tokens[next].IsAllCaps;
        return start < role.FirstToken || named ? new TextSpan(_tokens[start].Span.Start, role.Span.End) : null;
    }

    private bool IsNameOpening(int index)
    {
        var token = _tokens[index];
        return token.IsCapitalized && !token.IsAllCaps && token.Value.Length >= 3 && token.Value.Skip(1).All(char.IsLower)
            && !NotNames.Contains(token.Normalized)
            && index + 1 < _tokens.Count && FiniteVerbs.Contains(_tokens[index + 1].Normalized);
    }
}
