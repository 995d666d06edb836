using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.Exchange;
using OutlookGuard.Core.Parsing.Received;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Core.Tests.Facts;

public sealed class OriginResolverTests
{
    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    private static MessageFacts Sample(string name) =>
        GuardEngine.Default.ReadFacts(MessageInput.FromBytes(File.ReadAllBytes(SamplePath(name))));

    private static CompiledPolicy Gateways(params string[] hosts) =>
        Rules.RuleTestKit.EngineFor(new GuardPolicy { GatewayHosts = [.. hosts] }).Compiled;

    // samples/newsletter-constantcontact.txt: the real Exchange Online block (MHA). CIP is the authority,
    // and the frontend hop that shows it is found.
    [Fact]
    public void ExchangeOnlineNewsletter_OriginIsCipWithCountryAndHop()
    {
        var origin = Sample("newsletter-constantcontact.txt").Origin;

        Assert.NotNull(origin);
        Assert.Equal("208.75.123.162", origin.Ip);
        Assert.Equal("forefront-cip", origin.IpSource);
        Assert.Equal("US", origin.Country);
        Assert.Equal("forefront-ctry", origin.CountrySource);
        Assert.Equal(2, origin.HopIndex);
        Assert.Equal("ccm27.constantcontact.com", origin.Host);
        Assert.Null(origin.Network);
    }

    // samples/colleague-reply-to-gmail.eml: the attack; the message entered from an ISP's relay.
    [Fact]
    public void ColleagueReplyToGmail_OriginIsTheIspRelay()
    {
        var origin = Sample("colleague-reply-to-gmail.eml").Origin;

        Assert.NotNull(origin);
        Assert.Equal("198.51.100.77", origin.Ip);
        Assert.Equal("forefront-cip", origin.IpSource);
        Assert.Equal("US", origin.Country);
        Assert.Equal(3, origin.HopIndex);
        Assert.Equal("smtp.sunshine-broadband.example", origin.Host);
    }

    // Without X-Forefront-Antispam-Report (a forwarded copy, a Graph reply without it), walking the chain
    // past Exchange Online's own hops reaches the same hop CIP names.
    [Theory]
    [InlineData("newsletter-constantcontact.txt", "208.75.123.162", 2)]
    [InlineData("colleague-reply-to-gmail.eml", "198.51.100.77", 3)]
    [InlineData("spoofed-internal-domain.eml", "192.0.2.199", 3)]
    public void WithoutForefront_ReceivedWalkAgreesWithCip(string sample, string ip, int hopIndex)
    {
        var facts = Sample(sample);

        var origin = OriginResolver.Resolve(facts.Received, forefront: null, CompiledPolicy.Default);

        Assert.NotNull(origin);
        Assert.Equal(facts.Forefront!.Cip, origin.Ip);
        Assert.Equal(ip, origin.Ip);
        Assert.Equal(hopIndex, origin.HopIndex);
        Assert.Equal("received", origin.IpSource);
        Assert.Null(origin.Country);
        Assert.Null(origin.CountrySource);
    }

    // Real Exchange Online chains with no Forefront stamp (MHA test data).
    [Theory]
    [InlineData("ews-extracted-gmail-to-outlook-2018.txt", "209.85.217.171", 2, "mail-ua0-f171.google.com")]
    [InlineData("received-chain-nfcu-powermta-to-eop-2018.txt", "199.204.166.217", 2, "vmta6.response.nfcu.org")]
    [InlineData("received-chain-github-sendgrid-to-eop-2018.txt", "167.89.101.2", 2, "o9.sgmail.github.com")]
    public void ExchangeOnlineChains_OriginIsWhereTheFrontendAccepted(string fixture, string ip, int hopIndex, string host)
    {
        var origin = GuardEngine.Default.ReadFacts(MessageInput.FromBytes(Fixtures.Bytes("received/" + fixture))).Origin;

        Assert.NotNull(origin);
        Assert.Equal(ip, origin.Ip);
        Assert.Equal(hopIndex, origin.HopIndex);
        Assert.Equal(host, origin.Host);
        Assert.Equal("received", origin.IpSource);
    }

    // samples/colleague-legitimate.eml: mail between two mailboxes of the tenant never came from outside.
    [Fact]
    public void InternalMessage_HasNoOrigin()
    {
        var facts = Sample("colleague-legitimate.eml");

        Assert.NotEmpty(facts.Received);
        Assert.Null(facts.Forefront?.Cip);
        Assert.Null(facts.Origin);
    }

