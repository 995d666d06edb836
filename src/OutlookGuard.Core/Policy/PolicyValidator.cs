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
        Senders(policy.NotificationSenders, $"{prefix}:NotificationSenders", errors);

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

        ReportMailbox(policy.ReportMailbox, $"{prefix}:ReportMailbox", errors, allowTenants);
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

        ReplyGuard(policy.ReplyGuard, $"{prefix}:ReplyGuard", errors, allowTenants);

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

    private static void ReplyGuard(ReplyGuardSettings? settings, string key, List<PolicyError> errors, bool topLevel)
    {
        if (settings is null)
        {
            errors.Add(new(key, null, "must be an object with Enabled and/or SendMode."));
        }
        else if (!Enum.IsDefined(settings.SendMode))
        {
            errors.Add(new($"{key}:SendMode", settings.SendMode.ToString(), "must be PromptUser or SoftBlock."));
        }
        else if (!topLevel && settings.SendMode != ReplySendMode.PromptUser)
        {
            errors.Add(new($"{key}:SendMode", settings.SendMode.ToString(), "is set for all tenants at once (one manifest serves them all): set Guard:ReplyGuard:SendMode instead."));
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

    // A domain (as in Domains) or one address whose domain is one.
    private static void Senders(List<string> entries, string key, List<PolicyError> errors)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i]?.Trim() ?? string.Empty;
            var at = entry.LastIndexOf('@');
            var domainText = at < 0 ? entry : entry[(at + 1)..];
            var valid = at != 0 && entry.IndexOf('@', StringComparison.Ordinal) == at
                && !entry.Any(char.IsWhiteSpace)
                && DomainName.TryCreate(domainText) is { } domain && domain.Ascii.Contains('.', StringComparison.Ordinal)
                && PublicSuffixList.Default.GetRegistrableDomain(domain.Ascii) is not null;
            if (!valid)
            {
                errors.Add(new($"{key}:{i}", entries[i], "is not a domain name or an address (noreply@forms.example.com)."));
            }
        }
    }

    private static void ReportMailbox(string? address, string key, List<PolicyError> errors, bool topLevel)
    {
        if (address is null)
        {
            return;
        }

        if (!topLevel)
        {
            errors.Add(new(key, address, "is set for the whole service only, not per tenant."));
        }
        else if (!IsMailboxAddress(address))
        {
            errors.Add(new(key, address, "must be one e-mail address such as phishing@contoso.com (no display name)."));
        }
    }

    /// <summary>One addr-spec (local@domain.tld), nothing around it: what Office.js accepts as a recipient.</summary>
    private static bool IsMailboxAddress(string address)
    {
        if (address.Length is 0 or > 254 || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"'))
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        if (at <= 0 || at == address.Length - 1 || address.IndexOf('@', StringComparison.Ordinal) != at)
        {
            return false;
        }

        var domain = DomainName.TryCreate(address[(at + 1)..]);
        return domain is not null && domain.Ascii.Contains('.', StringComparison.Ordinal)
            && MimeKit.MailboxAddress.TryParse(address, out var parsed) && string.Equals(parsed.Address, address, StringComparison.Ordinal);
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
