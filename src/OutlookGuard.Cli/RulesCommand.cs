using System.Text.Json;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Cli;

/// <summary><c>outlookguard rules</c>: what each rule id means, for admins writing a policy.</summary>
internal static class RulesCommand
{
    private const string TableStart = "<!-- rules:start -->";
    private const string TableEnd = "<!-- rules:end -->";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = OptionReader.Read(args, ["format"]);
        var format = options.Get("format") ?? "text";
        if (options.Error is not null || (options.Positionals.Count > 0 && format != "markdown"))
        {
            return CliApp.UsageError(stderr, options.Error ?? "'rules' takes files only with --format markdown.");
        }

        if (options.Positionals.Count > 0)
        {
            return UpdateTables(options.Positionals, stdout, stderr);
        }

        switch (format)
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

    /// <summary>
    /// <paramref name="document"/> with the lines between the rule table markers replaced by <paramref name="table"/>,
    /// or null when the markers are missing or out of order.
    /// </summary>
    public static string? ReplaceTable(string document, string table)
    {
        ArgumentNullException.ThrowIfNull(document);
        var start = document.IndexOf(TableStart + "\n", StringComparison.Ordinal);
        var end = document.IndexOf(TableEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return null;
        }

        var from = start + TableStart.Length + 1;
        return string.Concat(document.AsSpan(0, from), table, document.AsSpan(end));
    }

    // outlookguard rules --format markdown README.md docs/rules.md: rewrites the table in each file.
    private static int UpdateTables(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        var table = MarkdownTable();
        var exit = ExitCodes.Success;
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{file}: cannot be read.");
                exit = ExitCodes.InputError;
                continue;
            }

            if (ReplaceTable(text, table) is not { } updated)
            {
                stderr.WriteLine($"{file}: no {TableStart} ... {TableEnd} markers.");
                exit = ExitCodes.InputError;
                continue;
            }

            if (!string.Equals(updated, text, StringComparison.Ordinal))
            {
                File.WriteAllText(file, updated);
                stdout.WriteLine($"{file}: rule table updated.");
            }
        }

        return exit;
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
