using OutlookGuard.Core.Domains;

namespace OutlookGuard.Core.Policy;

/// <summary>Checks a policy before use, so a typo fails at start with the key and value named, not silently at run time.</summary>
public static class PolicyValidator
{
    /// <summary>Every error in the policy and its tenants; empty when it is valid.</summary>
    /// <param name="policy">The policy to check.</param>
    /// <param name="knownRuleIds">The ids a <c>Rules</c> entry may name.</param>
    /// <param name="prefix">The configuration path of the policy, <c>Guard</c> by default.</param>
    public static IReadOnlyList<PolicyError> Validate(GuardPolicy policy, IReadOnlyCollection<string> knownRuleIds, string prefix = "Guard")
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(knownRuleIds);
        var errors = new List<PolicyError>();
        ValidateOne(policy, knownRuleIds, prefix, errors, allowTenants: true);
        return errors;
    }

    private static void ValidateOne(GuardPolicy policy, IReadOnlyCollection<string> knownRuleIds, string prefix, List<PolicyError> errors, bool allowTenants)
    {
        Domains(policy.InternalDomains, $"{prefix}:InternalDomains", errors);
        Domains(policy.ProtectedDomains, $"{prefix}:ProtectedDomains", errors);
        Domains(policy.TrustedReplyToDomains, $"{prefix}:TrustedReplyToDomains", errors);
        Hosts(policy.GatewayHosts, $"{prefix}:GatewayHosts", errors);

        for (var i = 0; i < policy.FreemailDomains.Count; i++)
        {
            if (!FreemailList.IsValidEntry(policy.FreemailDomains[i]))
            {
                errors.Add(new($"{prefix}:FreemailDomains:{i}", policy.FreemailDomains[i], "is not a domain name or a '*' pattern."));
            }
        }

        for (var i = 0; i < policy.ProtectedNames.Count; i++)
        {
            var name = policy.ProtectedNames[i];
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length < 2 || name.Length > 128)
            {
                errors.Add(new($"{prefix}:ProtectedNames:{i}", name, "must be a person's name of 2 to 128 characters."));
            }
        }

        for (var i = 0; i < policy.TrustedAuthServIds.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(policy.TrustedAuthServIds[i]) || policy.TrustedAuthServIds[i].Any(char.IsWhiteSpace))
            {
                errors.Add(new($"{prefix}:TrustedAuthServIds:{i}", policy.TrustedAuthServIds[i], "must be an authserv-id without spaces."));
            }
        }

        for (var i = 0; i < policy.UsualLanguages.Count; i++)
        {
            var tag = policy.UsualLanguages[i];
            if (History.MessageLanguage.Primary(tag) is not { } primary || !string.Equals(primary, tag?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new($"{prefix}:UsualLanguages:{i}", tag, "must be a primary language subtag such as 'ja' or 'en'."));
            }
        }

        foreach (var (id, settings) in policy.Rules)
        {
            if (!knownRuleIds.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new($"{prefix}:Rules:{id}", id, PolicyShape.Suggest(id, knownRuleIds) is { } near
                    ? $"is not a rule id. Did you mean '{near}'? (see 'outlookguard rules')"
                    : "is not a rule id (see 'outlookguard rules')."));
            }
            else if (settings is null)
            {
                errors.Add(new($"{prefix}:Rules:{id}", null, "must be an object with Enabled and/or Severity."));
            }
            else if (settings.Severity is { } severity && !Enum.IsDefined(severity))
            {
                errors.Add(new($"{prefix}:Rules:{id}:Severity", severity.ToString(), "must be info, low, medium or high."));
            }
        }

        foreach (var (tenantId, tenant) in policy.Tenants)
        {
            var key = $"{prefix}:Tenants:{tenantId}";
            if (!allowTenants)
            {
                errors.Add(new(key, tenantId, "tenants cannot be nested."));
                continue;
            }

            if (!Guid.TryParse(tenantId, out _))
            {
                errors.Add(new(key, tenantId, "is not a tenant id (a GUID)."));
            }

            if (tenant is null)
            {
                errors.Add(new(key, null, "must be an object."));
                continue;
            }

            ValidateOne(tenant, knownRuleIds, key, errors, allowTenants: false);
        }
    }

    private static void Domains(List<string> entries, string key, List<PolicyError> errors)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var domain = DomainName.TryCreate(entries[i]);
            if (domain is null || !domain.Ascii.Contains('.', StringComparison.Ordinal) || entries[i].Contains('@', StringComparison.Ordinal))
            {
                errors.Add(new($"{key}:{i}", entries[i], "is not a domain name."));
            }
            else if (PublicSuffixList.Default.GetRegistrableDomain(domain.Ascii) is null)
            {
                errors.Add(new($"{key}:{i}", entries[i], "is a public suffix, not an organization's domain."));
            }
        }
    }

    private static void Hosts(List<string> entries, string key, List<PolicyError> errors)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var host = entries[i]?.Trim() ?? string.Empty;
            if (Idn.ToAscii(host.TrimStart('.')) is not { } ascii || !ascii.Contains('.', StringComparison.Ordinal))
            {
                errors.Add(new($"{key}:{i}", entries[i], "is not a host name (or a suffix starting with '.')."));
            }
        }
    }
}
