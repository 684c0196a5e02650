namespace PostLint.Analysis;

/// <summary>
/// The kind of a recognised entity. A string-backed value rather than an enum so that plugins can add types;
/// the well-known names below are part of the JSON contract.
/// </summary>
/// <param name="Name">Upper-case contract name, e.g. <c>PERSON</c>.</param>
public readonly record struct EntityType(string Name)
{
    /// <summary>A person's name.</summary>
    public static readonly EntityType Person = new("PERSON");
    /// <summary>An e-mail address.</summary>
    public static readonly EntityType Email = new("EMAIL");
    /// <summary>A telephone number.</summary>
    public static readonly EntityType Phone = new("PHONE");
    /// <summary>A Dutch citizen service number (burgerservicenummer).</summary>
    public static readonly EntityType Bsn = new("BSN");
    /// <summary>Another country's national identification number (US SSN, Belgian rijksregisternummer); attribute <c>scheme</c>.</summary>
    public static readonly EntityType NationalId = new("NATIONAL_ID");
    /// <summary>An international bank account number.</summary>
    public static readonly EntityType Iban = new("IBAN");
    /// <summary>A payment card number.</summary>
    public static readonly EntityType CreditCard = new("CREDIT_CARD");
    /// <summary>A patient, record or other personal ID number (incl. NHS number).</summary>
    public static readonly EntityType IdNumber = new("ID_NUMBER");
    /// <summary>A street address.</summary>
    public static readonly EntityType Address = new("ADDRESS");
    /// <summary>A postal code.</summary>
    public static readonly EntityType Postcode = new("POSTCODE");
    /// <summary>A date of birth.</summary>
    public static readonly EntityType DateOfBirth = new("DATE_OF_BIRTH");
    /// <summary>A date or time expression, with its precision.</summary>
    public static readonly EntityType Date = new("DATE");
    /// <summary>An age or age band.</summary>
    public static readonly EntityType Age = new("AGE");
    /// <summary>Sex or gender.</summary>
    public static readonly EntityType Sex = new("SEX");
    /// <summary>A town, municipality, region or country.</summary>
    public static readonly EntityType Place = new("PLACE");
    /// <summary>A hospital, practice, care home or other institution.</summary>
    public static readonly EntityType Institution = new("INSTITUTION");
    /// <summary>A ward or department.</summary>
    public static readonly EntityType Ward = new("WARD");
    /// <summary>A room or bed number.</summary>
    public static readonly EntityType Room = new("ROOM");
    /// <summary>A social-media handle (@-mention).</summary>
    public static readonly EntityType Handle = new("HANDLE");
    /// <summary>A web address.</summary>
    public static readonly EntityType Url = new("URL");
    /// <summary>A medical condition.</summary>
    public static readonly EntityType Condition = new("CONDITION");
    /// <summary>An occupation or role.</summary>
    public static readonly EntityType Occupation = new("OCCUPATION");
    /// <summary>A notable event (accident, fire, birth of twins...).</summary>
    public static readonly EntityType Event = new("EVENT");
    /// <summary>A family detail (mother of five, twin brother).</summary>
    public static readonly EntityType Family = new("FAMILY");
    /// <summary>A rare physical trait.</summary>
    public static readonly EntityType Trait = new("TRAIT");

    /// <inheritdoc />
    public override string ToString() => Name;
}
