// Uses PostLint as a library: one linter, shared, analysing a Dutch and an English draft.
// Run: dotnet run --project samples/PostLint.Samples.LibraryUsage
using PostLint;
using PostLint.Diagnostics;

// Create the linter once and share it: construction loads the rules, Analyze is thread-safe.
var linter = new PostLinter(new PostLinterOptions
{
    Author = new AuthorProfile(Role: "nurse", Account: AccountKind.Professional),
});

Print(linter.Analyze(new Post("Vragen over de uitslag van je vader? Mail me op j.devries@gmail.com, dan bel ik terug.")
{
    Language = PostLanguage.Dutch,
    Platform = "facebook",
}));

// Language defaults to Auto: the linter detects English here.
Print(linter.Analyze("Mr Smith in room 12 shouted at me AGAIN. Some patients are just hopeless! His daughter is kate.smith@outlook.com if anyone wants to complain."));

// A clean post: no diagnostics, no pause advised.
Print(linter.Analyze("Great to see so many colleagues at the wound care symposium today. Slides follow next week."));

static void Print(AnalysisResult result)
{
    Console.WriteLine($"[{result.Language.ToCode()}] {result.Post.Text}");
    foreach (var diagnostic in result.Diagnostics)
    {
        Console.WriteLine($"  {diagnostic.Id} {diagnostic.Severity.ToName()} {diagnostic.Category} {diagnostic.Span} '{diagnostic.Text}'");
        Console.WriteLine($"    {diagnostic.Message}");
        foreach (var fix in diagnostic.Fixes)
        {
            Console.WriteLine($"    fix: {fix.Title} -> {fix.ApplyTo(result.Post.Text)}");
        }
    }

    Console.WriteLine(result.Diagnostics.Count == 0 ? "  no findings" : $"  highest severity: {result.HighestSeverity?.ToName()}");
    Console.WriteLine(result.CountToTen.Advised
        ? $"  count to ten: {string.Join(" ", result.CountToTen.Reasons)}"
        : "  count to ten: not needed");
    Console.WriteLine();
}
