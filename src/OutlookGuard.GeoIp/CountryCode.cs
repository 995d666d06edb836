using MaxMind.Db;

namespace OutlookGuard.GeoIp;

/// <summary>A country entry of a GeoIP2/GeoLite2 record; only its ISO 3166 code is read, not its localized names.</summary>
internal sealed class CountryCode
{
    [MapKey("iso_code")]
    public string? IsoCode { get; init; }
}
