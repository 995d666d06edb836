using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Telemetry;

/// <summary>
/// The API's traces and metrics (<see cref="GuardTelemetry"/>), the handlers that time the Graph and On-Behalf-Of
/// calls, and OpenTelemetry export: over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to Application
/// Insights when only <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is, nowhere otherwise. HTTP spans carry no message,
/// tenant or user id (<see cref="TraceRedaction"/>).
/// </summary>
public static class TelemetryHosting
{
    /// <summary>The standard OpenTelemetry variable that turns the OTLP exporter on.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Application Insights' connection string: exports to Azure Monitor when no OTLP endpoint is set.</summary>
    public const string ApplicationInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static WebApplicationBuilder AddGuardTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddSingleton<GuardTelemetry>();
        services.AddTransient<GraphTelemetryHandler>();
        services.AddTransient<OnBehalfOfTelemetryHandler>();
        services.AddHttpClient(HttpClientNames.Graph).AddHttpMessageHandler<GraphTelemetryHandler>();
        services.AddHttpClient(HttpClientNames.Identity).AddHttpMessageHandler<OnBehalfOfTelemetryHandler>();

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        var azureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[ApplicationInsightsKey]);
        if (!otlp && !azureMonitor)
        {
            return builder;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(GuardTelemetry.Name))
            .WithTracing(tracing => tracing
                .AddSource(GuardTelemetry.Name)
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.EnrichWithHttpRequest = TraceRedaction.EnrichServerRequest;
                    options.EnrichWithHttpResponse = TraceRedaction.EnrichServerResponse;
                })
                .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = TraceRedaction.EnrichClientRequest))
            .WithMetrics(metrics => metrics
                .AddMeter(GuardTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            telemetry.UseAzureMonitorExporter();
        }

        return builder;
    }
}
