using OutlookGuard.Core.Text;

namespace OutlookGuard.Cli;

/// <summary>Dispatches the sub-commands. No analysis logic lives here: it is all in OutlookGuard.Core.</summary>
internal static class CliApp
{
    public const string Usage = """
        Usage:
          outlookguard analyze <path>... [--policy FILE] [--format text|json] [--lang en|ja] [--geoip FILE]
                                         [--mailbox DIR [--me ADDRESS]]
              A path is an .eml file, a file holding only a header block, or a folder (its *.eml and *.txt files).
              --geoip: a MaxMind GeoLite2/GeoIP2 Country or City .mmdb, for the origin's country when
              Exchange Online's X-Forefront-Antispam-Report gives none.
              --mailbox: a folder of the user's exported mail (*.eml; a sent/ subfolder for Sent Items): each
              message is compared with the user's history with its sender. --me: the user's address (default:
              the From of the messages in sent/).
          outlookguard rules [--format text|json|markdown] [FILE...]
              Lists the rules: id, group, default severity, rationale. With --format markdown and files (README.md
              docs/rules.md), rewrites the table between <!-- rules:start --> and <!-- rules:end --> in each file.
          outlookguard policy validate FILE
              Checks a policy file ({ "Guard": { ... } }) and names every bad key and value.
          outlookguard manifest --host https://HOST --client-id GUID [--format xml|json] [--out FILE] [--version 1.0.0.0]
                                [--support-url URL] [--app-id GUID] [--send-mode PromptUser|SoftBlock] [--policy FILE]
              Writes the Outlook add-in manifest for the API deployed at HOST (validated first); stdout without --out.
              xml (default): the add-in only manifest; json: the unified manifest for Microsoft 365.
              --send-mode: what Send offers when the reply guard stops a message (default PromptUser: "Send Anyway");
              --policy: take it from the policy's Guard:ReplyGuard:SendMode instead.
          outlookguard reply-check [ORIGINAL.eml] --to ADDRESS[,ADDRESS...] [--policy FILE] [--format text|json] [--lang en|ja]
              What the reply guard answers at Send for a reply to ORIGINAL (none: a new message) addressed to the
              given recipients ("Name <address>" or address): warn with the sentence Outlook shows, or allow.
          outlookguard manifest validate FILE [--host https://HOST]
              Checks a manifest (.json: a unified one): the Office XSDs, resource ids, URLs, launch events and
              (with --host) its taskpane and event runtime host.

        Exit codes: 0 all inputs analyzed, 1 manifest could not be written, 2 usage error, 3 some input could not be read or was invalid.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        MailEncodings.Register();
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args.AsSpan(1).ToArray();
        return args[0] switch
        {
            "analyze" => AnalyzeCommand.Run(rest, stdout, stderr, cancellationToken),
            "rules" => RulesCommand.Run(rest, stdout, stderr),
            "policy" => PolicyCommand.Run(rest, stdout, stderr),
            "manifest" => ManifestCommand.Run(rest, stdout, stderr),
            "reply-check" => ReplyCheckCommand.Run(rest, stdout, stderr),
            _ => UsageError(stderr, $"Unknown command '{args[0]}'."),
        };
    }

    public static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine("outlookguard: " + message);
        stderr.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}
