using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Telemetry;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// The shared (Redis) cache behind HybridCache, made optional: a failed or slow command opens a circuit for
/// <c>Redis:CircuitOpenSeconds</c>, during which reads are misses and writes are skipped, so each instance falls back
/// to its in-process cache and requests never fail because Redis went away. One warning per opening, without keys,
/// values or exception text (keys carry tenant and user ids).
/// </summary>
internal sealed partial class ResilientDistributedCache(
    IDistributedCache inner,
    IOptions<RedisOptions> options,
    GuardTelemetry telemetry,
    TimeProvider time,
    ILogger<ResilientDistributedCache> logger) : IDistributedCache
{
    private readonly Lock _gate = new();
    private DateTimeOffset _openUntil = DateTimeOffset.MinValue;
    private bool _open;

    /// <summary>True while Redis is being skipped.</summary>
    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _open && time.GetUtcNow() < _openUntil;
            }
        }
    }

    public byte[]? Get(string key) => Run(nameof(Get), () => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        RunAsync(nameof(Get), () => inner.GetAsync(key, token), null, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        Run(nameof(Set), () => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        RunAsync(nameof(Set), async () => { await inner.SetAsync(key, value, options, token); return true; }, false, token);

    public void Refresh(string key) => Run(nameof(Refresh), () => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        RunAsync(nameof(Refresh), async () => { await inner.RefreshAsync(key, token); return true; }, false, token);

    public void Remove(string key) => Run(nameof(Remove), () => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        RunAsync(nameof(Remove), async () => { await inner.RemoveAsync(key, token); return true; }, false, token);

    private T Run<T>(string operation, Func<T> action, T fallback)
    {
        if (!TryEnter())
        {
            return fallback;
        }

        try
        {
            var result = action();
            Succeeded();
            return result;
        }
#pragma warning disable CA1031 // Any Redis failure (connection, timeout, protocol, disposal) means "use memory".
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(operation, e);
            return fallback;
        }
    }

    private async Task<T> RunAsync<T>(string operation, Func<Task<T>> action, T fallback, CancellationToken token)
    {
        if (!TryEnter())
        {
            return fallback;
        }

        try
        {
            var result = await action();
            Succeeded();
            return result;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any Redis failure (connection, timeout, protocol, disposal) means "use memory".
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(operation, e);
            return fallback;
        }
    }

    private bool TryEnter()
    {
        lock (_gate)
        {
            return !_open || time.GetUtcNow() >= _openUntil;
        }
    }

    private void Succeeded()
    {
        bool wasOpen;
        lock (_gate)
        {
            wasOpen = _open;
            _open = false;
        }

        if (wasOpen)
        {
            LogRecovered(logger);
        }
    }

    private void Failed(string operation, Exception e)
    {
        var seconds = options.Value.CircuitOpenSeconds;
        lock (_gate)
        {
            _open = true;
            _openUntil = time.GetUtcNow().AddSeconds(seconds);
        }

        telemetry.RecordDistributedCacheFailure(operation);
        LogUnavailable(logger, operation, e.GetType().Name, seconds);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Shared cache unavailable ({Operation} failed with {ErrorType}); using the in-process cache only for {Seconds} s")]
    private static partial void LogUnavailable(ILogger logger, string operation, string errorType, int seconds);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Shared cache reachable again")]
    private static partial void LogRecovered(ILogger logger);
}
