using OutlookGuard.Core.Policy;

namespace OutlookGuard.Core.Headers;

/// <summary>How to parse: the bounds, whose gateways mark the organization's edge, and an optional GeoIP lookup.</summary>
public sealed record MessageParserOptions
{
    public static MessageParserOptions Default { get; } = new();

    public ParseLimits Limits { get; init; } = ParseLimits.Default;

    /// <summary>The policy whose <c>GatewayHosts</c> mark where outside mail enters. Default: the empty policy.</summary>
    public CompiledPolicy Policy { get; init; } = CompiledPolicy.Default;

    /// <summary>Country lookup for the origin IP when Exchange Online gave no CTRY. Default: none.</summary>
    public IIpGeolocator? Geolocator { get; init; }
}
