using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Operations;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Core.Policy;
using StackExchange.Redis;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// What lets several instances run side by side and be watched: the shared verdict cache (Redis behind HybridCache
/// when <c>ConnectionStrings:Redis</c> is set, in-process otherwise) and OpenTelemetry (exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, to Application Insights when only
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is).
/// </summary>
public static class ScaleOutHosting
{
    /// <summary>The connection string name: <c>ConnectionStrings:Redis</c> (StackExchange.Redis syntax, e.g. <c>host:6380,ssl=true,password=…</c>).</summary>
    public const string RedisConnectionName = "Redis";

    /// <summary>The service key of the shared (Redis) <see cref="IDistributedCache"/> HybridCache uses as its second level.</summary>
    public const string SharedCacheKey = "OutlookGuard.SharedCache";

    /// <summary>The standard OpenTelemetry variable that turns the OTLP exporter on.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Application Insights' connection string: exports to Azure Monitor when no OTLP endpoint is set.</summary>
    public const string ApplicationInsightsKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static WebApplicationBuilder AddOutlookGuardScaleOut(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddSingleton<GuardTelemetry>();
        services.AddSingleton<IOptions<GuardPolicy>, CurrentGuardPolicy>();
        services.AddHostedService<PolicyChangeLog>();
        services.AddTransient<GraphTelemetryHandler>();
        services.AddTransient<OnBehalfOfTelemetryHandler>();
        services.AddHttpClient(HttpClientNames.Graph).AddHttpMessageHandler<GraphTelemetryHandler>();
        services.AddHttpClient(HttpClientNames.Identity).AddHttpMessageHandler<OnBehalfOfTelemetryHandler>();

        AddSharedCache(services);

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        var azureMonitor = !string.IsNullOrWhiteSpace(builder.Configuration[ApplicationInsightsKey]);
        if (otlp || azureMonitor)
        {
            var telemetry = services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(GuardTelemetry.Name))
                .WithTracing(tracing => tracing
                    .AddSource(GuardTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation())
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
        }

        return builder;
    }

    private static void AddSharedCache(IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConfigureOptions<HybridCacheOptions>, SharedCacheSetup>();
        services.AddKeyedSingleton(SharedCacheKey, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<RedisOptions>>().Value;
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(RedisConnectionName)
                ?? throw new InvalidOperationException("ConnectionStrings:Redis is not set.");
            var configuration = ConfigurationOptions.Parse(connectionString);
            configuration.AbortOnConnectFail = false;
            configuration.ConnectTimeout = options.ConnectTimeoutMilliseconds;
            configuration.SyncTimeout = options.OperationTimeoutMilliseconds;
            configuration.AsyncTimeout = options.OperationTimeoutMilliseconds;
            configuration.ConnectRetry = 1;
            return new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConfigurationOptions = configuration,
                InstanceName = options.InstanceName,
            }));
        });
        services.AddKeyedSingleton<IDistributedCache>(SharedCacheKey, (sp, key) => ActivatorUtilities.CreateInstance<ResilientDistributedCache>(
            sp, sp.GetRequiredKeyedService<RedisCache>(key)));
    }
}
