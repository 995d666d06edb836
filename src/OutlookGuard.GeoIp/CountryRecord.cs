using MaxMind.Db;

namespace OutlookGuard.GeoIp;

/// <summary>
/// The part of a GeoIP2/GeoLite2 Country or City record the lookup reads (both kinds hold these keys).
/// The MaxMind.Db source generator writes its activation at build time, so no reflection reads it: it
/// keeps working when the CLI is trimmed or compiled ahead of time.
/// </summary>
internal sealed class CountryRecord
{
    /// <summary>Where the database locates the address.</summary>
    [MapKey("country")]
    public CountryCode? Country { get; init; }

    /// <summary>Where the network is registered: the fallback when the located country is unknown.</summary>
    [MapKey("registered_country")]
    public CountryCode? RegisteredCountry { get; init; }

    /// <summary>The network (CIDR) the database holds the address in.</summary>
    [Network]
    public Network? Network { get; init; }
}
