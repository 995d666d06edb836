using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Rules.Authentication;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class AuthFailureRuleTests
{
    private static readonly AuthFailureRule Rule = new();

    private static string ExchangeOnline(string results) => $"""
        Received: from mail.northwind-traders.com (198.51.100.20) by
         DM6NAM10FT012.mail.protection.outlook.com (10.13.152.90) with Microsoft SMTP
         Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
         15.20.8158.14 via Frontend Transport; Mon, 16 Nov 2026 08:01:03 +0000
        Authentication-Results: {results}
        From: "Northwind Billing" <billing@northwind-traders.com>
        To: ap@contoso.com
        Subject: Invoice 4471
        X-MS-Exchange-Organization-MessageDirectionality: Incoming
        X-MS-Exchange-Organization-AuthAs: Anonymous

        """;

    [Fact]
    public void SpoofedInternalDomainSample_DmarcReject_Reports_High()
    {
        var message = Fixture("samples/spoofed-internal-domain.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("quarantine or reject", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void DmarcFailWithPolicyNone_Reports_Medium()
    {
        var message = Parse(ExchangeOnline(
            "spf=softfail (sender IP is 198.51.100.20) smtp.mailfrom=northwind-traders.com; dkim=fail (body hash did not verify) header.d=northwind-traders.com;dmarc=fail action=none header.from=northwind-traders.com;compauth=fail reason=001"));

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "Authentication-Results", Value: "compauth=fail reason=001" });
    }

    [Fact]
    public void DmarcFailGmailStylePolicyReject_FromTrustedGateway_Reports_High()
    {
        var policy = PolicyWith(trustedAuthServIds: ["mx.gateway.contoso.com"]);
        var message = Parse("""
            Authentication-Results: mx.gateway.contoso.com;
                   dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=northwind-traders.com
            From: billing@northwind-traders.com
            To: ap@contoso.com
            Subject: Invoice

            """);

        var finding = Single(Rule, message, policy);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "authserv-id", Value: "mx.gateway.contoso.com" });
    }

    [Fact]
    public void RealNewsletterImplicitFailureOnly_Reports_LowNeverHigh()
    {
        // Real Constant Contact newsletter: dmarc=none, compauth=fail reason=001 (no DMARC record for wtvi.org).
        var message = Fixture("rules/eop-constantcontact-newsletter-outlookcom-2020.txt");

        var finding = Single(Rule, message, SamplePolicy);

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains("implicit authentication failed", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CompauthPassByArcReason130_DoesNotReport()
    {
        // A list or forwarder broke DMARC; Microsoft 365 honoured the ARC seal and passed it.
        var message = Parse(ExchangeOnline(
            "spf=pass (sender IP is 198.51.100.20) smtp.mailfrom=lists.example.org; dkim=fail (body hash did not verify) header.d=northwind-traders.com;dmarc=fail action=oreject header.from=northwind-traders.com;compauth=pass reason=130"));

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void ForgedFailBelowTheTopmostResults_IsIgnored_DoesNotReport()
    {
        var raw = ExchangeOnline(
            "spf=pass (sender IP is 198.51.100.20) smtp.mailfrom=northwind-traders.com; dkim=pass (signature was verified) header.d=northwind-traders.com;dmarc=pass action=none header.from=northwind-traders.com;compauth=pass reason=100")
            .Replace("From: ", "Authentication-Results: dmarc=fail action=oreject header.from=northwind-traders.com\nFrom: ", StringComparison.Ordinal);

        Assert.Empty(Run(Rule, Parse(raw)));
    }

    [Fact]
    public void RealKernelListMessage_UntrustedAuthServId_DoesNotReport()
    {
        // Real linux-kernel list message: dmarc=fail for gmail.com, written by the list's server, not ours.
        var message = Fixture("rules/blaze-005-linux-kernel-list.txt");

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void RealKernelListMessage_WhenItsServerIsTrusted_Reports_Medium()
    {
        var policy = PolicyWith(trustedAuthServIds: ["smtp.subspace.kernel.org"]);
        var message = Fixture("rules/blaze-005-linux-kernel-list.txt", policy);

        var finding = Single(Rule, message, policy);

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Value.StartsWith("dmarc=fail header.from=gmail.com", StringComparison.Ordinal));
    }

    [Fact]
    public void DmarcResultForAnotherDomain_DoesNotReport()
    {
        var message = Parse(ExchangeOnline(
            "spf=pass smtp.mailfrom=bounces.example.net; dmarc=fail action=none header.from=other-brand.example"));

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void AllPass_DoesNotReport()
    {
        var message = Parse(ExchangeOnline(
            "spf=pass (sender IP is 198.51.100.20) smtp.mailfrom=northwind-traders.com; dkim=pass (signature was verified) header.d=northwind-traders.com;dmarc=pass action=none header.from=northwind-traders.com;compauth=pass reason=100"));

        Assert.Empty(Run(Rule, message));
    }
}
