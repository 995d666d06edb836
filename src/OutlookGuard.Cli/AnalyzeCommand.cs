using System.Globalization;
using System.Text;
using OutlookGuard.Core;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Localization;
using OutlookGuard.GeoIp;

namespace OutlookGuard.Cli;

/// <summary><c>outlookguard analyze</c>: one verdict per message, as text for people or JSON Lines for tools.</summary>
internal static class AnalyzeCommand
{
    // Each worker thread reuses its text report's buffer.
    [ThreadStatic]
    private static StringBuilder? t_text;

    // Results analyzed ahead of the one being printed, per core: bounds memory to that many files of at most
    // InputFiles.MaxBytesRead bytes plus their reports, while a slow file never leaves a core idle.
    private const int WindowPerCore = 128;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var options = OptionReader.Read(args, ["policy", "format", "lang", "geoip", "mailbox", "me"]);
        if (options.Error is not null)
        {
            return CliApp.UsageError(stderr, options.Error);
        }

        if (options.Positionals.Count == 0)
        {
            return CliApp.UsageError(stderr, "'analyze' needs at least one path.");
        }

        var format = options.Get("format") ?? "text";
        if (format is not ("text" or "json"))
        {
            return CliApp.UsageError(stderr, "--format must be text or json.");
        }

        var langText = options.Get("lang");
        if (langText is not (null or "en" or "ja"))
        {
            return CliApp.UsageError(stderr, "--lang must be en or ja.");
        }

        var language = LanguageTag.Parse(langText ?? CultureInfo.CurrentUICulture.Name);

        if (PolicyLoader.ForCommand(options.Get("policy"), stderr) is not { } policy)
        {
            return ExitCodes.Usage;
        }

        MaxMindGeolocator? geolocator;
        try
        {
            geolocator = options.Get("geoip") is { } geoipPath ? new MaxMindGeolocator(geoipPath) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            var reason = e is InvalidDataException ? "not a MaxMind Country or City database (.mmdb)" : InputFiles.Reason(e);
            stderr.WriteLine($"outlookguard: --geoip: {reason}");
            return ExitCodes.Usage;
        }

        using var geo = geolocator;
        var build = GuardEngine.Create(policy, new GuardEngineOptions { Geolocator = geolocator });
        if (!build.Succeeded)
        {
            foreach (var error in build.Errors)
            {
                stderr.WriteLine(error);
            }

            return ExitCodes.Usage;
        }

        var engine = build.Engine;
        MailboxHistory? mailbox = null;
        if (options.Get("mailbox") is { } mailboxPath)
        {
            var (history, skipped, error) = MailboxFolder.Load(mailboxPath, options.Get("me"), engine);
            if (history is null)
            {
                stderr.WriteLine($"outlookguard: --mailbox: {error}");
                return ExitCodes.Usage;
            }

            if (skipped > 0)
            {
                stderr.WriteLine($"outlookguard: --mailbox: {skipped} files skipped (not messages, or past {MailboxFolder.MaxMessages} messages)");
            }

            mailbox = history;
        }
        else if (options.Get("me") is not null)
        {
            return CliApp.UsageError(stderr, "--me needs --mailbox.");
        }

        var json = format == "json";
        var tally = new Tally();
        OrderedPipeline<(string Path, string? Error), Report>.Run(
            InputFiles.Expand(options.Positionals),
            input => AnalyzeOne(input.Path, input.Error, json, language, engine, mailbox),
            report => Print(report, json, stdout, stderr, tally),
            workers: Environment.ProcessorCount,
            window: WindowPerCore * Environment.ProcessorCount,
            cancellationToken);
        if (!json && (tally.Total > 1 || options.Positionals.Any(Directory.Exists)))
        {
            stdout.WriteLine(TextReport.Summary(tally.Total, tally.Danger, tally.Caution, tally.Safe, tally.Unreadable, language));
        }

        return tally.Unreadable == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    // Prints one report (or the reason its input could not be read) and counts it.
    private static void Print(Report report, bool json, TextWriter stdout, TextWriter stderr, Tally tally)
    {
        if (report.Error is { } error)
        {
            tally.Unreadable++;
            stderr.WriteLine($"outlookguard: {report.Path}: {error}");
            if (json)
            {
                stdout.Write(ErrorLine(report.Path, error));
            }

            return;
        }

        tally.Add(report.Verdict);
        stdout.Write(report.Output);
    }

    private static Report AnalyzeOne(string path, string? error, bool json, Language language, GuardEngine engine, MailboxHistory? mailbox)
    {
        var (output, verdict, failure) = Analyze(path, error, json, language, engine, mailbox);
        return new Report(path, output, verdict, failure);
    }

    private static (string? Output, Verdict Verdict, string? Error) Analyze(string path, string? error, bool json, Language language, GuardEngine engine, MailboxHistory? mailbox)
    {
        if (error is not null)
        {
            return (null, default, error);
        }

        byte[] bytes;
        try
        {
            if (InputFiles.ReadMessage(path) is not { } head)
            {
                return (null, default, $"larger than {InputFiles.MaxFileBytes / (1024 * 1024)} MB, not read");
            }

            bytes = head;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, default, InputFiles.Reason(e));
        }

        if (InputFiles.LooksBinary(bytes))
        {
            return (null, default, "binary data, not a message");
        }

        try
        {
            var input = MessageInput.FromBytes(bytes);
            var facts = engine.ReadFacts(input);
            var result = engine.Analyze(facts, language, mailbox?.For(facts));
            if (result.Message.HeaderCount == 0)
            {
                return (null, default, "no header block found");
            }

            result = result with { Source = path };
            if (json)
            {
                return (JsonLines.Of(result, AnalysisJsonContext.Default.AnalysisResult), result.Verdict, null);
            }

            var buffer = t_text ??= new StringBuilder(4096);
            buffer.Clear();
            using (var text = new StringWriter(buffer, CultureInfo.InvariantCulture))
            {
                TextReport.Write(text, result, language);
            }

            return (buffer.ToString(), result.Verdict, null);
        }
#pragma warning disable CA1031 // One message that breaks the analysis must not stop the others; it is reported as failed.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (null, default, "the analysis failed");
        }
    }

    // The JSON Lines record for an input that could not be analyzed: { "source": ..., "error": ... }.
    private static string ErrorLine(string path, string error) => JsonLines.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("source", path);
        writer.WriteString("error", error);
        writer.WriteEndObject();
    });
}
