using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Cli.Console;
using PostLint.Diagnostics;
using PostLint.Output;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint rules</c>: every rule with its category, default severity and title, a configured plugin's rules included.</summary>
internal sealed class RulesCommand(ICliConsole console)
{
    public int Run(bool json, string? configPath)
    {
        var rules = ConfiguredRules.For(console, configPath);
        if (json)
        {
            WriteJson(rules);
            return ExitCodes.Clean;
        }

        var categoryWidth = Math.Max("Category".Length, rules.Max(r => r.Category.ToString().Length));
        var idWidth = Math.Max(7, rules.Max(r => r.Id.Length));
        console.Output.WriteLine($"{"ID".PadRight(idWidth)} {"Category".PadRight(categoryWidth)} {"Default",-8} Title");
        foreach (var rule in rules)
        {
            console.Output.WriteLine($"{rule.Id.PadRight(idWidth)} {rule.Category.ToString().PadRight(categoryWidth)} {rule.DefaultSeverity.ToName(),-8} {rule.Title}");
        }

        return ExitCodes.Clean;
    }

    private void WriteJson(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                RuleJson.Write(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        console.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
