using PostLint.Packs;
using PostLint.Text;

namespace PostLint.Rules.Confidentiality;

/// <summary>
/// PL3003 for the terms an organisation lists under <c>codenames:</c> (<see cref="PostLinterOptions.Codenames"/>): a
/// declarative words rule, run like a rule from a pack, that reports under <see cref="CodenameAnalyzer.Rule"/>.
/// </summary>
internal static class ConfiguredCodenames
{
    private static readonly LocalizedText Message = new(
        "'{0}' staat in de lijst met interne codenamen van je organisatie. Zo'n naam verwijst naar plannen die nog niet openbaar zijn; gebruik hem niet in een openbaar bericht.",
        "'{0}' is on your organisation's list of internal codenames. It refers to plans that are not public; do not use it in a public post.");

    private static readonly LocalizedText Replacement = new("[intern project]", "[internal project]");

    /// <summary>The rule for <paramref name="codenames"/>, or none when the list is empty.</summary>
    public static IEnumerable<PackRuleAnalyzer> Analyzers(IReadOnlyList<string> codenames)
    {
        var terms = codenames.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (terms.Count == 0)
        {
            yield break;
        }

        yield return new PackRuleAnalyzer(new PackRule
        {
            Descriptor = CodenameAnalyzer.Rule,
            Message = Message,
            Words = new WordList("codenames", terms.Select(t => new LexiconEntry(t, [])), WordListOptions.MatchSymbols),
            Replacement = Replacement,
        });
    }
}
