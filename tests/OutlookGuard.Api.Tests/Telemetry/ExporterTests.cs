using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Telemetry;

/// <summary>OpenTelemetry's SDK runs only when an exporter is configured.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class ExporterTests(LocalCloud cloud)
{
    [Fact]
    public async Task NoExporterConfigured_NoTracerOrMeterProvider()
    {
        await using var api = new ApiFactory(cloud);

        Assert.Null(api.Services.GetService<TracerProvider>());
        Assert.Null(api.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task OtlpEndpointConfigured_TracerAndMeterProviderRun()
    {
        // The exporters are chosen while the host is built (App Service passes them as environment variables), so
        // the endpoint goes in as a host setting. A loopback port nothing listens on: nothing leaves the machine.
        await using var api = new OtlpApiFactory("http://127.0.0.1:9");

        Assert.NotNull(api.Services.GetService<TracerProvider>());
        Assert.NotNull(api.Services.GetService<MeterProvider>());
    }
}
