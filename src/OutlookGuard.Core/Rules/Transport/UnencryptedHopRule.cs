using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Core.Rules.Transport;

/// <summary>
/// A Received hop (RFC 5321 §4.4) on the way to the organization that used a network protocol (SMTP, ESMTP,
/// HTTP) without TLS: the message and its list of addresses could be read on that link. Hops that never left
/// one network (loopback or private sending address), hops inside one sending platform (a bare machine name as the
/// receiver, or both ends under one registrable domain), hops between the organization's own servers (Microsoft
/// 365, <c>GatewayHosts</c>, internal domains), hops with no sending host and hops whose protocol is not
/// stated are not judged. Info.
/// </summary>
public sealed class UnencryptedHopRule() : Rule(new(
    RuleIds.UnencryptedHop, RuleGroup.Transport, Severity.Info,
    "A hop without TLS let anyone on that link read the message and its addresses."))
{
    private const int MaxEvidence = 5;

    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        var evidence = new List<Evidence>();
        var count = 0;
        foreach (var hop in context.Message.Received)
        {
            if (!IsJudged(context, hop))
            {
                continue;
            }

            count++;
            if (evidence.Count < MaxEvidence)
            {
                evidence.Add(new("Received", Describe(hop)));
            }
        }

        if (count == 0)
        {
            return;
        }

        var first = context.Message.Received.First(h => IsJudged(context, h));
        var link = $"{first.FromHost ?? first.FromIp} → {first.ByHost ?? "?"}";
        findings.Add(new Finding(
            Descriptor.Id,
            Descriptor.DefaultSeverity,
            context.Text("unencrypted-hop.title"),
            context.Text("unencrypted-hop.detail", ("count", count), ("link", link)),
            evidence)
        {
            Banner = context.Banner("unencrypted-hop.banner"),
        });
    }

    // RFC 3848 protocol names: SMTP, ESMTP, ESMTPA (plain) vs ESMTPS, ESMTPSA (TLS); Exchange writes "Microsoft SMTP
    // Server" and states the TLS version when it used one. LMTP, local and mapi are delivery inside one server.
    private static bool IsPlainNetworkHop(ReceivedHop hop)
    {
        if (hop.Tls || hop.Protocol is not { } protocol)
        {
            return false;
        }

        var network = protocol.Contains("SMTP", StringComparison.OrdinalIgnoreCase)
            || string.Equals(protocol.Trim(), "HTTP", StringComparison.OrdinalIgnoreCase);
        return network && (hop.FromHost is not null || hop.FromIp is not null);
    }

    // Hops that never left one network, and hops between two of the organization's own servers, are not judged.
    private static bool IsJudged(RuleContext context, ReceivedHop hop) =>
        IsPlainNetworkHop(hop) && !OwnInfrastructure.IsLocalHop(hop) && !OwnInfrastructure.IsPlatformInternalHop(hop)
        && !(OwnInfrastructure.IsOrganizationHost(hop.FromHost, context.Policy) && OwnInfrastructure.IsOrganizationHost(hop.ByHost, context.Policy));

    private static string Describe(ReceivedHop hop)
    {
        var from = hop.FromIp is null ? hop.FromHost : hop.FromHost is null ? hop.FromIp : $"{hop.FromHost} ({hop.FromIp})";
        return $"from {from} by {hop.ByHost ?? "?"} with {hop.Protocol}";
    }
}
