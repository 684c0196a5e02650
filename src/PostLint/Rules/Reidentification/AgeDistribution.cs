using System.Globalization;
using PostLint.Text;

namespace PostLint.Rules.Reidentification;

/// <summary>
/// The share of the population at an age or in an age band, by sex, from
/// <c>rules/lexicons/demography/nl-age-sex.tsv</c> (CBS StatLine 03759ned, five-year bands).
/// One year of age is a fifth of its band.
/// </summary>
internal static class AgeDistribution
{
    private static readonly Lazy<(int From, double Men, double Women)[]> Bands = new(() =>
        Lexicon.Load("lexicons/demography/nl-age-sex.tsv")
            .Select(e => (int.Parse(e.Term, CultureInfo.InvariantCulture), double.Parse(e.Column(0)!, CultureInfo.InvariantCulture), double.Parse(e.Column(1)!, CultureInfo.InvariantCulture)))
            .OrderBy(b => b.Item1)
            .ToArray());

    private static readonly Lazy<double> Total = new(() => Bands.Value.Sum(b => b.Men + b.Women));

    /// <summary>Share of all inhabitants aged <paramref name="low"/> to <paramref name="high"/> (inclusive).</summary>
    public static double Share(int low, int high) => Count(low, high, men: true, women: true) / Total.Value;

    /// <summary>Share of women (or men) among people aged <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static double SexShare(int low, int high, bool female)
    {
        var all = Count(low, high, men: true, women: true);
        return all <= 0 ? 0.5 : Count(low, high, men: !female, women: female) / all;
    }

    private static double Count(int low, int high, bool men, bool women)
    {
        var bands = Bands.Value;
        var sum = 0.0;
        for (var i = 0; i < bands.Length; i++)
        {
            var from = bands[i].From;
            var to = i + 1 < bands.Length ? bands[i + 1].From - 1 : from + 9;
            var overlap = Math.Min(to, high) - Math.Max(from, low) + 1;
            if (overlap <= 0)
            {
                continue;
            }

            var perYear = ((men ? bands[i].Men : 0) + (women ? bands[i].Women : 0)) / (to - from + 1);
            sum += perYear * overlap;
        }

        return sum;
    }
}
