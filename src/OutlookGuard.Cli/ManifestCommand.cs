using OutlookGuard.Manifest;

namespace OutlookGuard.Cli;

/// <summary>
/// <c>outlookguard manifest</c>: writes the add-in manifest for one deployed host, validated before it
/// is written; <c>outlookguard manifest validate FILE</c>: checks a manifest before it is uploaded.
/// </summary>
internal static class ManifestCommand
{
    private static readonly string[] GenerateOptions = ["host", "client-id", "out", "version", "support-url", "app-id"];
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

        var result = ManifestSettings.Create(
            options.Get("host"), options.Get("client-id"), options.Get("version"), options.Get("support-url"), options.Get("app-id"));
        if (result.Settings is null)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("outlookguard: " + error);
            }

            return ExitCodes.Usage;
        }

        var xml = ManifestGenerator.Generate(result.Settings);
        var problems = ManifestValidator.Validate(xml, result.Settings.Host);
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
            stdout.Write(xml);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(output, xml);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"outlookguard: cannot write '{output}': check that the folder exists and is writable.");
            return ExitCodes.Failure;
        }

        stdout.WriteLine($"{output}: manifest for {result.Settings.Origin} (version {result.Settings.Version}), valid");
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
        string xml;
        try
        {
            xml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"outlookguard: cannot read '{path}'.");
            return ExitCodes.InputError;
        }

        var problems = ManifestValidator.Validate(xml, host);
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
}
