using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// When <c>ConnectionStrings:Redis</c> is set (read when Data Protection starts, so every configuration source
/// counts): every instance shares one Data Protection key ring, kept in Redis under <c>{Redis:InstanceName}dataprotection-keys</c>
/// and encrypted with the key-ring certificate when one is configured (<see cref="KeyRingOptions"/>).
/// Without Redis each instance keeps its own key ring, as ASP.NET Core does by default.
/// </summary>
internal sealed class KeyRingSetup(
    IConfiguration configuration,
    IOptions<RedisOptions> redisOptions,
    KeyRingCertificate certificate) : IConfigureOptions<KeyManagementOptions>, IDisposable
{
    private Lazy<ConnectionMultiplexer>? _redis;

    public void Configure(KeyManagementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = configuration.GetConnectionString(ScaleOutHosting.RedisConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        var redis = redisOptions.Value;
        _redis = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(ScaleOutHosting.RedisConfiguration(connectionString, redis)));
        var connection = _redis;
        options.XmlRepository = new RedisXmlRepository(() => connection.Value.GetDatabase(), redis.InstanceName + "dataprotection-keys");
        if (certificate.Certificate is { } key)
        {
            options.XmlEncryptor = new CertificateKeyEncryptor(key);
        }
    }

    public void Dispose()
    {
        if (_redis is { IsValueCreated: true })
        {
            _redis.Value.Dispose();
        }
    }
}
