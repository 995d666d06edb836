namespace OutlookGuard.Api.Hosting;

/// <summary>Named <see cref="HttpClient"/>s, so a deployment (or a test) can configure each outbound connection.</summary>
internal static class HttpClientNames
{
    /// <summary>Entra ID: discovery, signing keys and the On-Behalf-Of token endpoint.</summary>
    public const string Identity = "OutlookGuard.Identity";

    /// <summary>Microsoft Graph.</summary>
    public const string Graph = "OutlookGuard.Graph";
}
