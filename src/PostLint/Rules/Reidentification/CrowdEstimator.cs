using System.Globalization;
using PostLint.Analysis;
using PostLint.Recognizers.Identifiers;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// Estimates how many people match the details of a post (the crowd size k), after the model sketched by
/// Sweeney and Koot: start from a population and multiply by the share each further detail leaves.
/// <list type="bullet">
/// <item>Population: a named event that the public can look up (its people involved) replaces place and time;
/// otherwise the smallest place named (a place that only locates the hospital stands for its catchment), an
/// institution's catchment, <see cref="ReidentificationOptions.Catchment"/>, a hospital's catchment when the
/// author is an institution, or the country.</item>
/// <item>Fractions: one age (the most precise) from the CBS age distribution; sex, within that age band; the
/// rarest condition (prevalence); the rarest occupation, family detail and trait; an ordinary event's yearly rate
/// times the time window; otherwise, when the post describes a care encounter, the chance of such a contact in
/// the window (1/2,000 to 1/200 per day, ten times higher for someone with the condition named).</item>
/// </list>
/// Only one detail of each kind counts, so overlapping details (an age and "tachtiger") are not multiplied
/// twice; an occupation inside a family detail (the widow of the mayor) counts once. Descriptions that fit one
/// person by themselves are PL2002's and are left out here. The low end multiplies the pessimistic ends.
/// </summary>
internal static class CrowdEstimator
{
    /// <summary>Inhabitants of the Netherlands (CBS, 2024), the default population for Dutch posts.</summary>
    public const double Country = 18_000_000;

    /// <summary>Inhabitants of the United Kingdom (ONS, 2023), the default population for English posts.</summary>
    public const double UnitedKingdom = 67_000_000;

    /// <summary>People a general hospital serves, assumed when an institution posts on its own page.</summary>
    public const double HospitalCatchment = 250_000;

    private const double ContactPerDayLow = 1.0 / 2_000;
    private const double ContactPerDayHigh = 1.0 / 200;

    private static readonly EntityType[] PersonDescriptors = [EntityType.Age, EntityType.Sex, EntityType.Occupation, EntityType.Family, EntityType.Trait, EntityType.Event];

