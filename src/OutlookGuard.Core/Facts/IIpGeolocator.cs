using System.Net;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// Looks up where an IP address is (a MaxMind GeoIP2/GeoLite2 database, at the edge). Core only calls it;
/// it must not throw and should answer from memory.
/// </summary>
public interface IIpGeolocator
{
    /// <summary>The country and network of an address, or null when unknown.</summary>
    GeoLocation? Locate(IPAddress address);
}
