using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core;

/// <summary>How an engine runs, apart from the policy: parse bounds, an optional GeoIP lookup, the rule list.</summary>
public sealed record GuardEngineOptions
{
    /// <summary>Default bounds, no GeoIP lookup, the built-in rules.</summary>
    public static GuardEngineOptions Default { get; } = new();

    /// <summary>How much of a message is read (<see cref="ParseLimits.Default"/> unless set).</summary>
    public ParseLimits Limits { get; init; } = ParseLimits.Default;

    /// <summary>Country lookup for the origin IP when Exchange Online gave no CTRY. Default: none.</summary>
    public IIpGeolocator? Geolocator { get; init; }

    /// <summary>The rules to run, in banner-priority order. Default: <see cref="RuleCatalog.All"/>.</summary>
    public IReadOnlyList<IRule>? Rules { get; init; }

    /// <summary>The configuration path that policy errors are named under. Default <c>Guard</c>.</summary>
    public string PolicyKeyPrefix { get; init; } = "Guard";
}
