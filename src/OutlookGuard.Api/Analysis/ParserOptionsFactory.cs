using OutlookGuard.Core.Headers;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Analysis;

/// <summary>
/// The one place <see cref="MessageParserOptions"/> are built. A GeoIP lookup registered as
/// <see cref="IIpGeolocator"/> in the service collection is used when present; none is by default.
/// </summary>
public sealed class ParserOptionsFactory(IServiceProvider services)
{
    private readonly IIpGeolocator? _geolocator = services.GetService<IIpGeolocator>();

    public MessageParserOptions Create(CompiledPolicy policy) => new()
    {
        Policy = policy,
        Geolocator = _geolocator,
    };
}