    /// <summary>
    /// The crowd the post points at, or null when it does not describe someone in a care setting with at least
    /// two narrowing details.
    /// </summary>
    public static CrowdAssessment? Estimate(IReadOnlyList<Entity> entities, string text, PostLanguage language, AuthorProfile author, ReidentificationOptions options)
    {
        // A vacancy describes the job, not a patient; the age of a group describes no one in particular.
        if (PersonRoles.IsVacancy(text))
        {
            return null;
        }

        var usable = entities.Where(e => e.Attribute("subject") != "author" && e.Attribute("unique") != "true" && e.Attribute("group") != "true").ToList();
        var families = usable.Where(e => e.Type == EntityType.Family).ToList();
        usable.RemoveAll(e => e.Type == EntityType.Occupation && families.Any(f => f.Span.Contains(e.Span)));

        var conditions = usable.Where(e => e.Type == EntityType.Condition).ToList();
        var events = usable.Where(e => e.Type == EntityType.Event).ToList();
        var careSetting = usable.Any(e => e.Type == EntityType.Ward || (e.Type == EntityType.Institution && e.Attribute("kind") != "university"));

        // The encounter words are a scan of the whole text, asked for at most once per estimate.
        bool? encounter = null;
        bool HasEncounter() => encounter ??= ClinicalContext.HasEncounter(text);
        // A ward or care words in a post about a public visit (the mayor opening a ward) do not make the visitor a
        // patient; only a condition or an event does.
        var clinical = conditions.Count > 0 || events.Count > 0 || ((careSetting || HasEncounter()) && !ClinicalContext.IsPublicVisit(text));
        if (!clinical)
        {
            return null;
        }

        var details = new List<QuasiIdentifier>();
        var namedEvent = events.FirstOrDefault(e => e.Attribute("named") == "true");
        details.Add(Population(usable, namedEvent, language, author, options));

        // Residents of a care home are in care every day: a date does not narrow them down.
        var residents = details[0].Entity is { } baseEntity && baseEntity.Attribute("kind") == "care-home";
        var date = residents ? null : usable.Where(e => e.Type == EntityType.Date).MinBy(e => Number(e, "windowDays", 365));
        var ordinaryEvent = events.Where(e => e.Attribute("rate") is not null).MinBy(e => Number(e, "rate", 1));
        if (namedEvent is null && ordinaryEvent is not null)
        {
            var rate = Number(ordinaryEvent, "rate", 1);
            var years = date is null ? 1 : Number(date, "windowDays", 365) / 365;
            details.Add(Fraction(ordinaryEvent, rate * years, Math.Min(1, rate * (date is null ? 10 : years * 3))));
        }
        else if (namedEvent is null && date is not null && (conditions.Count > 0 || careSetting || HasEncounter()))
        {
            var window = Number(date, "windowDays", 365);
            var boost = conditions.Count > 0 ? 10 : 1;
            details.Add(Fraction(date, Math.Min(1, ContactPerDayLow * boost * window), Math.Min(1, ContactPerDayHigh * boost * window)));
        }

        var age = usable.Where(e => e.Type == EntityType.Age).MinBy(AgeWidth);
        var female = SexOf(usable);
        if (age is not null)
        {
            details.Add(AgeDetail(age, residents));
        }

        if (female is { } isFemale)
        {
            var sex = usable.First(e => e.Type == EntityType.Sex);
            var (low, high) = age is null ? (0, 110) : AgeBand(age);
            var share = AgeDistribution.SexShare(low, high, isFemale);
            details.Add(Fraction(sex, share, share, dutch => dutch ? (isFemale ? "vrouw" : "man") : (isFemale ? "female" : "male")));
        }

        // Conditions of old age are why people live in a care home; population prevalence says nothing there.
        if (!residents && conditions.MinBy(e => Number(e, "prevalence", 1)) is { } condition)
        {
            var prevalence = Number(condition, "prevalence", 1);
            var cls = condition.Attribute("prevalenceClass") ?? "common";
            details.Add(Fraction(condition, prevalence / 2, Math.Min(1, prevalence * 2), dutch => $"{condition.Text} ({(dutch ? DutchClass(cls) : cls)}, ≈ {CrowdText.OneIn(prevalence, dutch)})"));
        }

        foreach (var type in new[] { EntityType.Occupation, EntityType.Family, EntityType.Trait })
        {
            if (usable.Where(e => e.Type == type).MinBy(e => Number(e, "share", 1)) is { } narrowest)
            {
                var share = Number(narrowest, "share", 1);
                details.Add(Fraction(narrowest, share / 2, Math.Min(1, share * 2)));
            }
        }

        var narrowing = details.Count(d => !d.IsPopulation && d.Low < 1) + (details[0].Entity is null ? 0 : 1);
        if (narrowing < 2 || !details.Any(d => d.Entity is { } e && Array.IndexOf(PersonDescriptors, e.Type) >= 0))
        {
            return null;
        }

        var lowEstimate = details.Aggregate(1.0, (product, d) => product * d.Low);
        var highEstimate = details.Aggregate(1.0, (product, d) => product * d.High);
        return new CrowdAssessment(details, lowEstimate, Math.Max(lowEstimate, highEstimate));
    }

