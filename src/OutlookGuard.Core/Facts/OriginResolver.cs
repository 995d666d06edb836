using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Parsing.Exchange;
using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// Finds where the message entered the organization's mail system from outside. Exchange Online's
/// X-Forefront-Antispam-Report CIP (the address its frontend saw connect) is the authority when present.
/// Otherwise the Received chain is walked from the top (the mailbox) down, past hops between the
/// organization's own servers (<see cref="OwnInfrastructure"/>) and hops from private, loopback or link-local addresses, to the first
/// hop that names a public sending address: hops below it were written by servers outside the
/// organization and can say anything. When CIP is one of the policy's gateway hosts (a gateway in front of
/// Exchange Online), the walk goes on below that gateway, since that is where the message came in.
/// </summary>
public static class OriginResolver
{
    /// <summary>The origin without a GeoIP lookup: the country comes from CTRY only.</summary>
    public static OriginInfo? Resolve(IReadOnlyList<ReceivedHop> hops, ForefrontReport? forefront, CompiledPolicy policy) =>
        Resolve(hops, forefront, policy, geolocator: null);

    /// <summary>
    /// The origin, or null when neither CIP nor any hop names a public address. When CTRY is absent and a
    /// <paramref name="geolocator"/> is given, the country and network come from it (<c>geoip</c>); a lookup
    /// that fails or throws leaves the country unknown.
    /// </summary>
    public static OriginInfo? Resolve(IReadOnlyList<ReceivedHop> hops, ForefrontReport? forefront, CompiledPolicy policy, IIpGeolocator? geolocator)
    {
        ArgumentNullException.ThrowIfNull(hops);
        ArgumentNullException.ThrowIfNull(policy);

        var origin = FromForefront(hops, forefront);
        if (origin?.HopIndex is { } cipHop && policy.IsGatewayHost(hops[cipHop].FromHost)
            && FromReceived(hops, policy, cipHop) is { } below && below.HopIndex != cipHop)
        {
            // Exchange Online saw the organization's own gateway connect (an IronPort or similar in front of it):
            // the message entered further down, where the gateway accepted it. CTRY describes the gateway, so it goes.
            origin = below;
        }

        origin ??= FromReceived(hops, policy, 0);
        return WithCountry(origin, geolocator);
    }

    private static OriginInfo? FromForefront(IReadOnlyList<ReceivedHop> hops, ForefrontReport? forefront)
    {
        // 255.255.255.255 is Exchange's placeholder for internal submission, not an address anyone connected from.
        if (forefront is null || forefront.IsInternalSubmission || IpAddresses.Normalize(forefront.Cip) is not { } cip)
        {
            return null;
        }

        ReceivedHop? shown = null;
        foreach (var hop in hops)
        {
            if (string.Equals(hop.FromIp, cip, StringComparison.OrdinalIgnoreCase))
            {
                shown = hop;
                break;
            }
        }

        var country = forefront.Ctry;
        return new OriginInfo(cip, shown?.FromHost, shown?.Index, "forefront-cip", country, country is null ? null : "forefront-ctry", null);
    }

    private static OriginInfo? FromReceived(IReadOnlyList<ReceivedHop> hops, CompiledPolicy policy, int start)
    {
        for (var i = start; i < hops.Count; i++)
        {
            var hop = hops[i];
            if (IpAddresses.TryParse(hop.FromIp) is not { } ip || !IpAddresses.IsPublic(ip))
            {
                continue;
            }

            // A relay between two of our own servers: the sender is our server, and the hop below was written by it.
            var nextIsOurs = i + 1 < hops.Count && OwnInfrastructure.IsOwnHost(hops[i + 1].ByHost, policy);
            if (OwnInfrastructure.IsOwnHost(hop.FromHost, policy) && nextIsOurs)
            {
                continue;
            }

            return new OriginInfo(ip.ToString(), hop.FromHost, hop.Index, "received", null, null, null);
        }

        return null;
    }

    private static OriginInfo? WithCountry(OriginInfo? origin, IIpGeolocator? geolocator)
    {
        if (origin is null || origin.Country is not null || geolocator is null || IpAddresses.TryParse(origin.Ip) is not { } ip)
        {
            return origin;
        }

        GeoLocation? location;
        try
        {
            location = geolocator.Locate(ip);
        }
#pragma warning disable CA1031 // A lookup adapter failing must not fail the analysis.
        catch (Exception)
#pragma warning restore CA1031
        {
            location = null;
        }

        return location?.Country is { Length: > 0 } country
            ? origin with { Country = country.ToUpperInvariant(), CountrySource = "geoip", Network = location.Network }
            : origin;
    }
}
