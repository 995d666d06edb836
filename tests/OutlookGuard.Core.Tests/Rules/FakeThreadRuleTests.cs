using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules.Content;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class FakeThreadRuleTests
{
    private static readonly FakeThreadRule Rule = new();

    private static string Message(string subject, string threading = "", string replyTo = "Reply-To: j.alvarez.finance@outlook.com\n") => $"""
        From: "Jorge Alvarez" <j.alvarez@northwind-traders.com>
        {replyTo}To: ap@contoso.com
        Subject: {subject}
        Date: Mon, 16 Nov 2026 08:01:00 +0000
        Message-ID: <h8@northwind-traders.com>
        {threading}

        """;

    [Theory]
    [InlineData("RE: Outstanding invoice 4471")]
    [InlineData("Re: Outstanding invoice 4471")]
    [InlineData("Fwd: Outstanding invoice 4471")]
    [InlineData("FW: Outstanding invoice 4471")]
    [InlineData("Re：請求書の件")]
    [InlineData("RE： 請求書の件")]
    [InlineData("返信: 請求書の件")]
    [InlineData("転送：請求書の件")]
    [InlineData("[External] RE: Outstanding invoice 4471")]
    public void ReplySubjectWithoutThreading_DivergentReplyTo_Reports(string subject)
    {
        var finding = Single(Rule, Parse(Message(subject)));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("j.alvarez.finance@outlook.com", finding.Banner, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Header == "Subject" && e.Value == subject.Trim());
    }

    [Fact]
    public void ReplySubjectWithoutThreading_InJapanese_Reports()
    {
        var finding = Single(Rule, Parse(Message("返信: 請求書の件")), language: Language.Ja);

        Assert.Equal("存在しない会話への返信", finding.Title);
    }

    [Fact]
    public void RealReplyWithInReplyTo_DoesNotReport()
    {
        // Real RFC 2822 example: "Re: TEST" with In-Reply-To, Reply-To at gmail.com.
        var message = Fixture("rules/example13.eml");

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void RealKernelListReply_DoesNotReport()
    {
        var message = Fixture("rules/blaze-005-linux-kernel-list.txt");

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void ReplySubjectWithReferences_DoesNotReport()
    {
        var raw = Message("RE: Outstanding invoice 4471", "References: <prev-1@contoso.com>");

        Assert.Empty(Run(Rule, Parse(raw)));
    }

    [Fact]
    public void ReplySubjectWithoutThreading_NoReplyTo_DoesNotReport()
    {
        var raw = Message("RE: Outstanding invoice 4471", replyTo: string.Empty);

        Assert.Empty(Run(Rule, Parse(raw)));
    }

    [Theory]
    [InlineData("Reminder: Outstanding invoice 4471")]
    [InlineData("Request for quote")]
    [InlineData("Refund processed")]
    public void SubjectThatIsNotAReply_DoesNotReport(string subject)
    {
        Assert.Empty(Run(Rule, Parse(Message(subject))));
    }
}
