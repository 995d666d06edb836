using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using OutlookGuard.Api.Telemetry;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// Authenticated encryption of every shared-cache value with ASP.NET Core Data Protection (AES-256-CBC with
/// HMAC-SHA256 by default), the purpose bound to the entry's key: a value edited in Redis, copied from another
/// user's key or written by another deployment fails to unprotect and is a miss (so the verdict is computed again and
/// overwrites it), logged once per entry as a warning without key or value, and counted
/// (<c>outlookguard.cache.shared_rejected</c>). Redis never holds a verdict or an address in clear.
/// </summary>
internal sealed partial class ProtectedDistributedCache(
    ResilientDistributedCache inner,
    IDataProtectionProvider dataProtection,
    GuardTelemetry telemetry,
    ILogger<ProtectedDistributedCache> logger) : IDistributedCache
{
    /// <summary>The purpose of every shared-cache protector (the entry's key is the sub-purpose).</summary>
    public const string Purpose = "OutlookGuard.SharedCache.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);

    public byte[]? Get(string key) => Open(key, inner.Get(key));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Open(key, await inner.GetAsync(key, token));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        if (Seal(key, value) is { } sealedValue)
        {
            inner.Set(key, sealedValue, options);
        }
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        Seal(key, value) is { } sealedValue ? inner.SetAsync(key, sealedValue, options, token) : Task.CompletedTask;

    public void Refresh(string key) => inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

    public void Remove(string key) => inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

    private byte[]? Seal(string key, byte[] value)
    {
        if (inner.IsOpen)
        {
            return null; // Redis is being skipped: the write would be, too.
        }

        try
        {
            return _protector.CreateProtector(key).Protect(value);
        }
#pragma warning disable CA1031 // The key ring lives in Redis too: unreachable means "do not share this entry".
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogKeyRingUnavailable(logger, e.GetType().Name);
            return null;
        }
    }

    private byte[]? Open(string key, byte[]? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return _protector.CreateProtector(key).Unprotect(value);
        }
        catch (CryptographicException)
        {
            telemetry.RecordSharedCacheRejected();
            LogRejected(logger);
            return null;
        }
#pragma warning disable CA1031 // The key ring lives in Redis too: unreachable means a miss.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogKeyRingUnavailable(logger, e.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning,
        Message = "Shared cache entry failed its integrity check (edited, moved or from another key ring); treated as a miss")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Shared cache entry skipped: the key ring is unavailable ({ErrorType})")]
    private static partial void LogKeyRingUnavailable(ILogger logger, string errorType);
}
