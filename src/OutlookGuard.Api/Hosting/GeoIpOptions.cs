namespace OutlookGuard.Api.Hosting;

/// <summary>
/// The optional <c>GeoIp</c> section: a MaxMind GeoLite2/GeoIP2 Country or City database that names the
/// origin IP's country when Exchange Online's X-Forefront-Antispam-Report gives no CTRY (third-party
/// gateways, Exchange Server). Default: none, and countries come from CTRY only.
/// </summary>
public sealed class GeoIpOptions
{
    public const string SectionName = "GeoIp";

    /// <summary>Path of the .mmdb file, read into memory once at start.</summary>
    public string? CountryDatabasePath { get; set; }
}
