using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Relationship;

/// <summary>What history changes in other rules: an established Reply-To lowers reply-to-mismatch; the summary.</summary>
public sealed class RelationshipAdjustmentTests
{
    private const string Shop = "news@contoso-shop.com";
    private const string HelpDesk = "contoso-shop@contoso-shop.freshdesk.com";

    private static readonly GuardEngine Engine = EngineFor(new GuardPolicy());

    private static AnalysisResult Analyze(string message, SyntheticMailbox mailbox)
    {
        var input = MessageInput.FromText(message);
        return Engine.Analyze(input, Language.En, mailbox.For(Engine.ReadFacts(input)));
    }

    private static string Today(string? replyTo, string dmarc = "pass") =>
        SyntheticMailbox.Message(Shop, SyntheticMailbox.Me, new DateTimeOffset(2026, 11, 17, 9, 0, 0, TimeSpan.Zero), "en", "US", replyTo)
            .Replace("dmarc=pass", $"dmarc={dmarc}", StringComparison.Ordinal)
            .Replace("compauth=pass reason=100", dmarc == "pass" ? "compauth=pass reason=100" : "compauth=fail reason=000", StringComparison.Ordinal);

    [Fact]
    public void HelpDeskReplyToUsedForMonths_LowersReplyToMismatchToInfo()
    {
        var mailbox = new SyntheticMailbox().Received(Shop, 6, language: "en", origin: "US", replyTo: HelpDesk, everyDays: 20);

        var result = Analyze(Today(HelpDesk), mailbox);

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.ReplyToMismatch);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "history.reply-to", Value: "6 since 2025-01-06" });
        Assert.Equal(Verdict.Safe, result.Verdict);
    }

    [Fact]
    public void HelpDeskReplyTo_WithoutHistory_StaysMedium()
    {
        var result = Engine.Analyze(MessageInput.FromText(Today(HelpDesk)), Language.En);

        Assert.Equal(Severity.Medium, Assert.Single(result.Findings, f => f.RuleId == RuleIds.ReplyToMismatch).Severity);
    }

    [Fact]
    public void ReplyToUsedWithinTenDays_IsNotEstablished()
    {
        var mailbox = new SyntheticMailbox().Received(Shop, 6, language: "en", origin: "US", replyTo: HelpDesk, everyDays: 2);

        var result = Analyze(Today(HelpDesk), mailbox);

        Assert.Equal(Severity.Medium, Assert.Single(result.Findings, f => f.RuleId == RuleIds.ReplyToMismatch).Severity);
    }

    [Fact]
    public void EstablishedReplyTo_OnAMessageThatFailsDmarc_IsNotLowered()
    {
        var mailbox = new SyntheticMailbox().Received(Shop, 6, language: "en", origin: "US", replyTo: HelpDesk, everyDays: 20);

        var result = Analyze(Today(HelpDesk, dmarc: "fail"), mailbox);

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.AuthFailure && f.Severity >= Severity.Medium);
        Assert.NotEqual(Severity.Info, Assert.Single(result.Findings, f => f.RuleId == RuleIds.ReplyToMismatch).Severity);
    }

    [Fact]
    public void SampleMailbox_SummarizesTheRelationship()
    {
        var engine = EngineFor(SamplePolicy.Source);
        var input = MessageInput.FromBytes(Fixtures.Bytes("samples/colleague-reply-to-gmail.eml"));

        var result = engine.Analyze(input, Language.En, SampleMailbox.Load().For(engine.ReadFacts(input)));

        var summary = Assert.IsType<RelationshipSummary>(result.Relationship);
        Assert.Equal(History.HistoryCompleteness.Full, summary.Completeness);
        Assert.Equal(7, summary.Received);
        Assert.Equal(2, summary.Sent);
        Assert.Equal(new DateTimeOffset(2025, 4, 14, 10, 22, 5, TimeSpan.FromHours(9)), summary.Since);
        Assert.Equal([new History.HistoryCount("ja", 7)], summary.Languages);
        Assert.Equal([new History.HistoryCount("internal", 7)], summary.Origins);
        Assert.Equal(0, summary.ReplyToAddresses);
        Assert.Equal(Verdict.Danger, result.Verdict);
        Assert.Equal(RuleIds.NewReplyTo, result.Findings[0].RuleId);
    }

    [Fact]
    public void ColleagueLegitimateSample_WithSampleMailbox_StaysSafe()
    {
        var engine = EngineFor(SamplePolicy.Source);
        var input = MessageInput.FromBytes(Fixtures.Bytes("samples/colleague-legitimate.eml"));

        var result = engine.Analyze(input, Language.En, SampleMailbox.Load().For(engine.ReadFacts(input)));

        Assert.Equal(Verdict.Safe, result.Verdict);
        Assert.DoesNotContain(result.Findings, f => f.Severity >= Severity.Low);
    }
}
