using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Rules.Authentication;

/// <summary>
/// The receiving system's own verdict says DMARC or compauth failed for the From domain. Only trusted
/// Authentication-Results are read (the topmost one without authserv-id for Exchange Online, or a
/// <c>TrustedAuthServIds</c> gateway's). compauth=pass (reason 130: an ARC seal overrode a DMARC failure on
/// forwarded or list mail) gives no finding. Default medium; high when the domain's own DMARC policy is
/// quarantine or reject; low when only implicit authentication failed (compauth reason 001 without a DMARC
/// failure: the domain publishes no enforcing policy, as many newsletters' do).
/// </summary>
public sealed class AuthFailureRule() : Rule(new(
    RuleIds.AuthFailure, RuleGroup.Authentication, Severity.Medium,
    "A From domain that fails its own DMARC check at the receiving system may be forged."))
{
    protected override void Run(RuleContext context, ICollection<Finding> findings)
    {
        if (context.From is not { Domain: { } fromDomain } from || TrustedAuthResults.ForFrom(context) is not { } header)
        {
            return;
        }

        var dmarc = header.Find("dmarc");
        var compauth = header.Find("compauth");
        if (compauth?.Passed == true)
        {
            return;
        }

        var dmarcFailed = string.Equals(dmarc?.Result, "fail", StringComparison.Ordinal);
        var compauthFailed = string.Equals(compauth?.Result, "fail", StringComparison.Ordinal);
        if (!dmarcFailed && !compauthFailed)
        {
            return;
        }

        var reason = compauth?.Reason?.Trim();
        var enforced = (dmarcFailed && TrustedAuthResults.PolicyEnforces(dmarc)) || reason is "000" or "010";
        var severity = enforced
            ? Severity.High
            : !dmarcFailed && reason == "001" ? Severity.Low : Descriptor.DefaultSeverity;

        var evidence = new List<Evidence> { new("From", from.Address) };
        var results = TrustedAuthResults.DescribeInto(header, dmarc, compauth, evidence);

        if (header.AuthServId is not null)
        {
            evidence.Add(new("authserv-id", header.AuthServId));
        }

        var explained = CompauthReasons.Explain(reason, context.Language);
        var reasonText = explained is null
            ? string.Empty
            : context.Text("common.compauth-reason", ("code", reason), ("explanation", explained));
        var policyText = enforced ? context.Text("auth-failure.policy-enforced") : string.Empty;
        var domain = fromDomain.Unicode;
        findings.Add(new Finding(
            Descriptor.Id,
            severity,
            context.Text("auth-failure.title"),
            context.Text(
                "auth-failure.detail",
                ("domain", domain),
                ("results", string.Join("; ", results)),
                ("compauth", reasonText),
                ("policy", policyText)),
            evidence)
        {
            Banner = context.Banner(severity == Severity.High ? "auth-failure.banner.high" : "auth-failure.banner", ("domain", domain)),
        });
    }
}
