using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Rules.Transport;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class SendingOriginRuleTests
{
    private static readonly SendingOriginRule Rule = new();

    [Fact]
    public void ColleagueReplyToGmailSample_Reports_InfoWithIpHostAndCountry()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml");

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "origin-ip", Value: "198.51.100.77 (forefront-cip)" });
        Assert.Contains(finding.Evidence, e => e is { Header: "origin-country", Value: "US (forefront-ctry)" });
        Assert.Contains(finding.Evidence, e => e.Value.EndsWith("smtp.sunshine-broadband.example", StringComparison.Ordinal));
        Assert.Contains("198.51.100.77 (smtp.sunshine-broadband.example), in US", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OriginWithoutHost_UsesExchangePtrAsHost_Reports()
    {
        var message = Fixture("samples/spoofed-internal-domain.eml") with
        {
            Origin = new OriginInfo("192.0.2.199", null, null, "forefront-cip", "NL", "forefront-ctry", null),
        };

        var finding = Single(Rule, message);

        Assert.Contains(finding.Evidence, e => e is { Header: "X-Forefront-Antispam-Report", Value: "PTR:vps-2231.hosting.example" });
        Assert.Contains("192.0.2.199 (vps-2231.hosting.example), in NL", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void RealNewsletter_Reports_ItsSendingServer()
    {
        var message = Fixture("rules/eop-constantcontact-newsletter-outlookcom-2020.txt");

        var finding = Single(Rule, message, language: Language.Ja);

        Assert.Contains("208.75.123.162", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("ccm27.constantcontact.com", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminRaisesSeverity_AnalyzerShowsItsBanner()
    {
        var policy = new GuardPolicy { Rules = { [RuleIds.SendingOrigin] = new RuleSettings { Severity = Severity.Medium } } };
        var message = Fixture("samples/colleague-reply-to-gmail.eml");

        var result = RuleTestKit.EngineFor(policy, Rule).Analyze(message, Language.En);

        Assert.Equal(Verdict.Caution, result.Verdict);
        Assert.Equal("This message was sent from 198.51.100.77 (smtp.sunshine-broadband.example) in US. Check that this fits the sender.", result.Banner);
    }

    [Fact]
    public void InternalMessageWithoutOrigin_DoesNotReport()
    {
        var message = Fixture("samples/colleague-legitimate.eml");

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void OriginWithNeitherIpNorHost_DoesNotReport()
    {
        var message = Fixture("samples/colleague-legitimate.eml") with
        {
            Origin = new OriginInfo(null, null, null, null, "JP", "geoip", null),
        };

        Assert.Empty(Run(Rule, message));
    }
}
