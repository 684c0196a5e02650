// PostLint benchmarks. Run from the repository root in Release:
//   dotnet run -c Release --project tests/PostLint.Benchmarks -- --throughput [--iterations 50] [--by-component] [--corpus PATH]
//   dotnet run -c Release --project tests/PostLint.Benchmarks -- --long-posts [--by-component] [--only PATTERN]
//   dotnet run -c Release --project tests/PostLint.Benchmarks -- --model-load
//   dotnet run -c Release --project tests/PostLint.Benchmarks -- --filter '*' [--corpus PATH]
// Everything else on the command line goes to BenchmarkDotNet (--filter, --list flat, --job short, ...).
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PostLint.Benchmarks;

var arguments = args.ToList();
if (arguments.Remove("--long-posts"))
{
    return LongPostsMode.Run(byComponent: arguments.Remove("--by-component"), only: TakeOption(arguments, "--only")) ? 0 : 1;
}

if (arguments.Remove("--model-load"))
{
    return ModelLoadMode.Run(budgetMilliseconds: 30) ? 0 : 1;
}

var corpus = DevCorpus.Resolve(TakeOption(arguments, "--corpus"));

if (arguments.Remove("--throughput"))
{
    var iterations = int.Parse(TakeOption(arguments, "--iterations") ?? "50", CultureInfo.InvariantCulture);
    ThroughputMode.Run(corpus, iterations, byComponent: arguments.Remove("--by-component"));
    return 0;
}

// BenchmarkDotNet runs each benchmark in a child process, which inherits the environment.
Environment.SetEnvironmentVariable(DevCorpus.PathVariable, corpus);

// The child project is built first; on a busy 2-core machine that can take longer than the 2-minute default.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(DevCorpus).Assembly).Run([.. arguments], config);
return 0;

static string? TakeOption(List<string> arguments, string name)
{
    var index = arguments.IndexOf(name);
    if (index < 0 || index + 1 >= arguments.Count)
    {
        return null;
    }

    var value = arguments[index + 1];
    arguments.RemoveRange(index, 2);
    return value;
}
