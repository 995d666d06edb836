using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// What lets several instances run side by side: the shared verdict cache, Redis behind HybridCache when
/// <c>ConnectionStrings:Redis</c> is set (in-process only otherwise), its values encrypted and authenticated with
/// ASP.NET Core Data Protection (<see cref="ProtectedDistributedCache"/>) under one key ring shared through Redis
/// (<see cref="KeyRingSetup"/>).
/// </summary>
public static class ScaleOutHosting
{
    /// <summary>The connection string name: <c>ConnectionStrings:Redis</c> (StackExchange.Redis syntax, e.g. <c>host:6380,ssl=true,password=…</c>).</summary>
    public const string RedisConnectionName = "Redis";

    /// <summary>The service key of the shared (Redis) <see cref="IDistributedCache"/> HybridCache uses as its second level.</summary>
    public const string SharedCacheKey = "OutlookGuard.SharedCache";

    /// <summary>The Data Protection application name: instances of one deployment share keys only under the same name.</summary>
    public const string DataProtectionApplicationName = "OutlookGuard";

    public static WebApplicationBuilder AddGuardScaleOut(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConfigureOptions<HybridCacheOptions>, SharedCacheSetup>();
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();
        services.AddSingleton<KeyRingCertificate>();
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeyRingSetup>();

        services.AddKeyedSingleton(SharedCacheKey, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<RedisOptions>>().Value;
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(RedisConnectionName)
                ?? throw new InvalidOperationException("ConnectionStrings:Redis is not set.");
            return new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConfigurationOptions = RedisConfiguration(connectionString, options),
                InstanceName = options.InstanceName,
            }));
        });
        services.AddKeyedSingleton(SharedCacheKey, (sp, key) => ActivatorUtilities.CreateInstance<ResilientDistributedCache>(
            sp, sp.GetRequiredKeyedService<RedisCache>(key)));
        services.AddKeyedSingleton<IDistributedCache>(SharedCacheKey, (sp, key) => ActivatorUtilities.CreateInstance<ProtectedDistributedCache>(
            sp, sp.GetRequiredKeyedService<ResilientDistributedCache>(key)));
        return builder;
    }

    /// <summary>The Redis client settings: short time-outs, and no failure at start when Redis is down.</summary>
    internal static ConfigurationOptions RedisConfiguration(string connectionString, RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = options.ConnectTimeoutMilliseconds;
        configuration.SyncTimeout = options.OperationTimeoutMilliseconds;
        configuration.AsyncTimeout = options.OperationTimeoutMilliseconds;
        configuration.ConnectRetry = 1;
        return configuration;
    }
}
