using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// Gives HybridCache the Redis-backed second level only when <c>ConnectionStrings:Redis</c> is set (read when the
/// cache is built, so every configuration source counts); otherwise HybridCache stays in process.
/// </summary>
internal sealed class SharedCacheSetup(IConfiguration configuration) : IConfigureOptions<HybridCacheOptions>
{
    public void Configure(HybridCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(ScaleOutHosting.RedisConnectionName)))
        {
            options.DistributedCacheServiceKey = ScaleOutHosting.SharedCacheKey;
        }
    }
}
