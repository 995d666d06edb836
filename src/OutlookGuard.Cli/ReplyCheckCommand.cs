using System.Globalization;
using MimeKit;
using OutlookGuard.Core;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Reply;

namespace OutlookGuard.Cli;

/// <summary>
/// <c>outlookguard reply-check</c>: what the reply guard answers at Send, without Outlook: the same Core decision the
/// API's <c>POST /api/replies/check</c> runs, over an original read from a file (or none, for a new message).
/// </summary>
internal static class ReplyCheckCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = OptionReader.Read(args, ["to", "policy", "format", "lang"]);
        if (options.Error is not null)
        {
            return CliApp.UsageError(stderr, options.Error);
        }

        if (options.Positionals.Count > 1)
        {
            return CliApp.UsageError(stderr, "'reply-check' takes at most one original message.");
        }

        if (Recipients(options.Get("to"), out var error) is not { } recipients)
        {
            return CliApp.UsageError(stderr, error!);
        }

        var format = options.Get("format") ?? "text";
        var langText = options.Get("lang");
        if (format is not ("text" or "json") || langText is not (null or "en" or "ja"))
        {
            return CliApp.UsageError(stderr, "--format must be text or json, --lang en or ja.");
        }

        if (PolicyLoader.ForCommand(options.Get("policy"), stderr) is not { } policy)
        {
            return ExitCodes.Usage;
        }

        var build = GuardEngine.Create(policy);
        if (!build.Succeeded)
        {
            foreach (var buildError in build.Errors)
            {
                stderr.WriteLine(buildError);
            }

            return ExitCodes.Usage;
        }

        MessageInput? original = null;
        if (options.Positionals.Count == 1)
        {
            var path = options.Positionals[0];
            try
            {
                original = MessageInput.FromBytes(InputFiles.ReadHead(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"{path}: {InputFiles.Reason(e)}");
                return ExitCodes.InputError;
            }
        }

        var language = LanguageTag.Parse(langText ?? CultureInfo.CurrentUICulture.Name);
        var check = build.Engine.CheckReply(original, recipients, language);
        if (format == "json")
        {
            stdout.Write(JsonLines.Of(check, CliJsonContext.Default.ReplyCheck));
            return ExitCodes.Success;
        }

        stdout.WriteLine(check.Action == ReplyAction.Warn ? "warn: " + check.Message : "allow");
        foreach (var flagged in check.Flagged)
        {
            stdout.WriteLine($"  {flagged.Address}  {flagged.Reason}");
        }

        return ExitCodes.Success;
    }

    // --to: comma-separated mailboxes, each "Name <address>" or a bare address.
    private static List<ReplyAddress>? Recipients(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "'reply-check' needs --to with at least one address.";
            return null;
        }

        if (!InternetAddressList.TryParse(text, out var list) || list.Mailboxes.Count() != list.Count)
        {
            error = $"--to: '{text}' is not a comma-separated list of addresses.";
            return null;
        }

        return [.. list.Mailboxes.Select(m => new ReplyAddress(string.IsNullOrWhiteSpace(m.Name) ? null : m.Name, m.Address))];
    }
}
