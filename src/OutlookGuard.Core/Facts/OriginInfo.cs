
namespace OutlookGuard.Core.Facts;

/// <summary>Where the message entered the mail system from outside: the best available origin.</summary>
/// <param name="Ip">The originating IP address.</param>
/// <param name="Host">The originating host name, when a Received hop names it.</param>
/// <param name="HopIndex">The Received hop the origin was read from, or null when it came from X-Forefront-Antispam-Report only.</param>
/// <param name="IpSource">What said so: <c>forefront-cip</c> or <c>received</c>.</param>
/// <param name="Country">ISO 3166 country code, when known.</param>
/// <param name="CountrySource"><c>forefront-ctry</c> or <c>geoip</c>.</param>
/// <param name="Network">The network (CIDR) the GeoIP database placed the IP in.</param>
public sealed record OriginInfo(
    string? Ip,
    string? Host,
    int? HopIndex,
    string? IpSource,
    string? Country,
    string? CountrySource,
    string? Network);
