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

        var format = options.Get("format") ?? "text";
        if (format == "json")
        {
            foreach (var rule in RuleCatalog.All)
            {
                var d = rule.Descriptor;
                stdout.WriteLine(JsonSerializer.Serialize(new RuleRow(d.Id, d.DefaultSeverity.ToString().ToLowerInvariant(), d.Rationale), CliJsonContext.Default.RuleRow));
            }

            return ExitCodes.Success;
        }

        if (format != "text")
        {
            return CliApp.UsageError(stderr, "--format must be text or json.");
        }

        var width = RuleCatalog.All.Count == 0 ? 0 : RuleCatalog.All.Max(r => r.Descriptor.Id.Length);
        foreach (var rule in RuleCatalog.All)
        {
            var d = rule.Descriptor;
            stdout.WriteLine($"{d.Id.PadRight(width)}  {d.DefaultSeverity.ToString().ToLowerInvariant(),-6}  {d.Rationale}");
        }

        return ExitCodes.Success;
    }
}
