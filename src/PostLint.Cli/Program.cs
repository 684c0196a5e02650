using PostLint.Cli;
using PostLint.Cli.Console;

return CliApplication.Run(args, new SystemConsole());
