using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Rules.Structure;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class DuplicateHeaderRuleTests
{
    private static readonly DuplicateHeaderRule Rule = new();

    [Fact]
    public void TwoFromHeaders_Reports_Medium()
    {
        var message = Parse("""
            From: "IT Service Desk" <servicedesk@contoso.com>
            From: attacker@198-51-100-9.example
            To: yui.sato@contoso.com
            Subject: Mailbox quota

            """);

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "From");
        Assert.Contains("different senders", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoSubjects_Reports_Low()
    {
        var finding = Single(Rule, Parse("From: a@contoso.com\nSubject: one\nSubject: two\n\n"));

        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Fact]
    public void RealPhishWithRepeatedReturnPath_Reports_Info()
    {
        // Real sample: two identical Return-Path lines, as redelivery writes them.
        var finding = Single(Rule, Fixture("rules/reported_phish.eml"));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("Return-Path", Assert.Single(finding.Evidence).Header);
    }

    [Fact]
    public void EveryHeaderOnce_DoesNotReport()
    {
        Assert.Empty(Run(Rule, Fixture("samples/colleague-legitimate.eml")));
        Assert.Empty(Run(Rule, Fixture("rules/eop-constantcontact-newsletter-outlookcom-2020.txt")));
    }
}
