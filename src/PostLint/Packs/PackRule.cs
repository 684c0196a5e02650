using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Packs;

/// <summary>
/// One declarative rule from a rule pack: what it matches (<see cref="Words"/> through the post index, or a
/// <see cref="Pattern"/>), where it stays silent, and what it says. <see cref="RulePackReader"/> reads them from YAML;
/// <see cref="PackRuleAnalyzer"/> runs them.
/// </summary>
public sealed record PackRule
{
    /// <summary>The rule's ID, title, category, default severity and help link.</summary>
    public required DiagnosticDescriptor Descriptor { get; init; }

    /// <summary>The finding's message; <c>{0}</c> stands for the matched text.</summary>
    public required LocalizedText Message { get; init; }

    /// <summary>The words the rule finds, or null for a rule with a <see cref="Pattern"/>.</summary>
    public WordList? Words { get; init; }

    /// <summary>The pattern the rule finds, or null for a rule with <see cref="Words"/>.</summary>
    public Regex? Pattern { get; init; }

    /// <summary>The only language the rule reads (by the language of the sentence a match is in), or null for both.</summary>
    public PostLanguage? Language { get; init; }

    /// <summary>Where the rule stays silent.</summary>
    public PackRuleExceptions Unless { get; init; }

    /// <summary>What a fix puts in place of the match, or null when the rule offers no fix.</summary>
    public LocalizedText? Replacement { get; init; }
}
