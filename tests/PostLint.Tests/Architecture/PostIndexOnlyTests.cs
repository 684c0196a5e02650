using System.Text.RegularExpressions;

namespace PostLint.Tests.Architecture;

/// <summary>
/// Rules and recognizers read the post index: none tokenizes, splits sentences, reads a lexicon or builds a regex over
/// a word list itself. Files that still do are listed below as debt, each with what it still does; the test fails for
/// any other file that does one of these things, and for a listed file once it no longer does (so the list only shrinks).
/// </summary>
public partial class PostIndexOnlyTests
{
    private const string Tokenizes = "tokenizes";
    private const string SplitsSentences = "splits sentences";
    private const string ReadsLexicon = "reads a lexicon";
    private const string WordListRegex = "builds a regex over a word list";

    // Migration debt, file by file (path under src/PostLint). Remove a line when its file reads the index instead.
    private static readonly Dictionary<string, string[]> KnownDebt = new(StringComparer.Ordinal)
    {
        ["Recognizers/Identifiers/AddressRecognizer.cs"] = [WordListRegex],
        ["Recognizers/Identifiers/IdNumberRecognizer.cs"] = [WordListRegex],
        ["Recognizers/Identifiers/NameLexicons.cs"] = [Tokenizes, ReadsLexicon],
        ["Recognizers/Identifiers/PersonNameRecognizer.cs"] = [Tokenizes, SplitsSentences],
        ["Recognizers/Identifiers/PersonRoles.cs"] = [Tokenizes],
        ["Recognizers/Identifiers/PostcodeRecognizer.cs"] = [WordListRegex],
        ["Recognizers/Identifiers/RoomRecognizer.cs"] = [WordListRegex],
        ["Recognizers/Identifiers/UrlRecognizer.cs"] = [SplitsSentences],
        ["Recognizers/QuasiIdentifiers/AgeRecognizer.cs"] = [WordListRegex],
        ["Recognizers/QuasiIdentifiers/ConditionRecognizer.cs"] = [ReadsLexicon],
        ["Recognizers/QuasiIdentifiers/Cues.cs"] = [WordListRegex],
        ["Recognizers/QuasiIdentifiers/DateRecognizer.cs"] = [WordListRegex],
        ["Recognizers/QuasiIdentifiers/EventRecognizer.cs"] = [WordListRegex],
        ["Recognizers/QuasiIdentifiers/FamilyRecognizer.cs"] = [ReadsLexicon, WordListRegex],
        ["Recognizers/QuasiIdentifiers/InstitutionRecognizer.cs"] = [WordListRegex],
        ["Recognizers/QuasiIdentifiers/OccupationRecognizer.cs"] = [ReadsLexicon, WordListRegex],
        ["Recognizers/QuasiIdentifiers/PlaceRecognizer.cs"] = [Tokenizes, ReadsLexicon, WordListRegex],
        ["Recognizers/QuasiIdentifiers/TraitRecognizer.cs"] = [WordListRegex],
        ["Recognizers/QuasiIdentifiers/WardRecognizer.cs"] = [WordListRegex],
        ["Rules/Claims/HealthVocabulary.cs"] = [ReadsLexicon],
        ["Rules/Claims/IndividualMedicalAdviceAnalyzer.cs"] = [WordListRegex],
        ["Rules/Claims/LexiconTerms.cs"] = [ReadsLexicon],
        ["Rules/Claims/PostSentences.cs"] = [SplitsSentences],
        ["Rules/Claims/SourceCitation.cs"] = [Tokenizes, WordListRegex],
        ["Rules/Claims/SpecialtyTaxonomy.cs"] = [Tokenizes, ReadsLexicon],
        ["Rules/Claims/UndisclosedPromotionAnalyzer.cs"] = [ReadsLexicon],
        ["Rules/Claims/UnsourcedFigureAnalyzer.cs"] = [WordListRegex],
        ["Rules/Confidentiality/ColleagueReferences.cs"] = [ReadsLexicon],
        ["Rules/Confidentiality/ConfidentialMarkerAnalyzer.cs"] = [SplitsSentences, ReadsLexicon],
        ["Rules/Confidentiality/CredentialAnalyzer.cs"] = [WordListRegex],
        ["Rules/Confidentiality/InternalLinkAnalyzer.cs"] = [ReadsLexicon],
        ["Rules/Confidentiality/StaffMatterAnalyzer.cs"] = [ReadsLexicon, WordListRegex],
        ["Rules/Confidentiality/UnpublishedResultsAnalyzer.cs"] = [SplitsSentences, ReadsLexicon, WordListRegex],
        ["Rules/Professionalism/InstitutionalMandateAnalyzer.cs"] = [Tokenizes, ReadsLexicon],
        ["Rules/Professionalism/PatientImageAnalyzer.cs"] = [Tokenizes],
        ["Rules/Professionalism/PrivateContentAnalyzer.cs"] = [Tokenizes],
        ["Rules/Reidentification/AgeDistribution.cs"] = [ReadsLexicon],
        ["Rules/Reidentification/ClinicalContext.cs"] = [WordListRegex],
        ["Rules/Reidentification/Generalizer.cs"] = [SplitsSentences],
        ["Rules/Reidentification/UniqueDescriptionAnalyzer.cs"] = [WordListRegex],
        ["Rules/Tone/DirectedInsultFinder.cs"] = [SplitsSentences],
        ["Rules/Tone/PatientContemptFinder.cs"] = [SplitsSentences],
        ["Rules/Tone/ShoutingAnalyzer.cs"] = [SplitsSentences],
        ["Rules/Tone/ToneClassifier.cs"] = [Tokenizes],
        ["Rules/Tone/ToneText.cs"] = [SplitsSentences],
    };

