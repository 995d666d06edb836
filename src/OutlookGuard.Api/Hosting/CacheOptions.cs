using System.ComponentModel.DataAnnotations;

namespace OutlookGuard.Api.Hosting;

/// <summary>The <c>Cache</c> section: how long verdicts and On-Behalf-Of credentials are kept.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>Seconds a verdict is kept per (tenant, user, message, policy, language). Default 300.</summary>
    [Range(1, 86_400)]
    public int VerdictTtlSeconds { get; set; } = 300;

    /// <summary>On-Behalf-Of credentials kept at once (one per user token, each until the token expires). Default 1,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxCredentials { get; set; } = 1000;
}
