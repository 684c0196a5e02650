using System.Text.RegularExpressions;
using PostLint.Analysis;

namespace PostLint.Recognizers.Identifiers;

/// <summary>Finds e-mail addresses (<see cref="EntityType.Email"/>), with <c>local</c> and <c>domain</c> attributes.</summary>
internal sealed partial class EmailRecognizer : Recognizer
{
    public override IReadOnlyList<EntityType> Produces { get; } = [EntityType.Email];

    public override void Recognize(RecognitionContext context)
    {
        // The pattern starts at the local part, so the engine would try it at every letter; no '@', no address.
        if (!context.Text.Contains('@'))
        {
            return;
        }

        foreach (Match match in EmailPattern().Matches(context.Text))
        {
            var at = match.Value.IndexOf('@');
            context.Add(new Entity(EntityType.Email, new(match.Index, match.Index + match.Length), match.Value)
            {
                Attributes = new Dictionary<string, string> { ["local"] = match.Value[..at], ["domain"] = match.Value[(at + 1)..].ToLowerInvariant() },
            });
        }
    }

    // Local part per RFC 5322 "dot-atom" (no quoted strings: nobody posts those); domain needs a dot and a 2+ letter TLD.
    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])", RegexOptions.CultureInvariant, RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EmailPattern();
}