    [Fact]
    public void Rules_and_recognizers_only_read_the_post_index()
    {
        var source = Path.Combine(RepositoryRoot.Path, "src", "PostLint");
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var folder in new[] { "Rules", "Recognizers" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, folder), "*.cs", SearchOption.AllDirectories))
            {
                var violations = Violations(File.ReadAllText(file));
                if (violations.Length > 0)
                {
                    found[Path.GetRelativePath(source, file).Replace('\\', '/')] = violations;
                }
            }
        }

        found.Should().BeEquivalentTo(KnownDebt, "rules and recognizers must query the post index (PostIndex, WordList) instead");
    }

    [Theory]
    [InlineData("var tokens = Tokenizer.Tokenize(text);", Tokenizes)]
    [InlineData("var s = PostSentences.Split(text);", SplitsSentences)]
    [InlineData("if (c is '.' or '!' or '?') return i;", SplitsSentences)]
    [InlineData("static readonly Lazy<TermMatcher> M = new(() => new TermMatcher(Lexicon.Load(\"x.txt\")));", ReadsLexicon)]
    [InlineData("[GeneratedRegex(@\"\\b(?:arts|verpleegkundige|chirurg|huisarts|doctor|nurse)\\b\")]", WordListRegex)]
    public void Recognises_each_kind_of_violation(string code, string kind) => Violations(code).Should().Equal(kind);

    [Theory]
    [InlineData("foreach (var match in context.Index.Matches(Insults)) { }")]
    [InlineData("[GeneratedRegex(@\"\\b\\d{4}\\s?[A-Z]{2}\\b\")]")]
    [InlineData("// Tokenizer.Tokenize(text) was used here before")]
    public void Index_queries_and_plain_patterns_pass(string code) => Violations(code).Should().BeEmpty();

    private static string[] Violations(string code)
    {
        code = LineComment().Replace(code, string.Empty);
        var kinds = new List<string>();
        if (TokenizerCall().IsMatch(code))
        {
            kinds.Add(Tokenizes);
        }

        if (SentenceSplitting().IsMatch(code))
        {
            kinds.Add(SplitsSentences);
        }

        if (LexiconReading().IsMatch(code))
        {
            kinds.Add(ReadsLexicon);
        }

        if (RegexPatterns(code).Any(IsOverWordList))
        {
            kinds.Add(WordListRegex);
        }

        return [.. kinds];
    }

    // The concatenated string literals that follow a regex construction: the pattern.
    private static IEnumerable<string> RegexPatterns(string code)
    {
        foreach (Match start in RegexConstruction().Matches(code))
        {
            var pattern = new System.Text.StringBuilder();
            var at = start.Index + start.Length;
            for (var literal = PatternLiteral().Match(code, at); literal.Success && literal.Index == at; literal = PatternLiteral().Match(code, at))
            {
                var text = literal.Groups["text"].Value;
                pattern.Append(text);
                at = literal.Index + literal.Length;
            }

            yield return pattern.ToString();
        }
    }

    // Six or more alternatives that are plain words: a word list written as a regex.
    private static bool IsOverWordList(string pattern) =>
        pattern.Split('|').Count(piece => PlainWord().IsMatch(Decoration().Replace(piece, string.Empty))) >= 6;

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex(@"\bTokenizer\.(?:Tokenize|Split)\s*\(")]
    private static partial Regex TokenizerCall();

    [GeneratedRegex(@"\bSentenceBounds\.|\bPostSentences\.Split\s*\(|'!'\s*or\s*'\?'")]
    private static partial Regex SentenceSplitting();

    [GeneratedRegex(@"\bLexicon\.(?:Load|ReadEmbedded|Parse)\s*\(|GetManifestResource|\bFile\.Read|\bnew\s+TermMatcher\s*\(|\bTermMatcher\.FromTerms\s*\(")]
    private static partial Regex LexiconReading();

    [GeneratedRegex(@"GeneratedRegex\(|new\s+Regex\(|Regex\.(?:IsMatch|Match|Matches|Replace)\(")]
    private static partial Regex RegexConstruction();

    [GeneratedRegex(@"\s*(?:\+\s*)?@?""(?<text>(?:[^""\\]|\\.|"""")*)""")]
    private static partial Regex PatternLiteral();

    [GeneratedRegex(@"\(\?:|\(\?<\w+>|[()]|\\b|\?|\\s[+*]|\s")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^[^\W\d_]{3,}$")]
    private static partial Regex PlainWord();
}
