using OutlookGuard.Api.Auth;

namespace OutlookGuard.Api.RateLimiting;

/// <summary>The per-user rate limit's partition: tenant and user ids from the validated token (normalized by <see cref="Caller.From"/>); no string is built per request.</summary>
/// <param name="TenantId">The caller's tenant, empty when the request has no caller.</param>
/// <param name="ObjectId">The caller's user, empty when the request has no caller.</param>
internal readonly record struct UserPartition(string TenantId, string ObjectId)
{
    /// <summary>Requests without a caller (refused 401 before the limiter) share one partition.</summary>
    public static readonly UserPartition Anonymous = new(string.Empty, string.Empty);

    public static UserPartition Of(HttpContext context) =>
        Caller.From(context) is { } caller ? new(caller.TenantId, caller.ObjectId) : Anonymous;
}