    // eml_analyzer invalid_datetime.eml, delivered by Migadu: without knowing Migadu is the recipient's own
    // provider, its internal IPv6 hop is the first public one; naming it as a gateway walks past it.
    [Fact]
    public void GatewayHosts_WalkPastTheProvidersOwnHops()
    {
        var bytes = Fixtures.Bytes("parser/invalid_datetime.eml");

        var unconfigured = GuardEngine.Default.ReadFacts(MessageInput.FromBytes(bytes)).Origin;
        var configured = Rules.RuleTestKit.EngineFor(Gateways(".migadu.com")).ReadFacts(MessageInput.FromBytes(bytes)).Origin;

        Assert.Equal("2001:41d0:303:e224::", unconfigured!.Ip);
        Assert.Equal(0, unconfigured.HopIndex);
        Assert.Equal("185.201.19.200", configured!.Ip);
        Assert.Equal("out15-200.antispamcloud.com", configured.Host);
        Assert.Equal(2, configured.HopIndex);
    }

    // sublime-rules office365_covid_phish.eml: an IronPort in front of Exchange Online. CIP is the IronPort;
    // once the admin names it as a gateway, the origin is the VPS the IronPort accepted the message from.
    [Fact]
    public void GatewayInFrontOfExchangeOnline_OriginIsBelowTheGateway()
    {
        var bytes = Fixtures.Bytes("parser/office365_covid_phish.eml");

        var unconfigured = GuardEngine.Default.ReadFacts(MessageInput.FromBytes(bytes)).Origin;
        var configured = Rules.RuleTestKit.EngineFor(Gateways(".iphmx.com")).ReadFacts(MessageInput.FromBytes(bytes)).Origin;

        Assert.Equal("216.71.148.252", unconfigured!.Ip);
        Assert.Equal("forefront-cip", unconfigured.IpSource);
        Assert.Equal("US", unconfigured.Country);
        Assert.Equal(3, unconfigured.HopIndex);

        Assert.Equal("185.243.112.105", configured!.Ip);
        Assert.Equal("received", configured.IpSource);
        Assert.Equal("vps.server.com", configured.Host);
        Assert.Equal(4, configured.HopIndex);
        Assert.Null(configured.Country);
    }

    [Fact]
    public void InternalSubmissionPlaceholderCip_IsNoOrigin()
    {
        // A colleague's mail inside one Exchange Online tenant: MAPI submission, then the tenant's own servers.
        var hops = ReceivedChain.Build([
            "from TY3PR01MB11234.jpnprd01.prod.outlook.com (2603:1096:400:3c1::9) by OS3PR01MB9876.jpnprd01.prod.outlook.com with HTTPS; Tue, 17 Nov 2026 09:12:41 +0000",
            "from TY3PR01MB11234.jpnprd01.prod.outlook.com ([fe80::5d1b:2a4c:9e0f:1b2a]) by TY3PR01MB11234.jpnprd01.prod.outlook.com ([fe80::5d1b:2a4c:9e0f:1b2a%5]) with mapi id 15.20.8158.017; Tue, 17 Nov 2026 09:12:40 +0000",
        ]);
        var forefront = ForefrontParser.Parse("CIP:255.255.255.255;CTRY:;LANG:ja;SCL:-1;SRV:;IPV:NLI;SFV:SKI;H:TY3PR01MB11234.jpnprd01.prod.outlook.com;PTR:;CAT:NONE;SFS:;DIR:INT;");

        Assert.True(forefront!.IsInternalSubmission);
        Assert.Null(OriginResolver.Resolve(hops, forefront, CompiledPolicy.Default));
    }

    [Fact]
    public void PublicCip_IsNotInternalSubmission()
    {
        Assert.False(ForefrontParser.Parse("CIP:198.51.100.77;CTRY:US;DIR:INB;")!.IsInternalSubmission);
    }

    [Fact]
    public void CipThatNoHopShows_HasNoHop()
    {
        var hops = ReceivedChain.Build(["from a.example (198.51.100.1) by b.mail.protection.outlook.com; Tue, 17 Nov 2026 09:12:41 +0000"]);
        var forefront = ForefrontParser.Parse("CIP:2a01:111:f400:fe5a::70d;CTRY:IE;");

        var origin = OriginResolver.Resolve(hops, forefront, CompiledPolicy.Default);

        Assert.Equal("2a01:111:f400:fe5a::70d", origin!.Ip);
        Assert.Null(origin.HopIndex);
        Assert.Null(origin.Host);
        Assert.Equal("IE", origin.Country);
    }

    [Fact]
    public void Ipv6Cip_FindsTheHopInAnyWriting()
    {
        var hops = ReceivedChain.Build([
            "from EUR05-AM6-obe.outbound.protection.outlook.com (2a01:111:f400:fe5a:0:0:0:70d) by AM0PR01MB1234.mail.protection.outlook.com (10.1.2.3) with Microsoft SMTP Server; Tue, 17 Nov 2026 09:12:41 +0000",
        ]);
        var forefront = ForefrontParser.Parse("CIP:2a01:111:f400:fe5a::70d;CTRY:IE;");

        var origin = OriginResolver.Resolve(hops, forefront, CompiledPolicy.Default);

        Assert.Equal(0, origin!.HopIndex);
        Assert.Equal("EUR05-AM6-obe.outbound.protection.outlook.com", origin.Host);
    }

