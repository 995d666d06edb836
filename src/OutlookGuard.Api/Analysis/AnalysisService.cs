using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.History;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Api.Policy;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core;

namespace OutlookGuard.Api.Analysis;

/// <summary>
/// Runs Core's analysis for a caller. Message verdicts are cached per (tenant, user, message id, policy version,
/// language) for <c>Cache:VerdictTtlSeconds</c>: never shared across users or tenants, and holding only the analysis,
/// never header text.
/// </summary>
public sealed partial class AnalysisService(
    TenantPolicies policies,
    IMessageSource source,
    HybridCache cache,
    IOptions<CacheOptions> cacheOptions,
    ILogger<AnalysisService> logger,
    HistoryService? history = null,
    GuardTelemetry? telemetry = null)
{
    /// <summary>Analyzes a message from the mailbox source, from the cache when it was analyzed recently.</summary>
    public async Task<MessageAnalysis> AnalyzeMessageAsync(Caller caller, string id, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var policy = policies.For(caller.TenantId);
        var key = CacheKey(caller, policy.Version, language, id);
        var fresh = false;
        using var activity = telemetry?.StartAnalysis(fromMailbox: true);
        var entry = new HybridCacheEntryOptions
        {
            Expiration = TimeSpan.FromSeconds(cacheOptions.Value.VerdictTtlSeconds),
            LocalCacheExpiration = TimeSpan.FromSeconds(cacheOptions.Value.VerdictTtlSeconds),
        };
        var analysis = await cache.GetOrCreateAsync(
            key,
            async ct =>
            {
                fresh = true;
                var input = await source.ReadAsync(caller, id, ct);
                var facts = policy.Engine.ReadFacts(input);
                var relationship = history is null ? null : await history.ReadAsync(caller, policy.Engine, facts, ct);
                return MessageAnalysis.From(policy.Engine.Analyze(facts, language, relationship), policy.Version);
            },
            entry,
            cancellationToken: cancellationToken);
        telemetry?.RecordMessageAnalysis(analysis, fromCache: !fresh, activity);
        LogAnalyzed(logger, analysis.Verdict, analysis.Findings.Count, fresh ? "source" : "cache");
        return analysis;
    }

    /// <summary>Analyzes a header block the taskpane read itself; null when it holds no header field. Not cached.</summary>
    public MessageAnalysis? AnalyzeHeaders(Caller caller, string headers, string? bodyPreview, Language language)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(headers);
        using var activity = telemetry?.StartAnalysis(fromMailbox: false);
        var policy = policies.For(caller.TenantId);
        var result = policy.Engine.Analyze(MessageInput.FromText(headers, bodyPreview), language);
        if (result.Message.HeaderCount == 0)
        {
            return null;
        }

        var analysis = MessageAnalysis.From(result, policy.Version);
        telemetry?.RecordHeaderAnalysis(analysis, activity);
        LogAnalyzed(logger, analysis.Verdict, analysis.Findings.Count, "headers");
        return analysis;
    }

    /// <summary>The verdict cache key: tenant and user ids, policy version, language, and a hash of the message id.</summary>
    public static string CacheKey(Caller caller, string policyVersion, Language language, string messageId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)));
        return $"verdict:{caller.TenantId}:{caller.ObjectId}:{policyVersion}:{language}:{id}";
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Analysis {Verdict} with {FindingCount} findings from {Origin}")]
    private static partial void LogAnalyzed(ILogger logger, Verdict verdict, int findingCount, string origin);
}
