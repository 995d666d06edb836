using System.Text.Json;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Cli;

/// <summary><c>outlookguard rules</c>: what each rule id means, for admins writing a policy.</summary>
internal static class RulesCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = OptionReader.Read(args, ["format"]);
        if (options.Error is not null || options.Positionals.Count > 0)
        {
            return CliApp.UsageError(stderr, options.Error ?? "'rules' takes no arguments.");
        }

        switch (options.Get("format") ?? "text")
        {
            case "json":
                foreach (var d in RuleCatalog.All.Select(r => r.Descriptor))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(new RuleRow(d.Id, Name(d.Group), Name(d.DefaultSeverity), d.Rationale), CliJsonContext.Default.RuleRow));
                }

                return ExitCodes.Success;
            case "markdown":
                stdout.Write(MarkdownTable());
                return ExitCodes.Success;
            case "text":
                var idWidth = RuleCatalog.All.Count == 0 ? 0 : RuleCatalog.All.Max(r => r.Descriptor.Id.Length);
                var groupWidth = Enum.GetValues<RuleGroup>().Max(g => Name(g).Length);
                foreach (var d in RuleCatalog.All.Select(r => r.Descriptor))
                {
                    stdout.WriteLine($"{d.Id.PadRight(idWidth)}  {Name(d.Group).PadRight(groupWidth)}  {Name(d.DefaultSeverity),-6}  {d.Rationale}");
                }

                return ExitCodes.Success;
            default:
                return CliApp.UsageError(stderr, "--format must be text, json or markdown.");
        }
    }

    /// <summary>
    /// The rule table of README.md and docs/rules.md (between <c>&lt;!-- rules:start --&gt;</c> and
    /// <c>&lt;!-- rules:end --&gt;</c>), in banner priority order, with <c>\n</c> line ends.
    /// </summary>
    public static string MarkdownTable()
    {
        var lines = new List<string>
        {
            "| id | group | default severity | what it catches |",
            "|---|---|---|---|",
        };
        foreach (var d in RuleCatalog.All.Select(r => r.Descriptor))
        {
            lines.Add($"| `{d.Id}` | {Name(d.Group)} | {Name(d.DefaultSeverity)} | {d.Rationale.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
