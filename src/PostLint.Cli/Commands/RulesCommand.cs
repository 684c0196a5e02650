using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Cli.Console;
using PostLint.Diagnostics;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint rules</c>: every rule with its category, default severity and title.</summary>
internal sealed class RulesCommand(ICliConsole console)
{
    public int Run(bool json)
    {
        var rules = new PostLinter().SupportedDiagnostics;
        if (json)
        {
            WriteJson(rules);
            return ExitCodes.Clean;
        }

        var categoryWidth = Math.Max("Category".Length, rules.Max(r => r.Category.ToString().Length));
        console.Output.WriteLine($"{"ID",-7} {"Category".PadRight(categoryWidth)} {"Default",-8} Title");
        foreach (var rule in rules)
        {
            console.Output.WriteLine($"{rule.Id,-7} {rule.Category.ToString().PadRight(categoryWidth)} {rule.DefaultSeverity.ToName(),-8} {rule.Title}");
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
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("category", rule.Category.ToString());
                writer.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
                writer.WriteString("title", rule.Title);
                writer.WriteString("description", rule.Description);
                writer.WriteString("guideline", rule.Guideline);
                writer.WriteString("helpUri", rule.HelpUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        console.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
