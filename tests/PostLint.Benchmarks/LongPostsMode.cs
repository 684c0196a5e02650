using System.Diagnostics;
using System.Globalization;

namespace PostLint.Benchmarks;

/// <summary>
/// <c>--long-posts</c>: how the cost of one post grows with its length. Each pattern that once made the
/// engine quadratic (issue 16, B1), and a few more shapes of hostile text, is repeated up to 10,000 and
/// 100,000 characters; each post is checked with no time budget, so the figures show the real cost rather
/// than the budget cutting it short. A check passes when the 100k post takes under 1 s and at most 12 times
/// the 10k post.
/// </summary>
public static class LongPostsMode
{
    private const int ShortLength = 10_000;
    private const int LongLength = 100_000;
    private static readonly TimeSpan LongLimit = TimeSpan.FromSeconds(1);
    private const double GrowthLimit = 12;

    // (name, unit repeated to fill the post)
    private static readonly (string Name, string Unit)[] Patterns =
    [
        ("handles", "@ab "),
        ("postcodes", "1234 AB "),
        ("rooms", "kamer 12 "),
        ("re-identification", "Mijn patiënte van 87 uit Urk met ALS lag vorige week op kamer 12 van afdeling B4. "),
        ("phone numbers", "bel me op 06-12345678 of 020 123 4567 "),
        ("insults", "wat een idioot "),
        ("IBANs", "NL91ABNA0417164300 "),
        ("passwords", "wachtwoord: Zomer2024! "),
        ("salaries", "haar salaris is €4.500 per maand "),
        ("e-mail addresses", "jan.jansen@gmail.com "),
        ("links", "https://intranet.ziekenhuis.local/p/12 "),
        ("BSNs", "bsn 123456782 "),
        ("dates of birth", "geboren 12-03-1950 "),
        ("names", "mevrouw Jansen en meneer De Vries "),
        ("shouting", "WAAROM LUISTERT NIEMAND!!! "),
        ("ages", "87-jarige man "),
        ("figures", "90% van de patiënten "),
        ("one sentence", "de patiënt en de dokter "),
        ("one word", "a"),
        ("line breaks", "x\n"),
        ("full stops", "Ja. "),
        ("quotes", "'goed' "),
        ("hashtags", "#zorg "),
    ];

    /// <summary>Checks every pattern at both lengths and prints a table; returns false when a check fails.</summary>
    /// <param name="byComponent">Also print, for each 100k post, where its time goes.</param>
    /// <param name="only">Only the patterns whose name contains this, or all when null.</param>
    public static bool Run(bool byComponent, string? only = null)
    {
        var linter = new PostLinter(new PostLinterOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"pattern",-20} {"10k ms",8} {"100k ms",8} {"growth",7} {"100k MB",8}  result"));
        var allPassed = true;
        foreach (var (name, unit) in Patterns.Where(p => only is null || p.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            Measure(linter, Fill(unit, 1_000)); // JIT and first-use costs out of the way
            var (shortTime, _) = Measure(linter, Fill(unit, ShortLength));
            var longPost = Fill(unit, LongLength);
            var (longTime, allocated) = Measure(linter, longPost);
            var growth = longTime / shortTime;
            var passed = longTime < LongLimit && growth <= GrowthLimit;
            allPassed &= passed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-20} {shortTime.TotalMilliseconds,8:F1} {longTime.TotalMilliseconds,8:F1} {growth,6:F1}x {allocated / 1048576.0,8:F1}  {(passed ? "ok" : "FAIL")}"));
            if (byComponent)
            {
                ComponentProfile.Run([new Post(longPost)], 1);
                Console.WriteLine();
            }
        }

        Console.WriteLine($"load average: {ThroughputMode.LoadAverage()} (wall times on a shared machine: the fastest of five runs)");
        return allPassed;
    }

    private static string Fill(string unit, int length)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1));
        return text[..length];
    }

    // The fastest of five runs, and the bytes the last one allocated. Each run starts with a full collection, so
    // that the garbage of the previous post is not collected on this post's clock.
    private static (TimeSpan Time, long Allocated) Measure(PostLinter linter, string text)
    {
        var best = TimeSpan.MaxValue;
        long allocated = 0;
        for (var run = 0; run < 5; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var timer = Stopwatch.StartNew();
            linter.Analyze(text);
            timer.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = timer.Elapsed < best ? timer.Elapsed : best;
        }

        return (best, allocated);
    }
}
