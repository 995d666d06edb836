using System.Globalization;
using System.Text.RegularExpressions;

namespace OutlookGuard.Manifest;

/// <summary>
/// The values that differ between deployments of the add-in. Everything else in the manifest is fixed
/// by the template, so each environment's manifest is generated, never hand-edited.
/// </summary>
/// <param name="Host">The API's origin (https, no path), which serves the taskpane and the icons.</param>
/// <param name="ClientId">The Entra ID application (client) id of the API registration; passed to the taskpane.</param>
/// <param name="Version">The add-in version (up to four dot-separated numbers); raise it for every update.</param>
/// <param name="SupportUrl">The page Outlook links to as the add-in's support page (https).</param>
/// <param name="AppId">The add-in's own id: keep it stable, or Outlook treats the upload as a new add-in.</param>
/// <param name="SendMode">What the Send dialog offers when the reply guard stops a message.</param>
public sealed partial record ManifestSettings(Uri Host, Guid ClientId, string Version, Uri SupportUrl, Guid AppId, SendMode SendMode)
{
    /// <summary>The add-in id used when none is given; stable across versions so updates replace the add-in.</summary>
    public static readonly Guid DefaultAppId = new("0b6f3c2e-8d4a-4f1e-9c7b-5a2d1e0f3b6c");

    /// <summary>The version used when none is given.</summary>
    public const string DefaultVersion = "1.0.0.0";

    /// <summary>The support page's path on the host when no support URL is given.</summary>
    public const string DefaultSupportPath = "/support.html";

    /// <summary>The taskpane's path on the host.</summary>
    public const string TaskpanePath = "/taskpane.html";

    /// <summary>The event runtime's page (Outlook on the web, new Outlook on Windows, Outlook on Mac).</summary>
    public const string EventsPagePath = "/events.html";

    /// <summary>The event handlers as one script: classic Outlook on Windows loads only this file.</summary>
    public const string EventsScriptPath = "/events.js";

    /// <summary>The send mode used when none is given: the user can always choose "Send Anyway".</summary>
    public const SendMode DefaultSendMode = SendMode.PromptUser;

    /// <summary>The function the event runtime registers for <see cref="OutlookEvent.NewMessageCompose"/>.</summary>
    public const string NewMessageComposeHandler = "onNewMessageCompose";

    /// <summary>The function the event runtime registers for <see cref="OutlookEvent.MessageSend"/>.</summary>
    public const string MessageSendHandler = "onMessageSend";

    /// <summary>The host as written in the manifest: scheme and authority, no trailing slash.</summary>
    public string Origin => Host.GetLeftPart(UriPartial.Authority);

    /// <summary>The taskpane URL that both the legacy form and the ribbon button open.</summary>
    public string TaskpaneUrl => $"{Origin}{TaskpanePath}?clientId={ClientId:D}";

    /// <summary>The event runtime's page URL.</summary>
    public string EventsPageUrl => Origin + EventsPagePath;

    /// <summary>The event handlers' script URL.</summary>
    public string EventsScriptUrl => Origin + EventsScriptPath;

    /// <summary>
    /// The version in the unified manifest's form, three numbers without leading zeros (semantic
    /// versioning): a fourth number of 0 is dropped; null when the fourth number is not 0, because the
    /// unified manifest could not tell 1.2.0.1 from 1.2.0.
    /// </summary>
    public string? UnifiedVersion
    {
        get
        {
            var numbers = Version.Split('.').Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
            if (numbers.Count == 4 && numbers[3] != 0)
            {
                return null;
            }

            numbers.AddRange(Enumerable.Repeat(0, Math.Max(0, 3 - numbers.Count)));
            return string.Join('.', numbers.Take(3).Select(n => n.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// Checks raw command-line values and builds the settings, or names every bad value.
    /// </summary>
    public static ManifestSettingsResult Create(
        string? host, string? clientId, string? version = null, string? supportUrl = null, string? appId = null, string? sendMode = null)
    {
        var errors = new List<string>();

        var hostUri = ParseHttpsOrigin(host, "--host", errors, allowPath: false);

        Guid client = Guid.Empty;
        if (string.IsNullOrWhiteSpace(clientId))
        {
            errors.Add("--client-id is required: the application (client) id of the OutlookGuard app registration.");
        }
        else if (!Guid.TryParseExact(clientId.Trim(), "D", out client) || client == Guid.Empty)
        {
            errors.Add($"--client-id must be the app registration's application (client) id, a non-zero GUID like 3f1c6a52-8e0b-4d7a-9c41-2b5e7d9a1f60, not '{clientId}'.");
        }

        var versionText = version?.Trim() ?? DefaultVersion;
        if (!VersionPattern().IsMatch(versionText))
        {
            errors.Add($"--version must be one to four numbers of at most 5 digits separated by dots (for example 1.0.0.1), not '{version}'.");
        }

        Uri? support = null;
        if (supportUrl is not null)
        {
            support = ParseHttpsOrigin(supportUrl, "--support-url", errors, allowPath: true);
        }
        else if (hostUri is not null)
        {
            support = new Uri(hostUri, DefaultSupportPath);
        }

        var app = DefaultAppId;
        if (appId is not null && (!Guid.TryParseExact(appId.Trim(), "D", out app) || app == Guid.Empty))
        {
            errors.Add($"--app-id must be a non-zero GUID like 3f1c6a52-8e0b-4d7a-9c41-2b5e7d9a1f60, not '{appId}'.");
        }

        var mode = DefaultSendMode;
        if (sendMode is not null && !TryParseSendMode(sendMode, out mode))
        {
            errors.Add(string.Equals(sendMode.Trim(), "Block", StringComparison.OrdinalIgnoreCase)
                ? "--send-mode Block is not offered: it stops every message from being sent while the add-in cannot run. Use PromptUser or SoftBlock."
                : $"--send-mode must be PromptUser or SoftBlock, not '{sendMode}'.");
        }

        if (errors.Count > 0 || hostUri is null || support is null)
        {
            return new ManifestSettingsResult(null, errors);
        }

        return new ManifestSettingsResult(new ManifestSettings(hostUri, client, versionText, support, app, mode), errors);
    }

    /// <summary>Reads <c>PromptUser</c> or <c>SoftBlock</c>, in any letter case (the unified manifest writes <c>promptUser</c>).</summary>
    public static bool TryParseSendMode(string? value, out SendMode mode)
    {
        mode = DefaultSendMode;
        var text = value?.Trim();
        foreach (var candidate in Enum.GetValues<SendMode>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a <c>--host</c> value: an https origin without path; otherwise null and why.</summary>
    public static Uri? ParseHost(string? host, out string? error)
    {
        var errors = new List<string>();
        var uri = ParseHttpsOrigin(host, "--host", errors, allowPath: false);
        error = errors.FirstOrDefault();
        return uri;
    }

    private static Uri? ParseHttpsOrigin(string? value, string option, List<string> errors, bool allowPath)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{option} is required, for example https://guard.contoso.com.");
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            errors.Add($"{option} must be an absolute URL such as https://guard.contoso.com, not '{value}'.");
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{option} must use https: Outlook loads add-ins only over HTTPS ('{value}').");
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add($"{option} must not contain a user name or password.");
            return null;
        }

        if (!allowPath && (uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)))
        {
            errors.Add($"{option} must be the site's origin only (scheme, host and optional port), without a path, query or fragment ('{value}').");
            return null;
        }

        return allowPath ? uri : new Uri(uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + "/");
    }

    [GeneratedRegex(@"^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VersionPattern();

    internal static string Format(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
