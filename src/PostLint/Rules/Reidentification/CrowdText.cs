using System.Globalization;

namespace PostLint.Rules.Reidentification;

/// <summary>Writes crowd sizes and prevalences for messages, in Dutch or English number style.</summary>
internal static class CrowdText
{
    // Built by hand rather than from culture data, so the output is the same on hosts running in invariant-globalization mode.
    private static readonly NumberFormatInfo DutchCulture = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
    private static readonly NumberFormatInfo EnglishCulture = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = "," };

    /// <summary>A count or estimate: two significant digits below 10, whole numbers with thousands separators above.</summary>
    public static string Number(double value, bool dutch)
    {
        var culture = dutch ? DutchCulture : EnglishCulture;
        if (value >= 1_000_000)
        {
            var millions = Math.Round(value / 1_000_000, value >= 10_000_000 ? 0 : 1);
            return millions.ToString("0.#", culture) + (dutch ? " miljoen" : " million");
        }

        if (value >= 10)
        {
            return Round(value).ToString("N0", culture);
        }

        if (value < 0.001)
        {
            return dutch ? "< 0,001" : "< 0.001";
        }

        return value >= 1 ? Math.Round(value, 1).ToString("0.#", culture) : RoundSignificant(value).ToString("0.#####", culture);
    }

    /// <summary>"950" or "1–3".</summary>
    public static string Range(double low, double high, bool dutch)
    {
        var (from, to) = (Number(low, dutch), Number(high, dutch));
        return from == to ? from : $"{from}–{to}";
    }

    /// <summary>"1 op 17.000" / "1 in 17,000".</summary>
    public static string OneIn(double prevalence, bool dutch) =>
        prevalence <= 0 ? "?" : $"1 {(dutch ? "op" : "in")} {Number(Round(1 / prevalence), dutch)}";

    /// <summary>"ongeveer 3 mensen" / "fewer than one person" for an estimated crowd.</summary>
    public static string Crowd(double low, bool dutch) => low switch
    {
        < 1 => dutch ? "minder dan één persoon: vrijwel zeker één herkenbaar iemand" : "fewer than one person: almost certainly one recognisable someone",
        < 1.5 => dutch ? "ongeveer 1 persoon" : "about 1 person",
        _ => dutch ? $"ongeveer {Number(low, dutch)} mensen" : $"about {Number(low, dutch)} people",
    };

    private static double Round(double value)
    {
        if (value < 100)
        {
            return Math.Round(value);
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return Math.Round(value / magnitude) * magnitude;
    }

    private static double RoundSignificant(double value)
    {
        if (value <= 0)
        {
            return 0;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return Math.Round(value / magnitude) * magnitude;
    }
}
