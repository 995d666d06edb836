using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Hosting;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Headers;

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
    ILogger<AnalysisService> logger)
{
    /// <summary>Analyzes a message from the mailbox source, from the cache when it was analyzed recently.</summary>
    public async Task<MessageAnalysis> AnalyzeMessageAsync(Caller caller, string id, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var policy = policies.For(caller.TenantId);
        var key = CacheKey(caller, policy.Version, language, id);
        var fresh = false;
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
                var facts = await source.ReadAsync(caller, id, policy.ParserOptions, ct);
                return MessageAnalysis.From(policy.Analyzer.Analyze(facts, language), policy.Version);
            },
            entry,
            cancellationToken: cancellationToken);
        LogAnalyzed(logger, analysis.Verdict, analysis.Findings.Count, fresh ? "source" : "cache");
        return analysis;
    }

    /// <summary>Analyzes a header block the taskpane read itself; null when it holds no header field. Not cached.</summary>
    public MessageAnalysis? AnalyzeHeaders(Caller caller, string headers, string? bodyPreview, Language language)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(headers);
        var policy = policies.For(caller.TenantId);
        var facts = MessageParser.Parse(headers, policy.ParserOptions);
        if (facts.HeaderCount == 0)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(bodyPreview))
        {
            var max = policy.ParserOptions.Limits.MaxBodyPreviewLength;
            facts = facts with { BodyPreview = bodyPreview.Length > max ? bodyPreview[..max] : bodyPreview };
        }

        var analysis = MessageAnalysis.From(policy.Analyzer.Analyze(facts, language), policy.Version);
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
