using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Rules.Relationship;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Relationship;

public sealed class LanguageShiftRuleTests
{
    private const string Partner = "tanaka@kyoto-seika.co.jp";

    private static readonly LanguageShiftRule Rule = new();

    private static readonly DateTimeOffset Today = new(2026, 11, 17, 9, 0, 0, TimeSpan.Zero);

    private static List<Finding> RunOn(string message, SyntheticMailbox mailbox, CompiledPolicy? policy = null)
    {
        var facts = Parse(message, policy);
        return Run(Rule, facts, policy, history: mailbox.For(facts));
    }

    [Fact]
    public void JapaneseRelationship_EnglishMessage_ReportsLow()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 9, language: "ja", origin: "JP").Received(Partner, 1, language: "en", origin: "JP", start: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var finding = Assert.Single(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "en", "JP"), mailbox));

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "history.language", Value: "ja 9/10, en 1/10" });
        Assert.Contains(finding.Evidence, e => e is { Header: "language", Value: "en" });
    }

    [Fact]
    public void EnglishRelationship_JapaneseTextWithoutLangStamp_Reports()
    {
        const string colleague = "ken.ito@hanabi-foods.co.jp";
        var mailbox = new SyntheticMailbox().Received(colleague, 6, language: "en");

        var finding = Assert.Single(RunOn(SyntheticMailbox.Message(colleague, SyntheticMailbox.Me, Today, "ja", "internal"), mailbox));

        Assert.Contains(finding.Evidence, e => e is { Header: "language", Value: "ja" });
    }

    [Fact]
    public void EnglishRelationship_EnglishMessage_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 8, language: "en", origin: "JP");

        Assert.Empty(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "en", "JP"), mailbox));
    }

    [Fact]
    public void BilingualRelationship_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 6, language: "ja", origin: "JP").Received(Partner, 4, language: "en", origin: "JP", start: new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "en", "JP"), mailbox));
    }

    [Fact]
    public void FourEarlierMessages_AreTooFew_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 4, language: "ja", origin: "JP");

        Assert.Empty(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "en", "JP"), mailbox));
    }

    [Fact]
    public void NoHistory_UsualLanguagesPolicy_ColleagueAddressFromOutsideInEnglish_Reports()
    {
        var policy = CompiledFrom(new GuardPolicy { InternalDomains = ["hanabi-foods.co.jp"], UsualLanguages = ["ja"] });
        var message = Fixture("samples/colleague-reply-to-gmail.eml", policy);

        var finding = Single(Rule, message, policy);

        Assert.Contains(finding.Evidence, e => e is { Header: "policy.usual-languages", Value: "ja" });
    }

    [Fact]
    public void NoHistory_UsualLanguagesPolicy_ColleagueWritingInsideTheOrganization_DoesNotReport()
    {
        var policy = CompiledFrom(new GuardPolicy { InternalDomains = ["hanabi-foods.co.jp"], UsualLanguages = ["ja"] });
        var message = Parse(SyntheticMailbox.Message("ken.ito@hanabi-foods.co.jp", SyntheticMailbox.Me, Today, "en", "internal"), policy);

        Assert.Empty(Run(Rule, message, policy));
    }

    [Fact]
    public void NoHistory_NoUsualLanguages_DoesNotReport()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);

        Assert.Empty(Run(Rule, message, SamplePolicy, history: CorrespondenceHistory.Unknown));
    }

    [Fact]
    public void Alone_KeepsTheVerdictSafe_BesideAnotherLowFinding_RaisesItOneStep()
    {
        var alone = GuardAnalyzer.DecideVerdict([new Finding(RuleIds.LanguageShift, Severity.Low, "t", "d", [])]);
        var beside = GuardAnalyzer.DecideVerdict(
        [
            new Finding(RuleIds.LanguageShift, Severity.Low, "t", "d", []),
            new Finding(RuleIds.UnusualOrigin, Severity.Low, "t", "d", []),
        ]);
        var withWording = GuardAnalyzer.DecideVerdict(
        [
            new Finding(RuleIds.LanguageShift, Severity.Low, "t", "d", []),
            new Finding(RuleIds.BecContent, Severity.Low, "t", "d", []),
        ]);

        Assert.Equal(Verdict.Safe, alone);
        Assert.Equal(Verdict.Caution, beside);
        Assert.Equal(Verdict.Caution, withWording);
    }
}
