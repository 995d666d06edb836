using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Rules.Relationship;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Relationship;

public sealed class FirstContactRuleTests
{
    private static readonly FirstContactRule Rule = new();

    private const string Impostor = """
        From: "Haruto Mori" <haruto.mori.hanabi@outlook.com>
        To: yui.sato@hanabi-foods.co.jp
        Subject: Quick question
        Date: Tue, 17 Nov 2026 04:12:36 -0500
        Message-ID: <a1@outlook.com>

        Are you at your desk?
        """;

    [Fact]
    public void NothingReceivedNorSent_ReportsInfo()
    {
        var message = Parse(Impostor, SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy, history: new SyntheticMailbox(SamplePolicy).For(message));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "history.sent", Value: "0" });
    }

    [Fact]
    public void FirstContact_DisplayNameBanner_SaysFirstMessage()
    {
        var engine = EngineFor(SamplePolicy.Source);
        var message = engine.ReadFacts(MessageInput.FromText(Impostor));

        var result = engine.Analyze(MessageInput.FromText(Impostor), Language.En, new SyntheticMailbox(SamplePolicy).For(message));

        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.FirstContact);
        Assert.StartsWith("First message from haruto.mori.hanabi@outlook.com: it shows a name you know", result.Banner, StringComparison.Ordinal);
        Assert.Equal(result.Findings.First(f => f.RuleId == RuleIds.DisplayNameImpersonation).Banner, result.Banner);
    }

    [Fact]
    public void SentItemsNotRead_DoesNotReport()
    {
        var message = Parse(Impostor, SamplePolicy);

        Assert.Empty(Run(Rule, message, SamplePolicy, history: CorrespondenceHistory.Build("haruto.mori.hanabi@outlook.com", [], null)));
    }

    [Fact]
    public void UserWroteToTheAddress_DoesNotReport()
    {
        var message = Parse(Impostor, SamplePolicy);
        var mailbox = new SyntheticMailbox(SamplePolicy).Sent("haruto.mori.hanabi@outlook.com");

        Assert.Empty(Run(Rule, message, SamplePolicy, history: mailbox.For(message)));
    }

    [Fact]
    public void OneEarlierMessage_DoesNotReport()
    {
        var message = Parse(Impostor, SamplePolicy);
        var mailbox = new SyntheticMailbox(SamplePolicy).Received("haruto.mori.hanabi@outlook.com", 1, language: "en", origin: "US");

        Assert.Empty(Run(Rule, message, SamplePolicy, history: mailbox.For(message)));
    }

    [Fact]
    public void WithoutHistory_NoRelationshipRuleFires_AndTheResultIsUnchanged()
    {
        var engine = EngineFor(new GuardPolicy());
        var input = MessageInput.FromText(Impostor);

        var without = engine.Analyze(input, Language.En);
        var unknown = engine.Analyze(input, Language.En, CorrespondenceHistory.Unknown);

        Assert.Equal(without.Verdict, unknown.Verdict);
        Assert.Equal(without.Banner, unknown.Banner);
        Assert.Equal(without.Findings.Select(f => f.RuleId), unknown.Findings.Select(f => f.RuleId));
        Assert.Null(unknown.Relationship);
    }
}
