using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Rules.Authentication;

namespace OutlookGuard.Core.Rules.Identity;

/// <summary>
/// From uses one of the organization's own domains, yet Exchange Online says the message came from outside
/// (X-MS-Exchange-Organization-AuthAs not Internal, or MessageDirectionality Incoming) and the trusted
/// Authentication-Results show neither dmarc nor compauth passing. Default high.
/// </summary>
public sealed class InternalDomainSpoofRule() : Rule(new(
    RuleIds.InternalDomainSpoof, RuleGroup.Identity, Severity.High,
    "Mail from outside that forges the organization's own domain looks like a colleague's and is trusted most."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        if (context.From is not { Domain: { } fromDomain } from || !context.Policy.IsInternal(fromDomain))
        {
            return;
        }

        var exchange = context.Message.Exchange;
        var authAsOutside = exchange.AuthAs is { } authAs && !string.Equals(authAs.Trim(), "Internal", StringComparison.OrdinalIgnoreCase);
        var incoming = string.Equals(exchange.MessageDirectionality?.Trim(), "Incoming", StringComparison.OrdinalIgnoreCase);
        if (!authAsOutside && !incoming)
        {
            return;
        }

        if (TrustedAuthResults.ForFrom(context) is not { } header)
        {
            return;
        }

        var dmarc = header.Find("dmarc");
        var compauth = header.Find("compauth");
        if (dmarc?.Passed == true || compauth?.Passed == true)
        {
            return;
        }

        var evidence = new List<Evidence> { new("From", from.ToString()) };
        if (exchange.AuthAs is not null)
        {
            evidence.Add(new("X-MS-Exchange-Organization-AuthAs", exchange.AuthAs));
        }

        if (exchange.MessageDirectionality is not null)
        {
            evidence.Add(new("X-MS-Exchange-Organization-MessageDirectionality", exchange.MessageDirectionality));
        }

        var results = TrustedAuthResults.DescribeInto(header, dmarc, compauth, evidence);

        var explained = CompauthReasons.Explain(compauth?.Reason, context.Language);
        var reasonText = explained is null
            ? string.Empty
            : context.Text("common.compauth-reason", ("code", compauth!.Reason), ("explanation", explained));
        var domain = fromDomain.Unicode;
        findings.Add(new Finding(
            Descriptor.Id,
            Descriptor.DefaultSeverity,
            context.Text("internal-domain-spoof.title"),
            context.Text(
                "internal-domain-spoof.detail",
                ("domain", domain),
                ("results", string.Join("; ", results)),
                ("compauth", reasonText)),
            evidence)
        {
            Banner = context.Banner("internal-domain-spoof.banner", ("domain", domain)),
        });
    }
}
