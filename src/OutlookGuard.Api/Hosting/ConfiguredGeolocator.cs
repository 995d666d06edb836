using System.Net;
using Microsoft.Extensions.Options;
using OutlookGuard.Core.Facts;
using OutlookGuard.GeoIp;

namespace OutlookGuard.Api.Hosting;

/// <summary>The MaxMind database named by <see cref="GeoIpOptions"/>, loaded once; no answer when none is configured.</summary>
internal sealed class ConfiguredGeolocator(IOptions<GeoIpOptions> options) : IIpGeolocator, IDisposable
{
    private readonly Lazy<MaxMindGeolocator?> _database = new(() =>
        string.IsNullOrWhiteSpace(options.Value.CountryDatabasePath) ? null : new MaxMindGeolocator(options.Value.CountryDatabasePath));

    public GeoLocation? Locate(IPAddress address) => _database.Value?.Locate(address);

    public void Dispose()
    {
        if (_database.IsValueCreated)
        {
            _database.Value?.Dispose();
        }
    }
}
