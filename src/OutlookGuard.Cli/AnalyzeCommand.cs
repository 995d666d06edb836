using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Headers;
using OutlookGuard.Core.Policy;
using OutlookGuard.GeoIp;

namespace OutlookGuard.Cli;

/// <summary><c>outlookguard analyze</c>: one verdict per message, as text for people or JSON Lines for tools.</summary>
internal static class AnalyzeCommand
{
    private static readonly JsonSerializerOptions JsonLines = new(AnalysisJsonContext.Default.Options)
    {
        // Japanese display names and subjects stay readable; control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var options = OptionReader.Read(args, ["policy", "format", "lang", "geoip"]);
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

        var policy = new GuardPolicy();
        if (options.Get("policy") is { } policyPath)
        {
            var (loaded, errors) = PolicyLoader.Load(policyPath);
            if (loaded is null)
            {
                foreach (var error in errors)
                {
                    stderr.WriteLine(error);
                }

                return ExitCodes.Usage;
            }

            policy = loaded;
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
        var compiled = CompiledPolicy.Compile(policy);
        var analyzer = new GuardAnalyzer(compiled);
        var parserOptions = new MessageParserOptions { Policy = compiled, Geolocator = geolocator };

        var failures = 0;
        foreach (var (path, error) in InputFiles.Expand(options.Positionals))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (error is not null)
            {
                stderr.WriteLine($"outlookguard: {path}: {error}");
                failures++;
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = InputFiles.ReadHead(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"outlookguard: {path}: {InputFiles.Reason(e)}");
                failures++;
                continue;
            }

            var facts = MessageParser.Parse(bytes, parserOptions);
            if (facts.HeaderCount == 0)
            {
                stderr.WriteLine($"outlookguard: {path}: no header block found");
                failures++;
                continue;
            }

            var result = analyzer.Analyze(facts, language) with { Source = path };
            if (format == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(result, JsonLines.GetTypeInfo(typeof(AnalysisResult))));
            }
            else
            {
                TextReport.Write(stdout, result, language);
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }
}
