using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// What lets several instances run side by side: the shared verdict cache, Redis behind HybridCache when
/// <c>ConnectionStrings:Redis</c> is set (in-process only otherwise).
/// </summary>
public static class ScaleOutHosting
{
    /// <summary>The connection string name: <c>ConnectionStrings:Redis</c> (StackExchange.Redis syntax, e.g. <c>host:6380,ssl=true,password=…</c>).</summary>
    public const string RedisConnectionName = "Redis";

    /// <summary>The service key of the shared (Redis) <see cref="IDistributedCache"/> HybridCache uses as its second level.</summary>
    public const string SharedCacheKey = "OutlookGuard.SharedCache";

    public static WebApplicationBuilder AddGuardScaleOut(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

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
        return builder;
    }
}
