using Microsoft.AspNetCore.Mvc.Testing;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Telemetry;

/// <summary>The API in Development on the sample folder, with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> as a host setting.</summary>
internal sealed class OtlpApiFactory(string endpoint) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Mailbox:Folder", Samples.Folder);
        builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint);
    }
}
