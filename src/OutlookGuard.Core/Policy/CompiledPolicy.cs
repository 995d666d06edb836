using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Policy;

/// <summary>
/// A validated <see cref="GuardPolicy"/> turned into fast lookups, built once per policy (and per tenant)
/// so that each analysis only reads sets.
/// </summary>
public sealed class CompiledPolicy
{
    private readonly HashSet<string> _internal;
    private readonly LookalikeName[] _lookalikeNames;
    private readonly HashSet<string> _protected;
    private readonly HashSet<string> _trustedReplyTo;
    private readonly HashSet<string> _trustedAuthServIds;
    private readonly Dictionary<string, RuleSettings> _rules;
    private readonly HashSet<string> _notificationDomains;
    private readonly HashSet<string> _notificationAddresses;

    private CompiledPolicy(GuardPolicy source)
    {
        Source = source;
        InternalDomains = Domains(source.InternalDomains);
        ProtectedDomains = Domains(source.ProtectedDomains);
        _internal = Keys(InternalDomains);
        _protected = Keys(ProtectedDomains);
        _trustedReplyTo = Keys(Domains(source.TrustedReplyToDomains));
        _trustedAuthServIds = new HashSet<string>(
            source.TrustedAuthServIds.Select(s => s.Trim()).Where(s => s.Length > 0), StringComparer.OrdinalIgnoreCase);
        Freemail = source.FreemailDomains.Count == 0 ? FreemailList.Default : FreemailList.Default.With(source.FreemailDomains);
        GatewayHosts = [.. source.GatewayHosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0)];
        ProtectedNames = [.. source.ProtectedNames.Select(n => n.Trim()).Where(n => n.Length > 0)];
        ProtectedNameKeys = [.. ProtectedNames.Select(PersonNameMatcher.Normalize).Where(k => k.Words.Count > 0)];
        LookalikeTargets = [.. InternalDomains.Concat(ProtectedDomains).DistinctBy(LookalikeMatcher.OrganizationOf, StringComparer.Ordinal)];
        _lookalikeNames = [.. LookalikeTargets.Select(LookalikeName.Of)];
        _rules = new Dictionary<string, RuleSettings>(source.Rules, StringComparer.OrdinalIgnoreCase);
        _notificationDomains = Keys(Domains(source.NotificationSenders.Where(s => !s.Contains('@', StringComparison.Ordinal))));
        _notificationAddresses = new HashSet<string>(
            source.NotificationSenders.Select(s => s.Trim()).Where(s => s.Contains('@', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);
        UsualLanguages = [.. source.UsualLanguages.Select(History.MessageLanguage.Primary).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The empty policy: built-in lists only.</summary>
    internal static CompiledPolicy Default { get; } = new(new GuardPolicy());

    /// <summary>The policy this was compiled from.</summary>
    public GuardPolicy Source { get; }

    public IReadOnlyList<DomainName> InternalDomains { get; }

    public IReadOnlyList<DomainName> ProtectedDomains { get; }

    public IReadOnlyList<string> ProtectedNames { get; }

    /// <summary>
    /// <see cref="ProtectedNames"/> reduced once to comparison keys (<see cref="PersonNameMatcher.Normalize"/>);
    /// names made of titles only are left out.
    /// </summary>
    public IReadOnlyList<PersonNameKey> ProtectedNameKeys { get; }

    /// <summary>The domains lookalikes are measured against: internal and protected, one per registrable domain (per tenant name on onmicrosoft.com).</summary>
    public IReadOnlyList<DomainName> LookalikeTargets { get; }

    public IReadOnlyList<string> GatewayHosts { get; }

    /// <summary>The organization's languages (primary subtags, lower case), for <c>language-shift</c> without a history.</summary>
    public IReadOnlyList<string> UsualLanguages { get; }

    public FreemailList Freemail { get; }

    /// <summary>Compiles a validated policy; only <see cref="GuardEngine.Create"/> calls it, after validation.</summary>
    internal static CompiledPolicy Compile(GuardPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new CompiledPolicy(policy);
    }

    /// <summary>True when the domain is (under) one of the organization's own domains.</summary>
    public bool IsInternal(DomainName? domain) => Matches(_internal, domain);

    /// <summary>True when the domain is (under) a protected partner or brand domain.</summary>
    public bool IsProtected(DomainName? domain) => Matches(_protected, domain);

    /// <summary>True when the domain is a free-mail domain (built-in list plus the policy's additions).</summary>
    public bool IsFreemail(DomainName? domain) => Freemail.Contains(domain);

    /// <summary>
    /// True when two domains belong to one organization: the same registrable domain, or both among the
    /// <c>InternalDomains</c> (a company's <c>.co.jp</c> and <c>.com</c> are one organization).
    /// </summary>
    public bool IsSameOrganization(DomainName? a, DomainName? b) =>
        a is not null && b is not null && (a.IsSameOrganization(b) || (IsInternal(a) && IsInternal(b)));

    /// <summary>True when the address, or its domain, is one of the policy's <c>NotificationSenders</c>.</summary>
    public bool IsNotificationSender(string? address, DomainName? domain) =>
        (address is not null && _notificationAddresses.Contains(address)) || Matches(_notificationDomains, domain);

    /// <summary>True when the Reply-To's organization is one the admin trusts.</summary>
    public bool IsTrustedReplyTo(DomainName? domain) => Matches(_trustedReplyTo, domain);

    /// <summary>True when an Authentication-Results authserv-id belongs to a trusted gateway.</summary>
    public bool IsTrustedAuthServId(string? authServId) =>
        authServId is not null && _trustedAuthServIds.Contains(authServId);

    /// <summary>True when the host is one of the organization's inbound gateways (exact, or a suffix entry starting with '.').</summary>
    public bool IsGatewayHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        foreach (var gateway in GatewayHosts)
        {
            if (gateway.StartsWith('.')
                ? host.EndsWith(gateway, StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, gateway, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The protected name (as the admin wrote it) that <paramref name="displayName"/> shows, or null.</summary>
    public string? FindProtectedName(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName) || ProtectedNameKeys.Count == 0)
        {
            return null;
        }

        var key = PersonNameMatcher.Normalize(displayName);
        foreach (var protectedName in ProtectedNameKeys)
        {
            if (PersonNameMatcher.IsMatch(key, protectedName))
            {
                return protectedName.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// How <paramref name="domain"/> imitates an internal or protected domain (first resemblance found,
    /// targets in policy order), or null; always null for an internal or protected domain itself.
    /// </summary>
    public LookalikeMatch? FindLookalike(DomainName? domain)
    {
        if (domain is null || IsInternal(domain) || IsProtected(domain))
        {
            return null;
        }

        if (_lookalikeNames.Length == 0)
        {
            return null;
        }

        var candidate = LookalikeName.Of(domain);
        foreach (var target in _lookalikeNames)
        {
            if (LookalikeMatcher.Compare(candidate, target) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>False when the admin switched the rule off.</summary>
    public bool IsEnabled(string ruleId) => !_rules.TryGetValue(ruleId, out var settings) || settings.Enabled;

    /// <summary>The admin's fixed severity for a rule, or null.</summary>
    public Severity? SeverityOverride(string ruleId) =>
        _rules.TryGetValue(ruleId, out var settings) ? settings.Severity : null;

    private static DomainName[] Domains(IEnumerable<string> entries) =>
        [.. entries.Select(DomainName.TryCreate).OfType<DomainName>()];

    private static HashSet<string> Keys(IEnumerable<DomainName> domains)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var domain in domains)
        {
            set.Add(domain.Ascii);
        }

        return set;
    }

    // A listed name matches itself and every name under it; a listed registrable domain therefore covers the organization.
    private static bool Matches(HashSet<string> set, DomainName? domain)
    {
        if (domain is null || set.Count == 0)
        {
            return false;
        }

        var name = domain.Ascii;
        while (true)
        {
            if (set.Contains(name))
            {
                return true;
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return false;
            }

            name = name[(dot + 1)..];
        }
    }
}
