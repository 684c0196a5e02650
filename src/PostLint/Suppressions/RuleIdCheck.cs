using PostLint.Configuration;

namespace PostLint.Suppressions;

/// <summary>
/// Checks a rule ID named in a suppression or a configuration: IDs match exactly, so <c>pl1003</c> or
/// <c>PL1030</c> is a mistake to report with the nearest known ID, never a rule silently (not) switched off.
/// </summary>
public static class RuleIdCheck
{
    /// <summary>What is wrong with <paramref name="id"/> (without a trailing full stop), or null when it is a known ID.</summary>
    /// <param name="id">The ID as written.</param>
    /// <param name="knownRuleIds">The IDs of the linter's rules.</param>
    /// <param name="where">Where it was written, e.g. <c>under rules</c>.</param>
    public static string? Problem(string id, IReadOnlySet<string> knownRuleIds, string where)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(knownRuleIds);
        if (knownRuleIds.Contains(id))
        {
            return null;
        }

        var near = NameSuggestions.Nearest(id, knownRuleIds);
        var hint = near.Count == 0 ? "; `postlint rules` lists the IDs" : $" (did you mean {string.Join(" or ", near)}?)";
        return knownRuleIds.Contains(id.Trim().ToUpperInvariant())
            ? $"rule ID '{id}' {where} must be written in capitals{hint}"
            : $"unknown rule ID '{id}' {where}{hint}";
    }
}
