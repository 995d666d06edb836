using OutlookGuard.Core.Policy;

namespace OutlookGuard.Core.Headers;

/// <summary>Finds where the message entered the organization's mail system from outside.</summary>
public static class OriginResolver
{
    public static OriginInfo? Resolve(IReadOnlyList<ReceivedHop> hops, ForefrontReport? forefront, CompiledPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(hops);
        ArgumentNullException.ThrowIfNull(policy);
        return forefront?.Cip is { } cip
            ? new OriginInfo(cip, null, null, "forefront-cip", forefront.Ctry, forefront.Ctry is null ? null : "forefront-ctry", null)
            : null;
    }
}
