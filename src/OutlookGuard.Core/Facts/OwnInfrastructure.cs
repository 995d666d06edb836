using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Parsing.Received;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// The one list of the organization's own mail infrastructure: Exchange Online's servers (<c>*.outlook.com</c>,
/// <c>*.office365.com</c>) and the policy's <c>GatewayHosts</c>. Another tenant's (or a consumer account's) outbound
/// servers (<c>*.outbound.protection.outlook.com</c>) are Exchange Online too, but they are the sender's side: mail
/// from them has entered from outside, so they are not ours. Also the one test for a hop that never left one
/// network (localhost, or a private or local sending address: RFC 1918, carrier-grade NAT, link-local, loopback),
/// and for a hop inside one sending platform (<see cref="IsPlatformInternalHop"/>).
/// </summary>
public static class OwnInfrastructure
{
    private static readonly string[] ExchangeOnlineSuffixes = [".outlook.com", ".office365.com"];

    private static readonly string[] ExchangeOnlineOutbound = [".outbound.protection.outlook.com"];

    /// <summary>True for a host of the organization's own mail system: a policy gateway or an Exchange Online server that is not another tenant's outbound host.</summary>
    public static bool IsOwnHost(string? host, CompiledPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        if (policy.IsGatewayHost(host))
        {
            return true;
        }

        return !EndsWithAny(host, ExchangeOnlineOutbound) && EndsWithAny(host, ExchangeOnlineSuffixes);
    }

    /// <summary>True for an own host (see <see cref="IsOwnHost"/>) or a host under one of the policy's internal domains.</summary>
    public static bool IsOrganizationHost(string? host, CompiledPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return IsOwnHost(host, policy) || (!string.IsNullOrEmpty(host) && policy.IsInternal(DomainName.TryCreate(host)));
    }

    /// <summary>True when the hop's sender is this machine or its own network: <c>localhost</c>, or a private or local address (<see cref="IpAddresses.IsPrivateOrLocal"/>).</summary>
    public static bool IsLocalHop(ReceivedHop hop)
    {
        ArgumentNullException.ThrowIfNull(hop);
        if (hop.FromHost is { } host && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("localhost.", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return IpAddresses.TryParse(hop.FromIp) is { } ip && IpAddresses.IsPrivateOrLocal(ip);
    }

    /// <summary>
    /// True when the hop stayed inside one sending platform: the receiving host is a bare machine name no one on the
    /// internet can address (<c>by geopod-ismtpd-3 (SG) with HTTP</c>, an API submission inside the provider), or the
    /// sending and receiving hosts share one registrable domain (the provider's own relay,
    /// <c>from out-01.mail.example.net by relay-07.mail.example.net</c>). Says nothing about the hops around it.
    /// </summary>
    public static bool IsPlatformInternalHop(ReceivedHop hop)
    {
        ArgumentNullException.ThrowIfNull(hop);
        if (hop.ByHost is not { Length: > 0 } by)
        {
            return false;
        }

        if (!by.Contains('.', StringComparison.Ordinal) && IpAddresses.TryParse(by) is null
            && !(IpAddresses.TryParse(hop.FromIp) is { } ip && IpAddresses.IsPublic(ip)))
        {
            return true;
        }

        // Another tenant's Exchange Online outbound host hands over to ours: two parties, not one platform.
        return hop.FromHost is { } from && from.Contains('.', StringComparison.Ordinal) && by.Contains('.', StringComparison.Ordinal)
            && !EndsWithAny(from, ExchangeOnlineOutbound)
            && IpAddresses.TryParse(from) is null && IpAddresses.TryParse(by) is null
            && DomainName.TryCreate(from) is { } fromDomain && DomainName.TryCreate(by) is { } byDomain
            && fromDomain.IsSameOrganization(byDomain);
    }

    private static bool EndsWithAny(string host, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
