namespace PostLint.Packs;

/// <summary>Where a pack rule stays silent even though its words or pattern match (<c>unless:</c> in the pack).</summary>
[Flags]
public enum PackRuleExceptions
{
    /// <summary>The rule fires on every match.</summary>
    None = 0,

    /// <summary>Not when a negation stands before the match in its clause ("geen toestel 4321", "never a moron").</summary>
    Negated = 1,

    /// <summary>Not when the match stands between quotation marks (the author quotes someone, or mentions the word).</summary>
    Quoted = 2,
}
