
namespace OutlookGuard.Core.Policy;

/// <summary>Builds the effective policy for one tenant: its entry in <c>Tenants</c> merged over the defaults.</summary>
public static class PolicyMerger
{
    /// <summary>
    /// Lists are the union of the defaults and the tenant's (duplicates removed); a tenant's rule override
    /// replaces the default's for that rule id; a tenant can switch the reply guard off, not on, and the send mode is
    /// the defaults' (one manifest serves every tenant). Unknown or null tenant ids get the defaults.
    /// The result has no <c>Tenants</c> of its own.
    /// </summary>
    public static GuardPolicy ForTenant(GuardPolicy defaults, string? tenantId)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        GuardPolicy? tenant = null;
        if (tenantId is not null)
        {
            defaults.Tenants.TryGetValue(tenantId, out tenant);
        }

        var merged = new GuardPolicy
        {
            InternalDomains = Union(defaults.InternalDomains, tenant?.InternalDomains),
            ProtectedNames = Union(defaults.ProtectedNames, tenant?.ProtectedNames),
            ProtectedDomains = Union(defaults.ProtectedDomains, tenant?.ProtectedDomains),
            TrustedReplyToDomains = Union(defaults.TrustedReplyToDomains, tenant?.TrustedReplyToDomains),
            FreemailDomains = Union(defaults.FreemailDomains, tenant?.FreemailDomains),
            TrustedAuthServIds = Union(defaults.TrustedAuthServIds, tenant?.TrustedAuthServIds),
            GatewayHosts = Union(defaults.GatewayHosts, tenant?.GatewayHosts),
            NotificationSenders = Union(defaults.NotificationSenders, tenant?.NotificationSenders),
            UsualLanguages = Union(defaults.UsualLanguages, tenant?.UsualLanguages),
            Rules = new Dictionary<string, RuleSettings>(defaults.Rules, StringComparer.OrdinalIgnoreCase),
            ReplyGuard = new ReplyGuardSettings
            {
                Enabled = defaults.ReplyGuard.Enabled && (tenant?.ReplyGuard.Enabled ?? true),
                SendMode = defaults.ReplyGuard.SendMode,
            },
        };

        if (tenant is not null)
        {
            foreach (var (id, settings) in tenant.Rules)
            {
                merged.Rules[id] = settings;
            }
        }

        return merged;
    }

    private static List<string> Union(List<string> first, List<string>? second) =>
        second is null || second.Count == 0
            ? [.. first]
            : [.. first.Concat(second).Distinct(StringComparer.OrdinalIgnoreCase)];
}
