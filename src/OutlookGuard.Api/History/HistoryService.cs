using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Api.History;

/// <summary>
/// Reads the caller's history with a message's sender under the <c>Mailbox:History</c> mode, within
/// <c>Mailbox:HistoryBudgetMilliseconds</c> (what has not arrived is left unread: the analysis still answers), and
/// keeps the derived features of a complete read per (tenant, user, sender) for <c>Mailbox:HistoryCacheMinutes</c>, in
/// this process only: counts, dates, Reply-To addresses, languages and origins, never message content.
/// </summary>
public sealed partial class HistoryService(
    IOptions<MailboxOptions> options,
    HybridCache cache,
    ILogger<HistoryService> logger,
    IServiceProvider services)
{
    // Resolved on first use, so that with history off no Graph reader is built.
    private ICorrespondenceHistorySource Source => field ??= services.GetRequiredService<ICorrespondenceHistorySource>();

    /// <summary>Whether a history is read at all.</summary>
    public bool Enabled => options.Value.History != HistoryMode.Off;

    /// <summary>The caller's history with the From of <paramref name="message"/>; <see cref="CorrespondenceHistory.Unknown"/> when history is off.</summary>
    public async Task<CorrespondenceHistory> ReadAsync(Caller caller, GuardEngine engine, MessageFacts message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(message);
        if (!Enabled)
        {
            return CorrespondenceHistory.Unknown;
        }

        if (HistoryAddress.Of(message) is not { } sender)
        {
            return CorrespondenceHistory.Unknown;
        }

        var key = CacheKey(caller, sender);
        var entry = new HybridCacheEntryOptions
        {
            Expiration = TimeSpan.FromMinutes(options.Value.HistoryCacheMinutes),
            LocalCacheExpiration = TimeSpan.FromMinutes(options.Value.HistoryCacheMinutes),
            // Derived features stay in this process: never in the shared (distributed) cache level.
            Flags = HybridCacheEntryFlags.DisableDistributedCache,
        };
        var fresh = false;
        var history = await cache.GetOrCreateAsync(
            key,
            async ct =>
            {
                fresh = true;
                using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
                budget.CancelAfter(options.Value.HistoryBudgetMilliseconds);
                return await Source.ReadAsync(caller, engine, message, budget.Token);
            },
            entry,
            cancellationToken: cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        if (fresh && history.Completeness != HistoryCompleteness.Full)
        {
            // A partial read is used once, then read again next time.
            await cache.RemoveAsync(key, CancellationToken.None);
        }

        LogHistory(logger, history.Completeness, fresh ? "source" : "cache");
        return history;
    }

    /// <summary>The cache key: tenant and user ids and a hash of the sender address (no address in the key).</summary>
    public static string CacheKey(Caller caller, string sender)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sender.ToLowerInvariant())));
        return $"history:{caller.TenantId}:{caller.ObjectId}:{hash}";
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Debug, Message = "History {Completeness} from {Origin}")]
    private static partial void LogHistory(ILogger logger, HistoryCompleteness completeness, string origin);
}
