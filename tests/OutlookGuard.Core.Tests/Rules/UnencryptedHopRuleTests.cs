using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.Received;
using OutlookGuard.Core.Rules.Transport;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>
/// The hops below are the Received headers of real chains (TestData/rules/received-chain-github-sendgrid-to-eop-2018.txt,
/// the Constant Contact newsletter, samples/colleague-reply-to-gmail.eml) written out as <see cref="ReceivedHop"/>
/// values: the rule reads parsed hops, and these tests pin what it does with each shape of hop.
/// </summary>
public sealed class UnencryptedHopRuleTests
{
    private static readonly UnencryptedHopRule Rule = new();

    // from smtp.github.com (out-3.smtp.github.com [192.30.252.194]) by ismtpd0021p1iad2.sendgrid.net (SG) with ESMTP
    private static readonly ReceivedHop GitHubToSendGrid = new(4, "out-3.smtp.github.com", "192.30.252.194", "ismtpd0021p1iad2.sendgrid.net", "ESMTP", null, null, null, null);

    // from o9.sgmail.github.com (167.89.101.2) by CO1NAM03FT028.mail.protection.outlook.com with Microsoft SMTP Server (version=TLS1_2, ...)
    private static readonly ReceivedHop SendGridToExchange = new(2, "o9.sgmail.github.com", "167.89.101.2", "CO1NAM03FT028.mail.protection.outlook.com", "Microsoft SMTP Server", "TLS1_2", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384", null, null);

    // Received: by filter0652p1las1.sendgrid.net with SMTP id ... (no from clause)
    private static readonly ReceivedHop SendGridInternal = new(3, null, null, "filter0652p1las1.sendgrid.net", "SMTP", null, null, null, null);

    // from [10.252.1.143] by 10.249.244.10 (ecelerity ...) with ESMTP
    private static readonly ReceivedHop PrivateNetwork = new(3, null, "10.252.1.143", "10.249.244.10", "ESMTP", null, null, null, null);

    // from smtp.sunshine-broadband.example (198.51.100.77) by TY2PEPF0000AB87.mail.protection.outlook.com with Microsoft SMTP Server id 15.20.8158.14
    private static readonly ReceivedHop IspToExchangeWithoutTls = new(3, "smtp.sunshine-broadband.example", "198.51.100.77", "TY2PEPF0000AB87.mail.protection.outlook.com", "Microsoft SMTP Server", null, null, null, null);

    // from AS8PR08MB6263.eurprd08.prod.outlook.com by AS8PR08MB6263.eurprd08.prod.outlook.com with mapi
    private static readonly ReceivedHop ExchangeMapi = new(5, "AS8PR08MB6263.eurprd08.prod.outlook.com", "fe80::12b5:3f0a:2090:fa7c", "AS8PR08MB6263.eurprd08.prod.outlook.com", "mapi", null, null, null, null);

    private static MessageFacts WithHops(params ReceivedHop[] hops) =>
        Fixture("rules/received-chain-github-sendgrid-to-eop-2018.txt") with { Received = hops };

    [Fact]
    public void PlainEsmtpBetweenOutsideServers_Reports_Info()
    {
        var finding = Single(Rule, WithHops(SendGridToExchange, SendGridInternal, GitHubToSendGrid));

        Assert.Equal(Severity.Info, finding.Severity);
        var evidence = Assert.Single(finding.Evidence);
        Assert.Equal("from out-3.smtp.github.com (192.30.252.194) by ismtpd0021p1iad2.sendgrid.net with ESMTP", evidence.Value);
        Assert.Contains("out-3.smtp.github.com → ismtpd0021p1iad2.sendgrid.net", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ExchangeFrontendWithoutTls_Reports()
    {
        var finding = Single(Rule, WithHops(IspToExchangeWithoutTls), language: Language.Ja);

        Assert.Contains("暗号化", finding.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryHopEncrypted_DoesNotReport()
    {
        Assert.Empty(Run(Rule, WithHops(SendGridToExchange)));
    }

    [Fact]
    public void PrivateNetworkHop_DoesNotReport()
    {
        Assert.Empty(Run(Rule, WithHops(PrivateNetwork)));
    }

    [Fact]
    public void CarrierGradeNatHop_DoesNotReport()
    {
        // RFC 6598 shared space (100.64.0.0/10) is a carrier's own network, as private as RFC 1918: the one IP helper says so.
        var hop = new ReceivedHop(3, null, "100.72.14.9", "10.249.244.10", "ESMTP", null, null, null, null);

        Assert.Empty(Run(Rule, WithHops(hop)));
    }

    [Fact]
    public void AnotherTenantsOutboundHostWithoutTls_Reports()
    {
        // *.outbound.protection.outlook.com is the sender's tenant, not ours: the one list of our own hosts excludes it.
        var hop = new ReceivedHop(2, "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.101", "AM4PEPF00027A5F.eurprd04.prod.outlook.com", "Microsoft SMTP Server", null, null, null, null);

        Assert.Single(Run(Rule, WithHops(hop)));
    }

    // A sending platform's own hops: SendGrid's API submission and a provider relaying between its own hosts.
    // Received: from MjE4NzQ1OQ (unknown) by geopod-ismtpd-5 (SG) with HTTP id 9X2kQwRmS1a0bC3dE4fG5h
    private static readonly ReceivedHop SendGridApiSubmission = new(4, "MjE4NzQ1OQ", null, "geopod-ismtpd-5", "HTTP", null, null, null, null);

    // Received: from out-01.mail.example.net (out-01.mail.example.net [198.51.100.21]) by relay-07.mail.example.net with ESMTP
    private static readonly ReceivedHop ProviderRelay = new(4, "out-01.mail.example.net", "198.51.100.21", "relay-07.mail.example.net", "ESMTP", null, null, null, null);

    // Received: from mikel091a by oaamta05sl.mx.bigpond.com with SMTP (a home PC submitting to its ISP, no TLS)
    private static readonly ReceivedHop PcToIsp = new(1, "mikel091a", null, "oaamta05sl.mx.bigpond.com", "SMTP", null, null, null, null);

    [Fact]
    public void SendingPlatformsOwnApiSubmissionOrRelay_DoesNotReport()
    {
        Assert.Empty(Run(Rule, WithHops(SendGridToExchange, SendGridApiSubmission)));
        Assert.Empty(Run(Rule, WithHops(SendGridToExchange, ProviderRelay)));
        Assert.True(OwnInfrastructure.IsPlatformInternalHop(SendGridApiSubmission));
        Assert.True(OwnInfrastructure.IsPlatformInternalHop(ProviderRelay));
    }

    [Fact]
    public void UnqualifiedSenderToAnotherOrganizationsServer_StillReports()
    {
        // Only the receiving end decides: a bare PC name handing over to its ISP crossed the internet.
        Assert.False(OwnInfrastructure.IsPlatformInternalHop(PcToIsp));
        Assert.Single(Run(Rule, WithHops(SendGridToExchange, PcToIsp)));
    }

    [Fact]
    public void PublicSenderToABareMachineName_StillReports()
    {
        var hop = new ReceivedHop(3, "smtp.sunshine-broadband.example", "198.51.100.77", "mx7", "ESMTP", null, null, null, null);

        Assert.Single(Run(Rule, WithHops(SendGridToExchange, hop)));
    }

    [Fact]
    public void HopWithoutSendingHost_DoesNotReport()
    {
        Assert.Empty(Run(Rule, WithHops(SendGridInternal)));
    }

    [Fact]
    public void ExchangeInternalMapiHop_DoesNotReport()
    {
        Assert.Empty(Run(Rule, WithHops(ExchangeMapi)));
    }

    [Fact]
    public void PlainSmtpBetweenTheOrganizationsOwnGateways_DoesNotReport()
    {
        var policy = PolicyWith(gatewayHosts: [".gw.contoso.com"]);
        var hop = new ReceivedHop(1, "in1.gw.contoso.com", "203.0.113.10", "in2.gw.contoso.com", "ESMTP", null, null, null, null);

        Assert.Empty(Run(Rule, WithHops(hop), policy));
    }

    [Fact]
    public void NoReceivedHeaders_DoesNotReport()
    {
        Assert.Empty(Run(Rule, Parse("From: a@contoso.com\nSubject: x\n\n")));
    }
}
