// postlint-fuzz TARGET [--replay DIR]
//   Under afl-fuzz (persistent mode) feeds each input to TARGET: jsonl, markdown, config or engine.
//   With --replay, runs every file in DIR through TARGET once and reports the first failure.
// An input the target refuses with an InputException (exit 2 in the CLI, 4xx in the service) is a pass;
// any other exception escapes, which AFL records as a crash.
using PostLint.Fuzz;
using PostLint.Input;
using SharpFuzz;

if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: postlint-fuzz {{{string.Join('|', FuzzTargets.Names)}}} [--replay DIR]");
    return 2;
}

if (args is [_, "--replay", var directory])
{
    return Replay.Run(target, directory);
}

Fuzzer.Run(input =>
{
    try
    {
        target(input);
    }
    catch (InputException)
    {
    }
});
return 0;
