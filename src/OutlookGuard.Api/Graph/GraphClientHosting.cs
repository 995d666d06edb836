using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using OutlookGuard.Api.Hosting;
using Polly;

namespace OutlookGuard.Api.Graph;

/// <summary>
/// One Microsoft Graph client for the process: a <see cref="GraphServiceClient"/> over the <c>OutlookGuard.Graph</c>
/// client of <see cref="IHttpClientFactory"/>, authenticated per request with the caller's credential
/// (<see cref="CallerAuthenticationProvider"/>). Resilience comes from one library, Microsoft.Extensions.Http.Resilience
/// (the Graph SDK's own retry and redirect handlers are not used): a total time-out of <c>Graph:TimeoutSeconds</c>,
/// up to <c>Graph:MaxRetries</c> retries of 408/429/5xx and network errors honouring <c>Retry-After</c>, and a circuit
/// breaker that stops calling Graph for <see cref="BreakSeconds"/> s when half of at least
/// <see cref="BreakerMinimumThroughput"/> requests in <see cref="BreakerSamplingSeconds"/> s failed.
/// </summary>
internal static class GraphClientHosting
{
    /// <summary>Requests in the sampling window before the breaker may open.</summary>
    public const int BreakerMinimumThroughput = 20;

    /// <summary>The breaker's sampling window.</summary>
    public const int BreakerSamplingSeconds = 30;

    /// <summary>How long an open breaker answers without calling Graph.</summary>
    public const int BreakSeconds = 15;

    /// <summary>Connections to Graph are renewed this often (DNS changes are seen with a long-lived client).</summary>
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    public static IServiceCollection AddGuardGraphClient(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientNames.Graph)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = ConnectionLifetime,
                AutomaticDecompression = DecompressionMethods.All,
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers() // the request URL holds the message id
            .AddResilienceHandler("graph", (pipeline, context) =>
            {
                var graph = context.ServiceProvider.GetRequiredService<IOptions<GraphOptions>>().Value;
                pipeline.AddTimeout(TimeSpan.FromSeconds(graph.TimeoutSeconds));
                if (graph.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = graph.MaxRetries,
                        ShouldRetryAfterHeader = true,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(500),
                    });
                }

                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = BreakerMinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(BreakerSamplingSeconds),
                    BreakDuration = TimeSpan.FromSeconds(BreakSeconds),
                });
            });
        services.AddSingleton<CallerAuthenticationProvider>();
        services.AddSingleton(sp => new GraphServiceClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientNames.Graph),
            sp.GetRequiredService<CallerAuthenticationProvider>(),
            sp.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUri.ToString().TrimEnd('/')));
        return services;
    }
}
