using PostLint.Diagnostics;

namespace PostLint.Tests.Output;

public class HelpLinksTests
{
    [Theory]
    [InlineData("git@github.com:hospital-x/postlint.git", "https://github.com/hospital-x/postlint")]
    [InlineData("https://github.com/hospital-x/postlint.git", "https://github.com/hospital-x/postlint")]
    [InlineData("https://ci-bot:ghp_secret@github.com/hospital-x/postlint", "https://github.com/hospital-x/postlint")]
    [InlineData("ssh://git@gitlab.example.org:2222/comms/postlint.git", "https://gitlab.example.org/comms/postlint")]
    [InlineData("https://codeberg.org/comms/postlint/", "https://codeberg.org/comms/postlint")]
    public void A_remote_becomes_its_web_address_without_credentials(string remote, string expected) =>
        HelpLinks.WebAddress(remote).Should().Be(expected);

    [Theory]
    [InlineData("/work/main")]
    [InlineData("../postlint")]
    [InlineData("file:///srv/git/postlint.git")]
    [InlineData("")]
    [InlineData(null)]
    public void A_local_remote_has_no_web_address(string? remote) => HelpLinks.WebAddress(remote).Should().BeNull();

    [Fact]
    public void Links_point_at_the_pages_of_the_commit_that_was_built() =>
        HelpLinks.Resolve(null, "git@github.com:hospital-x/postlint.git", "0123abc\n").Should().Be("https://github.com/hospital-x/postlint/blob/0123abc/rules/docs");

    [Fact]
    public void An_explicit_base_wins_over_the_remote() =>
        HelpLinks.Resolve("https://docs.example.org/postlint/v1.2/rules/", "git@github.com:hospital-x/postlint.git", "0123abc").Should().Be("https://docs.example.org/postlint/v1.2/rules");

    [Theory]
    [InlineData("/work/main", "0123abc")]
    [InlineData("git@github.com:hospital-x/postlint.git", "")]
    public void Without_a_web_remote_and_a_commit_there_are_no_links(string remote, string revision) =>
        HelpLinks.Resolve(null, remote, revision).Should().BeNull();

    [Fact]
    public void Every_rule_links_to_its_page_under_the_base_the_build_set()
    {
        foreach (var rule in new PostLinter().SupportedDiagnostics)
        {
            rule.HelpUri.Should().Be(HelpLinks.Base is null ? null : $"{HelpLinks.Base}/{rule.Id}.md");
        }
    }
}