    private static QuasiIdentifier Population(List<Entity> usable, Entity? namedEvent, PostLanguage language, AuthorProfile author, ReidentificationOptions options)
    {
        if (namedEvent is not null)
        {
            var (low, high) = Range(namedEvent.Attribute("involved"), 1, 3);
            return new QuasiIdentifier(namedEvent, low, high, IsPopulation: true, dutch => $"{namedEvent.Text} (≈ {CrowdText.Range(low, high, dutch)} {(dutch ? "betrokkenen" : "people involved")})");
        }

        var fallback = options.Catchment is { } configured ? configured
            : author.Role == "institution" ? HospitalCatchment
            : language == PostLanguage.English ? UnitedKingdom : Country;

        // A place larger than the default population (a relative "came over from Canada") narrows nothing.
        var place = usable.Where(e => e.Type == EntityType.Place && Number(e, "low", Number(e, "population", Country)) < fallback)
            .MinBy(e => Number(e, "low", Number(e, "population", Country)));
        if (place is not null)
        {
            var population = Number(place, "population", Country);
            var (low, high) = place.Attribute("kind") == "vague" ? (Number(place, "low", population), Number(place, "high", population))
                : place.Attribute("locates") == "institution" ? (Math.Max(population * 2, 30_000), Math.Max(population * 8, 150_000))
                : (population, population);
            var locatesInstitution = place.Attribute("locates") == "institution";
            return new QuasiIdentifier(place, low, high, IsPopulation: true, dutch => $"{place.Text} (≈ {CrowdText.Range(low, high, dutch)} {(dutch ? (locatesInstitution ? "verzorgingsgebied" : "inwoners") : (locatesInstitution ? "people in its catchment" : "inhabitants"))})");
        }

        var institution = usable.Where(e => e.Type == EntityType.Institution && e.Attribute("catchment") is not null).MinBy(e => Number(e, "catchment", Country));
        if (institution is not null)
        {
            var catchment = Number(institution, "catchment", Country);
            return new QuasiIdentifier(institution, catchment, catchment, IsPopulation: true, dutch => $"{institution.Text} (≈ {CrowdText.Number(catchment, dutch)} {(dutch ? "mensen" : "people")})");
        }

        return new QuasiIdentifier(null, fallback, fallback, IsPopulation: true, dutch => $"≈ {CrowdText.Number(fallback, dutch)} {(dutch ? "inwoners" : "inhabitants")}");
    }

    private static QuasiIdentifier AgeDetail(Entity age, bool residents)
    {
        var (low, high) = AgeBand(age);

        // Care-home residents are mostly over 80: there an age narrows within the over-80s, not the population.
        var share = residents ? Math.Min(1, AgeDistribution.Share(low, high) / AgeDistribution.Share(80, 110)) : AgeDistribution.Share(low, high);
        if (age.Attribute("precisionDays") is { } days)
        {
            share *= double.Parse(days, CultureInfo.InvariantCulture) / 365;
        }

        return age.Attribute("precisionDays") is null
            ? Fraction(age, share * 0.7, Math.Min(1, share * 1.5), dutch => (dutch ? "leeftijd " : "age ") + (low == high ? low.ToString(CultureInfo.InvariantCulture) : high >= 105 ? $"{low}+" : $"{low}–{high}"))
            : Fraction(age, share * 0.7, Math.Min(1, share * 1.5));
    }

    private static (int Low, int High) AgeBand(Entity age)
    {
        if (age.Attribute("value") is { } value)
        {
            var v = int.Parse(value, CultureInfo.InvariantCulture);
            return (v, v);
        }

        return ((int)Number(age, "low", 0), (int)Number(age, "high", 110));
    }

    private static double AgeWidth(Entity age)
    {
        var (low, high) = AgeBand(age);
        return high - low + 1 - (age.Attribute("precisionDays") is null ? 0 : 0.5);
    }

    private static bool? SexOf(IEnumerable<Entity> usable)
    {
        var values = usable.Where(e => e.Type == EntityType.Sex).Select(e => e.Attribute("value")).Distinct().ToList();
        return values.Count == 1 ? values[0] == "female" : null;
    }

    private static QuasiIdentifier Fraction(Entity entity, double low, double high) =>
        Fraction(entity, low, high, _ => entity.Text);

    private static QuasiIdentifier Fraction(Entity entity, double low, double high, Func<bool, string> name) =>
        new(entity, low, Math.Max(low, high), IsPopulation: false, name);

    private static double Number(Entity entity, string attribute, double fallback) =>
        double.TryParse(entity.Attribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static (double Low, double High) Range(string? text, double low, double high)
    {
        var parts = text?.Split('-') ?? [];
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var l)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) ? (l, h) : (low, high);
    }

    private static string DutchClass(string prevalenceClass) => prevalenceClass switch
    {
        "ultra-rare" => "zeer zeldzaam",
        "rare" => "zeldzaam",
        "uncommon" => "niet alledaags",
        _ => "vaak voorkomend",
    };
}
