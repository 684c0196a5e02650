using PostLint.Text;

namespace PostLint.Tests.Text;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Bel me op 06-12345678 of mail me even.", PostLanguage.Dutch)]
    [InlineData("Vandaag afscheid genomen van een bijzondere patiënt.", PostLanguage.Dutch)]
    [InlineData("Thank you to the night team for keeping the ward running.", PostLanguage.English)]
    [InlineData("Call me on 07700 900123 or email me.", PostLanguage.English)]
    public void Tells_Dutch_from_English(string text, PostLanguage expected) =>
        LanguageDetector.Detect(text).Should().Be(expected);

    [Theory]
    [InlineData(PostLanguage.English)]
    [InlineData(PostLanguage.Dutch)]
    public void Falls_back_when_undecided(PostLanguage fallback) =>
        LanguageDetector.Detect("#NHS 🙏 112", fallback).Should().Be(fallback);
}
