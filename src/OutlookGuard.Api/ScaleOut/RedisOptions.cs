using System.ComponentModel.DataAnnotations;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// The <c>Redis</c> section: how the shared verdict cache behind <c>ConnectionStrings:Redis</c> fails. Short timeouts
/// and a circuit keep a Redis outage from slowing requests: while the circuit is open every instance uses its
/// in-process cache only.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>Milliseconds to wait for a connection to Redis. Default 2,000.</summary>
    [Range(100, 60_000)]
    public int ConnectTimeoutMilliseconds { get; set; } = 2000;

    /// <summary>Milliseconds one Redis command may take (sync and async). Default 1,000.</summary>
    [Range(50, 60_000)]
    public int OperationTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>Seconds Redis is left alone after a failure before it is tried again. Default 30.</summary>
    [Range(1, 3600)]
    public int CircuitOpenSeconds { get; set; } = 30;

    /// <summary>Prefix of every key the API writes, so one Redis can serve several deployments. Default <c>outlookguard:</c>.</summary>
    [Required]
    public string InstanceName { get; set; } = "outlookguard:";
}
