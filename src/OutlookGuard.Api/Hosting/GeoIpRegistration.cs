using OutlookGuard.Core.Facts;

namespace OutlookGuard.Api.Hosting;

/// <summary>Registers the country lookup; it answers only when <c>GeoIp:CountryDatabasePath</c> is set.</summary>
internal static class GeoIpRegistration
{
    public static void AddGeoIp(this IServiceCollection services)
    {
        services.AddOptions<GeoIpOptions>()
            .BindConfiguration(GeoIpOptions.SectionName)
            .Validate(
                o => string.IsNullOrWhiteSpace(o.CountryDatabasePath) || File.Exists(o.CountryDatabasePath),
                "GeoIp:CountryDatabasePath names a file that does not exist.")
            .ValidateOnStart();
        services.AddSingleton<IIpGeolocator, ConfiguredGeolocator>();
    }
}
