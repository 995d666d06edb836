using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules.Transport;

/// <summary>
/// Where the message entered the mail system from outside: originating IP, host and country (from Exchange
/// Online's CIP/CTRY, the Received chain, or the GeoIP lookup), as the parser resolved it. Info: evidence for
/// the security engineer, never a warning by itself.
/// </summary>
public sealed class SendingOriginRule() : Rule(new(
    RuleIds.SendingOrigin, RuleGroup.Transport, Severity.Info,
    "Where a message really came from (an ISP abroad, a VPS) puts the other findings in context."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        if (context.Message.Origin is not { } origin || (origin.Ip is null && origin.Host is null))
        {
            return;
        }

        var host = origin.Host;
        var evidence = new List<Evidence>();
        if (origin.Ip is not null)
        {
            evidence.Add(new("origin-ip", origin.IpSource is null ? origin.Ip : $"{origin.Ip} ({origin.IpSource})"));
        }

        if (host is null && context.Message.Forefront?.Ptr is { Length: > 0 } ptr)
        {
            host = ptr;
            evidence.Add(new("X-Forefront-Antispam-Report", "PTR:" + ptr));
        }
        else if (host is not null)
        {
            evidence.Add(new("origin-host", host));
        }

        if (origin.Country is not null)
        {
            evidence.Add(new("origin-country", origin.CountrySource is null ? origin.Country : $"{origin.Country} ({origin.CountrySource})"));
        }

        if (origin.Network is not null)
        {
            evidence.Add(new("origin-network", origin.Network));
        }

        var where = origin.Ip is null ? host! : host is null ? origin.Ip : $"{origin.Ip} ({host})";
        var country = origin.Country is null
            ? context.Text("sending-origin.unknown-country")
            : origin.Country;
        findings.Add(new Finding(
            Descriptor.Id,
            Descriptor.DefaultSeverity,
            context.Text("sending-origin.title"),
            context.Text("sending-origin.detail", ("where", where), ("country", country)),
            evidence)
        {
            Banner = context.Banner("sending-origin.banner", ("where", where), ("country", country)),
        });
    }
}
