namespace PostLint.Text.Entities;

/// <summary>The name lists a word occurs in, as the entity model reads them (one bit per list).</summary>
[Flags]
internal enum GazetteerFlags : byte
{
    /// <summary>In no list: for a capitalised word, a hint of a rare (identifying) name.</summary>
    None = 0,

    /// <summary>A Dutch first name.</summary>
    DutchFirstName = 1,

    /// <summary>A US first name given to at least a few hundred babies.</summary>
    EnglishFirstName = 2,

    /// <summary>The core of one of the thousand most common Dutch surnames ("jong" of "de Jong").</summary>
    CommonSurname = 4,

    /// <summary>The core of a Dutch surname borne by at least five people.</summary>
    KnownSurname = 8,

    /// <summary>A word of a Dutch town or municipality name.</summary>
    Place = 16,

    /// <summary>A word of the name of an NHS trust or a hospital.</summary>
    HealthOrganisation = 32,
}
