using System.ComponentModel.DataAnnotations;

namespace OutlookGuard.Api.RateLimiting;

/// <summary>
/// The <c>RateLimiting</c> section: how much analysis one user and one instance may ask for. The defaults are far
/// above what a person reading mail does (a few analyses a minute) and far below what a script does.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Requests one user (tenant and user id from the token) may send at once before the per-minute rate applies. Default 60.</summary>
    [Range(1, 100_000)]
    public int PerUserBurst { get; set; } = 60;

    /// <summary>Requests one user may send per minute, sustained (tokens come back evenly). Default 120.</summary>
    [Range(1, 60_000)]
    public int PerUserPerMinute { get; set; } = 120;

    /// <summary>Analysis requests one instance runs at the same time, all users together. Default 32.</summary>
    [Range(1, 10_000)]
    public int ConcurrentRequests { get; set; } = 32;

    /// <summary>Analysis requests that wait for one of those slots (first come, first served) before more are refused. Default 64.</summary>
    [Range(0, 100_000)]
    public int QueuedRequests { get; set; } = 64;
}
