using PostLint.Text;

namespace PostLint.Tests.Text;

public class LexiconCatalogTests
{
    [Fact]
    public void Reads_a_machine_readable_header()
    {
        var header = LexiconCatalog.ParseHeader("x.tsv", "#! name: x\n#! language: nl, en\n#! columns: term, kind\n#! source: compiled by hand\n#! licence: MIT\n# free text\nword\tkind\n");

        header.Should().BeEquivalentTo(new LexiconHeader("x.tsv", "x", ["nl", "en"], ["term", "kind"], "compiled by hand", "MIT"));
    }

    [Fact]
    public void A_header_without_a_licence_is_an_error()
    {
        var parse = () => LexiconCatalog.ParseHeader("x.txt", "#! name: x\n#! language: nl\n#! columns: term\n#! source: by hand\nword\n");

        parse.Should().Throw<FormatException>().WithMessage("*x.txt*licence*");
    }

    [Fact]
    public void The_catalog_lists_the_embedded_lexicons()
    {
        LexiconCatalog.Paths.Should().Contain(["lexicons/text/fillers.txt", "lexicons/tone/insults.txt"]);
        LexiconCatalog.Header("lexicons/text/negators.txt").Languages.Should().Equal("nl", "en");
    }

    [Fact]
    public void Every_shipped_lexicon_has_a_complete_header()
    {
        foreach (var path in LexiconCatalog.Paths)
        {
            var header = LexiconCatalog.Header(path);
            header.Columns.Should().NotBeEmpty(path);
            header.Languages.Should().OnlyContain(l => l == "nl" || l == "en" || l == "any", path);
        }
    }
}
