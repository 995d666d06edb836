using System.Security.Claims;
using Microsoft.Net.Http.Headers;

namespace OutlookGuard.Api.Auth;

/// <summary>Who is asking: the tenant and user ids from the validated token, and the token itself for On-Behalf-Of.</summary>
/// <param name="TenantId">The <c>tid</c> claim.</param>
/// <param name="ObjectId">The <c>oid</c> claim: the user, the same in every app of the tenant.</param>
/// <param name="AccessToken">The bearer token as received (never logged).</param>
/// <param name="ExpiresOn">When the token expires (<c>exp</c>).</param>
public sealed record Caller(string TenantId, string ObjectId, string AccessToken, DateTimeOffset ExpiresOn)
{
    /// <summary>
    /// The caller of an authorized request, or null when the token lacks <c>tid</c> or <c>oid</c>. GUID ids are
    /// normalized (<c>{7A2D…}</c> and <c>7a2d…</c> are one tenant), so policies, cache keys and rate limits see one form.
    /// </summary>
    public static Caller? From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var tenantId = user.FindFirstValue(AuthNames.TenantIdClaim);
        var objectId = user.FindFirstValue(AuthNames.ObjectIdClaim);
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(objectId)
            || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var expires = long.TryParse(user.FindFirstValue("exp"), out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : DateTimeOffset.UtcNow.AddMinutes(5);
        return new Caller(Canonical(tenantId), Canonical(objectId), header["Bearer ".Length..].Trim(), expires);
    }

    private static string Canonical(string id) => Guid.TryParse(id, out var guid) ? guid.ToString("D") : id;

    /// <summary>Hides the token from records' generated ToString.</summary>
    public override string ToString() => $"Caller {{ TenantId = {TenantId} }}";
}
