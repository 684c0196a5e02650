using System.Globalization;
using PostLint.Analysis;
using PostLint.Text;

namespace PostLint.Recognizers.QuasiIdentifiers;

/// <summary>
/// Finds medical conditions with their prevalence (<see cref="EntityType.Condition"/>) from
/// <c>rules/lexicons/conditions/conditions.tsv</c>: Dutch and English names, synonyms and abbreviations
/// (<c>ALS</c>, <c>MS</c>, <c>COPD</c>, <c>taaislijmziekte</c>, <c>ziekte van Huntington</c>). Abbreviations
/// that are also words (<c>ALS</c>/"als", <c>MS</c>) count only in capitals. "Zeldzame"/"rare" in front of a
/// specific condition ("een zeldzame ALS-variant") makes it ten times rarer; negated mentions ("geen kanker")
/// are skipped.
/// Attributes: <c>prevalence</c> (per person), <c>prevalenceClass</c> (common, uncommon, rare, ultra-rare, after
/// the EU definition), <c>term</c> (the lexicon entry) and <c>source</c>.
/// </summary>
internal sealed class ConditionRecognizer : Recognizer
{
    private static readonly Lazy<TermMatcher> Matcher = new(() => new TermMatcher(Lexicon.Load("lexicons/conditions/conditions.tsv")));

    private static readonly HashSet<string> RareModifiers = new(StringComparer.Ordinal) { "zeldzame", "zeldzaam", "rare", "uncommon" };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "geen", "no", "not", "niet", "zonder", "without" };

    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Condition];

    public override void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var tokens = context.Index.Tokens;
        foreach (var match in Matcher.Value.Matches(tokens))
        {
            var entry = match.Term;
            if (entry.Column(4) == "cs" && text[match.Span.Start..match.Span.End] != entry.Term)
            {
                continue;
            }

            if (context.Overlaps(match.Span, EntityType.Person, EntityType.Email, EntityType.Url, EntityType.Handle, EntityType.Institution))
            {
                continue;
            }

            var start = match.Span.Start;
            var prevalence = double.Parse(entry.Column(2) ?? "0.01", CultureInfo.InvariantCulture);
            var previous = match.FirstToken > 0 ? tokens[match.FirstToken - 1] : (Token?)null;
            if (previous is { } negation && Negations.Contains(negation.Normalized))
            {
                continue;
            }

            var generic = entry.Term.StartsWith("zeldzame", StringComparison.Ordinal) || entry.Term.StartsWith("rare", StringComparison.Ordinal);
            if (!generic && previous is { } p && RareModifiers.Contains(p.Normalized))
            {
                prevalence /= 10;
                start = p.Span.Start;
            }

            // Keep "-variant", "-achtige" and similar hyphenated tails inside the span, so a fix replaces the whole word.
            var end = match.Span.End;
            while (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
            {
                end++;
                while (end < text.Length && Tokenizer.IsWordChar(text[end]))
                {
                    end++;
                }
            }

            var span = new Diagnostics.TextSpan(start, end);
            context.Add(new Entity(EntityType.Condition, span, text[start..end])
            {
                Attributes = new Dictionary<string, string>
                {
                    ["prevalence"] = prevalence.ToString("G3", CultureInfo.InvariantCulture),
                    ["prevalenceClass"] = PrevalenceClass(prevalence),
                    ["term"] = entry.Term,
                    ["source"] = entry.Column(3) ?? string.Empty,
                },
            });
        }
    }

    /// <summary>The prevalence class: common above 1/100, rare below 1/2,000 (EU), ultra-rare below 1/50,000.</summary>
    public static string PrevalenceClass(double prevalence) => prevalence switch
    {
        < 1.0 / 50_000 => "ultra-rare",
        < 1.0 / 2_000 => "rare",
        <= 1.0 / 100 => "uncommon",
        _ => "common",
    };
}
