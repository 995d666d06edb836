using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Rules.Structure;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class MalformedHeadersRuleTests
{
    private static readonly MalformedHeadersRule Rule = new();

    [Theory]
    [InlineData("From: <<<>>>@@@\nTo: yui.sato@contoso.com\n\n")]
    [InlineData("From: (((((((((((ceo@contoso.com\nTo: yui.sato@contoso.com\n\n")]
    public void UnreadableFrom_Reports_Medium(string raw)
    {
        var finding = Single(Rule, Parse(raw));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "From" && e.Value.StartsWith("address-unreadable", StringComparison.Ordinal));
    }

    [Fact]
    public void UnreadableHeaderBlock_Reports_Medium()
    {
        var finding = Single(Rule, MessageParser.Parse("\0\0\0\0garbage\n\n"u8));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Value.StartsWith("header-block-unreadable", StringComparison.Ordinal));
    }

    [Fact]
    public void UnreadableAuthenticationResults_Reports_Info()
    {
        var finding = Single(Rule, Parse("Authentication-Results: ;;;===\nFrom: a@contoso.com\n\n"), language: Language.Ja);

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("読み取れないヘッダー", finding.Title);
    }

    [Fact]
    public void HeaderCountLimitReached_Reports_Low()
    {
        var raw = "From: a@contoso.com\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"X-Filler-{i}: {i}\n")) + "\n";
        var options = new MessageParserOptions { Limits = ParseLimits.Default with { MaxHeaderCount = 10 } };

        var finding = Single(Rule, MessageParser.Parse(raw, options));

        Assert.Contains(finding.Evidence, e => e.Value.StartsWith("limit-header-count", StringComparison.Ordinal));
    }

    [Fact]
    public void RealMessageWithTwoFromMailboxesAndNoSender_Reports_Low()
    {
        // Real sample: "From: tim@powerupdev.com concierge@powerupdev.com" and no Sender (RFC 5322 §3.6.2 wants one).
        var finding = Single(Rule, Fixture("rules/raw_email_multiple_from.eml"));

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "From", Value: "2 mailboxes and no Sender" });
    }

    [Fact]
    public void NoFromAtAll_Reports_Low()
    {
        var finding = Single(Rule, Parse("To: yui.sato@contoso.com\nSubject: hello\n\n"));

        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Fact]
    public void WellFormedMessages_DoNotReport()
    {
        Assert.Empty(Run(Rule, Fixture("samples/colleague-legitimate.eml")));
        Assert.Empty(Run(Rule, Fixture("rules/eop-constantcontact-newsletter-outlookcom-2020.txt")));
        Assert.Empty(Run(Rule, Fixture("rules/blaze-004-discourse-list.txt")));
    }

    [Fact]
    public void DuplicatedHeaderOnly_IsLeftToDuplicateHeader_DoesNotReport()
    {
        Assert.Empty(Run(Rule, Parse("From: a@contoso.com\nSubject: one\nSubject: two\n\n")));
    }
}
