using System.Diagnostics;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules.Content;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class BecContentRuleTests
{
    private static readonly BecContentRule Rule = new();

    private static string Mail(string subject, string body) => $"""
        From: "Haruto Mori" <haruto.mori@hanabi-foods.co.jp>
        To: yui.sato@hanabi-foods.co.jp
        Subject: {subject}
        Content-Type: text/plain; charset="utf-8"

        {body}
        """;

    [Fact]
    public void ColleagueReplyToGmailSample_Reports_LowWithCues()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml");

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "body-preview", Value: "how late are you working" });
        Assert.Contains(finding.Evidence, e => e is { Header: "body-preview", Value: "suddenly need money" });
    }

    [Fact]
    public void SpoofedInternalDomainSample_Japanese_Reports()
    {
        var message = Fixture("samples/spoofed-internal-domain.eml");

        var finding = Single(Rule, message, language: Language.Ja);

        Assert.Contains(finding.Evidence, e => e is { Header: "Subject", Value: "至急" });
        Assert.Contains(finding.Evidence, e => e is { Header: "body-preview", Value: "口座変更" });
        Assert.Contains("口座の変更", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void RealCeoImpersonationSubject_Reports()
    {
        // Real BEC lure from a gmail.com address: "Urgent: Need W2s".
        var message = Fixture("rules/bec_ceo_impersonation.eml");

        var finding = Single(Rule, message);

        Assert.Contains(finding.Evidence, e => e is { Header: "Subject", Value: "urgent" });
        Assert.Contains(finding.Evidence, e => e is { Header: "Subject", Value: "w2s" });
    }

    [Theory]
    [InlineData("ｷﾞﾌﾄｶｰﾄﾞを5枚購入してください")]
    [InlineData("ＧＩＦＴ　ＣＡＲＤＳ needed for the client visit")]
    [InlineData("Please buy Google Play cards and scratch the back")]
    [InlineData("Are you at your desk?")]
    [InlineData("We have new bank details for the next payment")]
    [InlineData("本日中に振込をお願いします")]
    [InlineData("振込先の変更をお知らせします")]
    [InlineData("今日は何時まで会社にいますか")]
    public void CueAfterNormalization_Reports(string body)
    {
        Assert.Single(Run(Rule, Parse(Mail("Hello", body))));
    }

    [Theory]
    [InlineData("Urgent", "Please review the attached agenda.")]
    [InlineData("Insurgent history reading list", "Chapter three covers payroll reform.")]
    [InlineData("Quarterly report", "The payroll summary is attached.")]
    [InlineData("来週の会議の資料", "明日の会議の資料を送ります。")]
    public void OneWeakCueOrNone_DoesNotReport(string subject, string body)
    {
        Assert.Empty(Run(Rule, Parse(Mail(subject, body))));
    }

    [Fact]
    public void RealNewsletter_DoesNotReport()
    {
        var message = Fixture("rules/eop-constantcontact-newsletter-outlookcom-2020.txt");

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void WordingAlone_NeverRaisesTheVerdict()
    {
        var message = Fixture("samples/spoofed-internal-domain.eml");

        var result = RuleTestKit.EngineFor(new GuardPolicy(), Rule).Analyze(message, Language.En);

        Assert.Single(result.Findings);
        Assert.Equal(Verdict.Safe, result.Verdict);
    }

    [Fact]
    public void HugeRepetitiveBody_IsMatchedInLinearTime()
    {
        var body = string.Concat(Enumerable.Repeat("how late are you workin ", 4000));
        var message = Parse(Mail("gift car", body)) with { BodyPreview = body };
        var watch = Stopwatch.StartNew();

        var findings = Run(Rule, message);

        watch.Stop();
        Assert.Empty(findings);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
