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
    // The key of the request's caller in HttpContext.Items: the rate limiter and the endpoint both ask for it.
    private static readonly object ItemKey = new();

    /// <summary>
    /// The caller of an authorized request, or null when the token lacks <c>tid</c> or <c>oid</c>. GUID ids are
    /// normalized (<c>{7A2D…}</c> and <c>7a2d…</c> are one tenant), so policies, cache keys and rate limits see one form.
    /// Read from the validated principal once per request, then kept for the rest of it.
    /// </summary>
    public static Caller? From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Kept with the principal it was read from: reused only while that is still the request's user.
        if (context.Items.TryGetValue(ItemKey, out var known) && known is Tuple<ClaimsPrincipal, Caller> kept && ReferenceEquals(kept.Item1, context.User))
        {
            return kept.Item2;
        }

        var caller = Read(context);
        if (caller is not null)
        {
            context.Items[ItemKey] = Tuple.Create(context.User, caller);
        }

        return caller;
    }

    private static Caller? Read(HttpContext context)
    {
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

    private static string Canonical(string id)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            return id;
        }

        // Entra writes the canonical form already: then the claim's own string is kept.
        Span<char> canonical = stackalloc char[36];
        return guid.TryFormat(canonical, out var written, "D") && canonical[..written].SequenceEqual(id) ? id : guid.ToString("D");
    }

    /// <summary>Hides the token from records' generated ToString.</summary>
    public override string ToString() => $"Caller {{ TenantId = {TenantId} }}";
}
