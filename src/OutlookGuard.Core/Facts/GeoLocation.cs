
namespace OutlookGuard.Core.Facts;

/// <summary>A GeoIP answer: ISO 3166 country code and the network (CIDR) it was found in.</summary>
public sealed record GeoLocation(string? Country, string? Network);
