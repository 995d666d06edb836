using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Policy;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Reply;

namespace OutlookGuard.Api.Replies;

/// <summary>
/// Runs Core's reply check for a caller with the tenant's engine (the reading pane's), the original looked up in the
/// caller's mailbox. Answers are cached per (tenant, user, policy version, language, original, recipients) for
/// <c>Cache:VerdictTtlSeconds</c>, so the check Outlook runs at Send repeats the one it ran when the reply was opened
/// without asking the mailbox again. A failed lookup is not cached: the recipients are checked without the original.
/// </summary>
public sealed partial class ReplyCheckService(
    TenantPolicies policies,
    IOriginalMessageFinder finder,
    HybridCache cache,
    IOptions<CacheOptions> cacheOptions,
    ILogger<ReplyCheckService> logger)
{
    public async Task<ReplyCheck> CheckAsync(Caller caller, ReplyCheckRequest request, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var policy = policies.For(caller.TenantId);
        var recipients = request.Recipients ?? [];
        if (!policy.Effective.ReplyGuard.Enabled)
        {
            return policy.Engine.CheckReply(null, recipients, language);
        }

        if (request.InReplyTo is null && request.ConversationId is null)
        {
            return Logged(policy.Engine.CheckReply(null, recipients, language), "new-message");
        }

        var ttl = TimeSpan.FromSeconds(cacheOptions.Value.VerdictTtlSeconds);
        try
        {
            var fresh = false;
            var check = await cache.GetOrCreateAsync(
                CacheKey(caller, policy.Version, language, request),
                async ct =>
                {
                    fresh = true;
                    var lookup = await finder.FindAsync(caller, request.InReplyTo, request.ConversationId, ct);
                    return lookup.Failed
                        ? throw new LookupFailedException()
                        : policy.Engine.CheckReply(lookup.Message, recipients, language);
                },
                new HybridCacheEntryOptions { Expiration = ttl, LocalCacheExpiration = ttl },
                cancellationToken: cancellationToken);
            return Logged(check, fresh ? "mailbox" : "cache");
        }
        catch (LookupFailedException)
        {
            return Logged(policy.Engine.CheckReply(null, recipients, language), "without-original");
        }
    }

    /// <summary>The cache key: tenant and user ids, policy version, language, and a hash of the original's ids and the recipients.</summary>
    public static string CacheKey(Caller caller, string policyVersion, Language language, ReplyCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder()
            .Append(request.InReplyTo).Append('\n')
            .Append(request.ConversationId).Append('\n');
        foreach (var recipient in request.Recipients ?? [])
        {
            text.Append(recipient.Name).Append('\u0001').Append(recipient.Address).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return $"reply:{caller.TenantId}:{caller.ObjectId}:{policyVersion}:{language}:{hash}";
    }

    private ReplyCheck Logged(ReplyCheck check, string origin)
    {
        LogChecked(logger, check.Action, check.Flagged.Count, origin);
        return check;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Reply check {Action} with {FlaggedCount} flagged recipients ({Origin})")]
    private static partial void LogChecked(ILogger logger, ReplyAction action, int flaggedCount, string origin);

    // Leaves HybridCache's factory without caching anything.
    private sealed class LookupFailedException : Exception;
}
