using PostLint.Training;

// Trains the language model, the claim classifier or the tone classifier. Usage (from the repository root):
//   dotnet run --project src/PostLint.Training -c Release -- language --data ../shared/data --out rules/models [--written FILE] [--labelled FILE]...
//   dotnet run --project src/PostLint.Training -c Release -- claims --data ../shared/data --out rules/models [--threshold 0.8]
//   dotnet run --project src/PostLint.Training -c Release -- --data ../shared/data --out rules/models [--threshold 0.8]
//   dotnet run --project src/PostLint.Training -c Release -- entities --data ../shared/data --out rules/models
// The claim and tone commands train a logistic regression with ML.NET over PostLint's own hashed features on the
// rows not held out, and write the model, its check file and its card to --out (see ClaimTraining, ToneTraining).
if (args.FirstOrDefault() == "language")
{
    string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    var labelled = args.Select((a, i) => (a, i)).Where(p => p.a == "--labelled" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
    if (Value("--data") is not { } data || Value("--out") is not { } output)
    {
        Console.Error.WriteLine("usage: PostLint.Training language --data <shared/data folder> --out <rules/models folder> [--written <lang/text TSV>] [--labelled <posts.jsonl>]...");
        return 2;
    }

    return PostLint.Training.Language.LanguageTraining.Run(data, output, Value("--written"), labelled);
}

if (args.FirstOrDefault() == "entities")
{
    string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    if (Value("--data") is not { } data || Value("--out") is not { } output || !Directory.Exists(Path.Combine(data, "ner")))
    {
        Console.Error.WriteLine("usage: PostLint.Training entities --data <shared/data folder with ner/ and gazetteers/> --out <rules/models folder>");
        return 2;
    }

    return PostLint.Training.Entities.EntityTraining.Run(data, output);
}

var command = args.FirstOrDefault() == "claims" ? "claims" : null;
var options = TrainingOptions.Parse(command is null ? args : args[1..], command);
if (options is null)
{
    Console.Error.WriteLine("usage: PostLint.Training [claims] --data <shared/data folder> --out <rules/models folder> [--threshold <probability between 0 and 1>]");
    return 2;
}

return command is null ? ToneTraining.Run(options) : PostLint.Training.Claims.ClaimTraining.Run(options);
