using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Telemetry;

namespace OutlookGuard.Api.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter on every endpoint of the <c>/api</c> group (<see cref="RequireGuardRateLimits"/>):
/// a token bucket per user, keyed on the token's tenant and user ids, and one concurrency limit per instance for
/// all of them. A refused request gets <c>429 too-many-requests</c> with <c>Retry-After</c>, and is counted
/// (<c>outlookguard.rate_limited</c>, by limit). Runs after authorization: an unauthenticated request is refused
/// 401 before it can use anyone's allowance.
/// </summary>
public static class RateLimitingHosting
{
    /// <summary>The policy name the <c>/api</c> group carries.</summary>
    public const string ApiPolicy = "outlookguard-api";

    /// <summary>The <c>limit</c> tag of a request refused by the user's token bucket.</summary>
    public const string UserLimit = "user";

    /// <summary>The <c>limit</c> tag of a request refused by the instance's concurrency limit.</summary>
    public const string ConcurrencyLimit = "concurrency";

    /// <summary>Retry-After when the limiter gives none (the concurrency limit): one second.</summary>
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public static WebApplicationBuilder AddGuardRateLimiting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Options built once, not per request: the partition factories only hand them out.
            var concurrency = new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.ConcurrentRequests,
                QueueLimit = limits.QueuedRequests,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            };
            var bucket = new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.PerUserBurst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limits.PerUserPerMinute,
                QueueLimit = 0,
                AutoReplenishment = true,
            };
            Func<string, ConcurrencyLimiterOptions> concurrencyOptions = _ => concurrency;
            Func<UserPartition, TokenBucketRateLimiterOptions> bucketOptions = _ => bucket;

            // One concurrency limiter per instance for the endpoints with the API policy; nothing for the rest.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == ApiPolicy
                    ? RateLimitPartition.GetConcurrencyLimiter(ConcurrencyLimit, concurrencyOptions)
                    : RateLimitPartition.GetNoLimiter(string.Empty));

            limiter.AddPolicy(ApiPolicy, context => RateLimitPartition.GetTokenBucketLimiter(UserPartition.Of(context), bucketOptions));

            limiter.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : DefaultRetryAfter;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetService<GuardTelemetry>()?.RecordRateLimited(
                    context.Lease.TryGetMetadata(MetadataName.RetryAfter, out _) ? UserLimit : ConcurrencyLimit);
                return new ValueTask(Problems.TooManyRequests.ToResult().ExecuteAsync(http));
            };
        });
        services.AddRateLimiter(_ => { });
        return builder;
    }

    /// <summary>Puts every endpoint of <paramref name="group"/> under the per-user and per-instance limits, present and future ones alike.</summary>
    public static RouteGroupBuilder RequireGuardRateLimits(this RouteGroupBuilder group) => group.RequireRateLimiting(ApiPolicy);
}
