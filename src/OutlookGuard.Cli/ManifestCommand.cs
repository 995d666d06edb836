using OutlookGuard.Manifest;

namespace OutlookGuard.Cli;

/// <summary>
/// <c>outlookguard manifest</c>: writes the add-in manifest for one deployed host, as XML (the add-in only
/// manifest, the default) or JSON (the unified manifest), validated before it is written;
/// <c>outlookguard manifest validate FILE</c>: checks a manifest (a <c>.json</c> file as a unified one)
/// before it is uploaded.
/// </summary>
internal static class ManifestCommand
{
    private static readonly string[] GenerateOptions = ["host", "client-id", "out", "version", "support-url", "app-id", "send-mode", "format", "policy"];
    private static readonly string[] ValidateOptions = ["host"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        return args.Length > 0 && args[0] == "validate"
            ? Validate(args.AsSpan(1).ToArray(), stdout, stderr)
            : Generate(args, stdout, stderr);
    }

    private static int Generate(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = OptionReader.Read(args, GenerateOptions);
        if (options.Error is not null)
        {
            return CliApp.UsageError(stderr, options.Error);
        }

        if (options.Positionals.Count > 0)
        {
            return CliApp.UsageError(stderr, $"Unexpected argument '{options.Positionals[0]}'.");
        }

        var format = options.Get("format") ?? "xml";
        if (format is not ("xml" or "json"))
        {
            return CliApp.UsageError(stderr, $"--format must be xml or json, not '{format}'.");
        }

        var sendMode = options.Get("send-mode");
        if (options.Get("policy") is { } policyPath)
        {
            // The policy's Guard:ReplyGuard:SendMode, unless --send-mode says the same or the policy cannot be read.
            if (PolicyLoader.ForCommand(policyPath, stderr) is not { } policy)
            {
                return ExitCodes.Usage;
            }

            var fromPolicy = policy.ReplyGuard.SendMode.ToString();
            if (sendMode is not null && !string.Equals(sendMode, fromPolicy, StringComparison.OrdinalIgnoreCase))
            {
                return CliApp.UsageError(stderr, $"--send-mode {sendMode} differs from the policy's Guard:ReplyGuard:SendMode ({fromPolicy}); give one of them.");
            }

            sendMode = fromPolicy;
        }

        var result = ManifestSettings.Create(
            options.Get("host"), options.Get("client-id"), options.Get("version"), options.Get("support-url"), options.Get("app-id"),
            sendMode);
        if (result.Settings is null)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("outlookguard: " + error);
            }

            return ExitCodes.Usage;
        }

        if (format == "json" && result.Settings.UnifiedVersion is null)
        {
            stderr.WriteLine($"outlookguard: --version {result.Settings.Version}: the unified manifest's version has three numbers; use a fourth number of 0 or give three numbers (for example 1.0.1).");
            return ExitCodes.Usage;
        }

        var text = format == "json" ? UnifiedManifestGenerator.Generate(result.Settings) : ManifestGenerator.Generate(result.Settings);
        var problems = Check(text, format, result.Settings.Host);
        if (problems.Count > 0)
        {
            stderr.WriteLine("outlookguard: the generated manifest failed validation; nothing was written:");
            foreach (var problem in problems)
            {
                stderr.WriteLine("  " + problem);
            }

            return ExitCodes.Failure;
        }

        var output = options.Get("out");
        if (output is null)
        {
            stdout.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(output, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"outlookguard: cannot write '{output}': check that the folder exists and is writable.");
            return ExitCodes.Failure;
        }

        stdout.WriteLine($"{output}: {(format == "json" ? "unified" : "XML")} manifest for {result.Settings.Origin} (version {result.Settings.Version}, send mode {result.Settings.SendMode}), valid");
        return ExitCodes.Success;
    }

    private static int Validate(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = OptionReader.Read(args, ValidateOptions);
        if (options.Error is not null)
        {
            return CliApp.UsageError(stderr, options.Error);
        }

        if (options.Positionals.Count != 1)
        {
            return CliApp.UsageError(stderr, "Use: outlookguard manifest validate FILE [--host URL]");
        }

        Uri? host = null;
        if (options.Get("host") is { } hostText)
        {
            host = ManifestSettings.ParseHost(hostText, out var hostError);
            if (host is null)
            {
                stderr.WriteLine("outlookguard: " + hostError);
                return ExitCodes.Usage;
            }
        }

        var path = options.Positionals[0];
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"outlookguard: cannot read '{path}'.");
            return ExitCodes.InputError;
        }

        var format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "xml";
        var problems = Check(text, format, host);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                stderr.WriteLine($"{path}: {problem}");
            }

            return ExitCodes.InputError;
        }

        stdout.WriteLine($"{path}: valid");
        return ExitCodes.Success;
    }

    private static IReadOnlyList<ManifestProblem> Check(string text, string format, Uri? host) =>
        format == "json" ? UnifiedManifestValidator.Validate(text, host) : ManifestValidator.Validate(text, host);
}
