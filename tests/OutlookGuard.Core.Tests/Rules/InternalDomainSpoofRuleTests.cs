using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules.Identity;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class InternalDomainSpoofRuleTests
{
    private static readonly InternalDomainSpoofRule Rule = new();

    // Exchange Online's stamps for anonymous mail from the internet claiming contoso.com.
    private const string FromOutsideFailing = """
        Authentication-Results: spf=fail (sender IP is 203.0.113.9)
         smtp.mailfrom=contoso.com; dkim=none (message not signed)
         header.d=none;dmarc=fail action=quarantine
         header.from=contoso.com;compauth=fail reason=000
        From: "Megan Bowen" <megan.bowen@contoso.com>
        To: <payroll@contoso.com>
        Subject: Update my direct deposit
        X-MS-Exchange-Organization-MessageDirectionality: Incoming
        X-MS-Exchange-Organization-AuthAs: Anonymous

        """;

    [Fact]
    public void SpoofedInternalDomainSample_Reports_HighWithCompauthExplained()
    {
        var message = Fixture("samples/spoofed-internal-domain.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("compauth reason 000: explicit authentication failed", finding.Detail, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e is { Header: "X-MS-Exchange-Organization-AuthAs", Value: "Anonymous" });
        Assert.Contains(finding.Evidence, e => e is { Header: "Authentication-Results" } && e.Value.StartsWith("dmarc=fail action=oreject", StringComparison.Ordinal));
        Assert.Contains("hanabi-foods.co.jp", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void ColleagueReplyToGmailSample_ImplicitFailure_Reports()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy, Language.Ja);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("理由コード 001", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void InternalDomainFromOutsideFailingAuth_Reports()
    {
        var policy = PolicyWith(internalDomains: ["contoso.com"]);

        var finding = Single(Rule, Parse(FromOutsideFailing, policy), policy);

        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void ForgedPassBelowTheTopmostResults_IsIgnored_Reports()
    {
        // The sender wrote its own "pass" below Exchange Online's verdict; only the topmost header is trusted.
        var policy = PolicyWith(internalDomains: ["contoso.com"]);
        var raw = FromOutsideFailing.Replace(
            "From: ",
            "Authentication-Results: dmarc=pass header.from=contoso.com; compauth=pass reason=100\nFrom: ",
            StringComparison.Ordinal);

        Assert.Single(Run(Rule, Parse(raw, policy), policy));
    }

    [Fact]
    public void ColleagueLegitimateSample_AuthenticatedInternal_DoesNotReport()
    {
        var message = Fixture("samples/colleague-legitimate.eml", SamplePolicy);

        Assert.Empty(Run(Rule, message, SamplePolicy));
    }

    [Fact]
    public void InternalDomainFromOutsidePassingDmarc_DoesNotReport()
    {
        // A mailing service that signs for contoso.com (DKIM aligned): authentication passes.
        var policy = PolicyWith(internalDomains: ["contoso.com"]);
        var raw = FromOutsideFailing
            .Replace("dmarc=fail action=quarantine", "dmarc=pass action=none", StringComparison.Ordinal)
            .Replace("compauth=fail reason=000", "compauth=pass reason=100", StringComparison.Ordinal);

        Assert.Empty(Run(Rule, Parse(raw, policy), policy));
    }

    [Fact]
    public void DomainNotInternal_DoesNotReport()
    {
        var policy = PolicyWith(internalDomains: ["fabrikam.com"]);

        Assert.Empty(Run(Rule, Parse(FromOutsideFailing, policy), policy));
    }

    [Fact]
    public void NoTrustedAuthenticationResults_DoesNotReport()
    {
        // Only a result from a server the admin never named: nothing trustworthy to judge by.
        var policy = PolicyWith(internalDomains: ["contoso.com"]);
        var raw = FromOutsideFailing.Replace(
            "Authentication-Results: spf=fail",
            "Authentication-Results: mx.attacker.example; spf=fail",
            StringComparison.Ordinal);

        Assert.Empty(Run(Rule, Parse(raw, policy), policy));
    }
}
