using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Rules.Relationship;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Relationship;

public sealed class UnusualOriginRuleTests
{
    private const string Partner = "tanaka@kyoto-seika.co.jp";

    private static readonly UnusualOriginRule Rule = new();

    private static readonly DateTimeOffset Today = new(2026, 11, 17, 9, 0, 0, TimeSpan.Zero);

    private static List<Finding> RunOn(string message, SyntheticMailbox mailbox)
    {
        var facts = Parse(message);
        return Run(Rule, facts, history: mailbox.For(facts));
    }

    [Fact]
    public void ColleagueSample_AlwaysInternal_NowFromUsWithGmailReplyTo_ReportsMedium()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy, history: SampleMailbox.Load().For(message));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "history.origin", Value: "internal 7/7" });
        Assert.Contains(finding.Evidence, e => e is { Header: "origin.host", Value: "smtp.sunshine-broadband.example" });
    }

    [Fact]
    public void PartnerAlwaysFromJapan_NowFromUs_NoReplyTo_ReportsLow()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 6, origin: "JP");

        var finding = Assert.Single(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "ja", "US"), mailbox));

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "origin", Value: "US" });
    }

    [Fact]
    public void ColleagueWhoTravels_HistoryFromTwoCountries_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 6, origin: "JP").Received(Partner, 2, origin: "SG", start: new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "ja", "US"), mailbox));
    }

    [Fact]
    public void SameCountryAsAlways_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 6, origin: "JP");

        Assert.Empty(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "ja", "JP"), mailbox));
    }

    [Fact]
    public void FourEarlierMessages_AreTooFew_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox().Received(Partner, 4, origin: "JP");

        Assert.Empty(RunOn(SyntheticMailbox.Message(Partner, SyntheticMailbox.Me, Today, "ja", "US"), mailbox));
    }
}