    // Another tenant's outbound servers are the sender's side, not ours: the walk stops there.
    [Fact]
    public void OtherTenantsOutboundServer_IsTheOrigin()
    {
        var hops = ReceivedChain.Build([
            "from AM0PR01MB1234.mail.protection.outlook.com (2603:10a6:208:1::1) by AM0PR01MB9999.eurprd01.prod.outlook.com with HTTPS; Tue, 17 Nov 2026 09:12:42 +0000",
            "from EUR05-AM6-obe.outbound.protection.outlook.com (40.107.22.70) by AM0PR01MB1234.mail.protection.outlook.com (10.1.2.3) with Microsoft SMTP Server; Tue, 17 Nov 2026 09:12:41 +0000",
            "from DB9PR01MB7777.eurprd01.prod.outlook.com (2603:10a6:10:1::9) by DB9PR01MB8888.eurprd01.prod.outlook.com with HTTPS; Tue, 17 Nov 2026 09:12:40 +0000",
        ]);

        var origin = OriginResolver.Resolve(hops, forefront: null, CompiledPolicy.Default);

        Assert.Equal("40.107.22.70", origin!.Ip);
        Assert.Equal(1, origin.HopIndex);
    }

    // A sender can say HELO with an Exchange Online name; with nothing of ours below it, it is still the origin.
    [Fact]
    public void ForgedExchangeOnlineHelo_AtTheBottom_IsStillTheOrigin()
    {
        var hops = ReceivedChain.Build([
            "from TY2PEPF0000AB87.apcprd03.prod.outlook.com (2603:1096:604:b5:cafe::4c) by OS0P286CA0112.outlook.office365.com (2603:1096:604:b5::17) with Microsoft SMTP Server; Tue, 17 Nov 2026 09:12:42 +0000",
            "from fake.prod.outlook.com (203.0.113.9) by TY2PEPF0000AB87.mail.protection.outlook.com (10.167.248.5) with Microsoft SMTP Server; Tue, 17 Nov 2026 09:12:41 +0000",
        ]);

        var origin = OriginResolver.Resolve(hops, forefront: null, CompiledPolicy.Default);

        Assert.Equal("203.0.113.9", origin!.Ip);
        Assert.Equal(1, origin.HopIndex);
    }

    [Fact]
    public void PrivateAndLoopbackOnly_HasNoOrigin()
    {
        var hops = ReceivedChain.Build([
            "from smtp.xxxx.org (unknown [127.0.0.1]) by xxxxx1.xxxx.net (Postfix) with ESMTP id F128477EB5; Sun, 18 Nov 2007 00:56:32 -0800 (PST)",
            "from [10.252.1.143] ([10.252.1.143:47944] helo=p2-jbemailsyndicator32.ctct.net) by 10.249.244.10 with ESMTP id C8/A8-65519-05CFD0F5; Tue, 14 Jul 2020 14:41:20 -0400",
            "from a (fe80::1) by b; Tue, 14 Jul 2020 14:41:20 -0400",
            "from a (100.64.1.1) by b; Tue, 14 Jul 2020 14:41:20 -0400",
        ]);

        Assert.Null(OriginResolver.Resolve(hops, forefront: null, CompiledPolicy.Default));
    }

    [Fact]
    public void UnparseableCip_FallsBackToTheChain()
    {
        var hops = ReceivedChain.Build(["from a.example (198.51.100.1) by b.mail.protection.outlook.com; Tue, 17 Nov 2026 09:12:41 +0000"]);
        var forefront = ForefrontParser.Parse("CIP:not-an-address;CTRY:US;");

        var origin = OriginResolver.Resolve(hops, forefront, CompiledPolicy.Default);

        Assert.Equal("198.51.100.1", origin!.Ip);
        Assert.Equal("received", origin.IpSource);
        Assert.Null(origin.Country);
    }

    [Theory]
    [InlineData("BN3NAM04FT003.mail.protection.outlook.com", true)]
    [InlineData("SN1PR16MB0494.namprd16.prod.outlook.com", true)]
    [InlineData("OS0P286CA0112.outlook.office365.com", true)]
    [InlineData("EUR05-AM6-obe.outbound.protection.outlook.com", false)]
    [InlineData("outlook.com.evil.example", false)]
    [InlineData("mx.google.com", false)]
    [InlineData(null, false)]
    public void IsOwnHost_KnowsExchangeOnline(string? host, bool expected)
    {
        Assert.Equal(expected, OwnInfrastructure.IsOwnHost(host, CompiledPolicy.Default));
    }
}
