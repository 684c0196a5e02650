using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Packs;
using PostLint.Text;

namespace PostLint.Tests.Packs;

public class RulePackReaderTests
{
    private const string Rule = "rules:\n  - id: ZKH0001\n    category: Confidentiality\n    severity: warning\n    title: Nickname\n    message: x\n";

    [Fact]
    public void Reads_every_key_of_a_rule()
    {
        var rule = Read(Rule + "    words: [de bunker]\n    lang: en\n    unless: [negated, quoted]\n    skipFillers: true\n    help: https://example.org/ZKH0001\n    description: Why.\n    guideline: Code A1\n    replace: {nl: '[ruimte]', en: '[room]'}\n").Single();

        rule.Descriptor.Should().BeEquivalentTo(new { Id = "ZKH0001", Title = "Nickname", Category = DiagnosticCategory.Confidentiality, DefaultSeverity = DiagnosticSeverity.Warning, Description = "Why.", Guideline = "Code A1", HelpUri = "https://example.org/ZKH0001" });
        rule.Language.Should().Be(PostLanguage.English);
        rule.Unless.Should().Be(PackRuleExceptions.Negated | PackRuleExceptions.Quoted);
        rule.Words!.Options.Should().Be(WordListOptions.MatchSymbols | WordListOptions.IgnoreFillers);
        rule.Replacement.Should().Be(new LocalizedText("[ruimte]", "[room]"));
    }

    [Fact]
    public void A_words_file_is_read_through_the_callers_reader()
    {
        var rule = Read(Rule + "    words: nicknames.txt\n", file => file == "nicknames.txt" ? Lexicon.Parse("# nicknames\nde bunker\nhet aquarium\n") : throw new FileNotFoundException()).Single();

        rule.Words!.Entries.Select(e => e.Term).Should().Equal("de bunker", "het aquarium");
    }

    [Theory]
    [InlineData("    words: [a]\n    pattern: a\n", 2, "rule ZKH0001 needs either 'words:' or 'pattern:', not both")]
    [InlineData("", 2, "rule ZKH0001 needs either 'words:' or 'pattern:', not neither")]
    [InlineData("    words: []\n", 7, "words must list at least one word")]
    [InlineData("    words: [a]\n    colour: red\n", 8, "unknown key 'colour' in a rule")]
    [InlineData("    words: [a]\n    lang: de\n", 8, "lang must be 'nl' or 'en', not 'de'")]
    [InlineData("    words: [a]\n    unless: [sarcastic]\n", 8, "unless takes negated and quoted, not 'sarcastic'")]
    [InlineData("    words: [a]\n    help: intranet/page\n", 8, "help must be a web address (http or https), not 'intranet/page'")]
    [InlineData("    words: [a]\n    replace: {fr: x}\n", 8, "unknown key 'fr' in replace")]
    [InlineData("    words: missing.txt\n", 7, "cannot read the word list 'missing.txt'")]
    public void Rejects_a_broken_rule_at_its_line(string keys, int line, string problem)
    {
        var act = () => Read(Rule + keys, _ => throw new FileNotFoundException("missing.txt not found"));

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == line && e.Reason.StartsWith(problem));
    }

    [Theory]
    [InlineData("id: zkh0001", "rule ID 'zkh0001' must be two to eight capital letters and four digits")]
    [InlineData("id: ZKH001", "rule ID 'ZKH001' must be two to eight capital letters and four digits")]
    [InlineData("id: PLX0001", "rule ID 'PLX0001' starts with PL, which is reserved")]
    public void Rejects_a_malformed_or_reserved_id(string id, string problem)
    {
        var act = () => Read(Rule.Replace("id: ZKH0001", id) + "    words: [a]\n");

        act.Should().Throw<ConfigurationException>().Where(e => e.Line == 2 && e.Reason.StartsWith(problem));
    }

    [Fact]
    public void Rejects_an_id_defined_twice()
    {
        var act = () => Read(Rule + "    words: [a]\n" + Rule["rules:\n".Length..] + "    words: [b]\n");

        act.Should().Throw<ConfigurationException>().WithMessage("*rule ID 'ZKH0001' is defined twice in this pack*");
    }

    [Fact]
    public void The_built_in_packs_hold_PL4006()
    {
        RulePacks.BuiltIn.Select(r => r.Descriptor.Id).Should().Contain("PL4006");
    }

    private static IReadOnlyList<PackRule> Read(string yaml, Func<string, IReadOnlyList<LexiconEntry>>? lexicon = null) =>
        RulePackReader.Read(yaml, "pack.yml", lexicon ?? (_ => throw new FileNotFoundException()), builtIn: false);
}
