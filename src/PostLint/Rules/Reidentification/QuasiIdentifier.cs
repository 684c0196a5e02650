using PostLint.Analysis;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// One detail of a post as the crowd estimator uses it: either the population the post starts from (a place,
/// an institution's catchment, the people involved in a named event) or a fraction that narrows it.
/// </summary>
/// <param name="Entity">The words in the post; null for the default population (the country or the configured catchment).</param>
/// <param name="Low">Pessimistic end: the smaller population or the smaller fraction.</param>
/// <param name="High">Optimistic end.</param>
/// <param name="IsPopulation">True for the starting population, false for a narrowing fraction.</param>
/// <param name="Name">
/// How the detail is named in a message, in Dutch when given true and in English otherwise. Written on demand:
/// the fix search estimates many edited posts and reads only their numbers.
/// </param>
internal sealed record QuasiIdentifier(Entity? Entity, double Low, double High, bool IsPopulation, Func<bool, string> Name)
{
    /// <summary>How strongly the detail narrows the crowd, as a fraction of the country (smaller is stronger).</summary>
    public double Strength => IsPopulation ? Low / CrowdEstimator.Country : Low;
}

/// <summary>The estimated crowd a post points at, and the details that make it up.</summary>
/// <param name="Details">The starting population first, then the narrowing details.</param>
/// <param name="Low">Pessimistic estimate of the number of people who match.</param>
/// <param name="High">Optimistic estimate.</param>
internal sealed record CrowdAssessment(IReadOnlyList<QuasiIdentifier> Details, double Low, double High)
{
    /// <summary>The detail (with words in the post) that narrows the crowd most: the one to underline.</summary>
    public QuasiIdentifier Strongest => Details.Where(d => d.Entity is not null && (d.IsPopulation || d.Low < 1)).MinBy(d => d.Strength) ?? Details[0];

    /// <summary>The entities that were combined, in text order.</summary>
    public IReadOnlyList<Entity> Entities => Details.Where(d => d.Entity is not null).Select(d => d.Entity!).OrderBy(e => e.Span.Start).ToArray();
}
