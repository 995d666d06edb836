using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules.Relationship;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Relationship;

public sealed class NewReplyToRuleTests
{
    private const string Colleague = "haruto.mori@hanabi-foods.co.jp";
    private const string Vendor = "orders@northwind-traders.com";

    private static readonly NewReplyToRule Rule = new();

    private static Analysis.Finding? RunOn(string message, SyntheticMailbox mailbox)
    {
        var facts = Parse(message, SamplePolicy);
        return Run(Rule, facts, SamplePolicy, history: mailbox.For(facts)).SingleOrDefault();
    }

    private static string Now(string from, string? replyTo, string language = "en", string origin = "US") =>
        SyntheticMailbox.Message(from, SyntheticMailbox.Me, new DateTimeOffset(2026, 11, 17, 9, 12, 0, TimeSpan.Zero), language, origin, replyTo);

    [Fact]
    public void ColleagueSample_WithSampleMailbox_ReportsHighWithTheHistoryAsEvidence()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy, history: SampleMailbox.Load().For(message));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "Reply-To", Value: "haruto.mori.office@gmail.com" });
        Assert.Contains(finding.Evidence, e => e is { Header: "history.received", Value: "7 since 2025-04-14" });
        Assert.Contains(finding.Evidence, e => e is { Header: "history.sent", Value: "2" });
        Assert.Equal(
            "Haruto Mori has never asked you to reply to haruto.mori.office@gmail.com before, and usually writes to you in Japanese.",
            finding.Banner);
    }

    [Fact]
    public void ColleagueSample_Japanese_NamesTheLanguageInJapanese()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy, Language.Ja, SampleMailbox.Load().For(message));

        Assert.Contains("日本語", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownVendor_ReplyToAnotherCompany_ReportsMedium()
    {
        var mailbox = new SyntheticMailbox(SamplePolicy).Received(Vendor, 6, language: "en", origin: "US");

        var finding = RunOn(Now(Vendor, "accounts@northwind-payments.net"), mailbox);

        Assert.Equal(Severity.Medium, Assert.IsType<Finding>(finding).Severity);
        Assert.Equal("Reply-To", finding.Evidence[1].Header);
    }

    [Fact]
    public void KnownVendor_ReplyToLookalikeOfTheirDomain_ReportsHigh()
    {
        var mailbox = new SyntheticMailbox(SamplePolicy).Received(Vendor, 6, language: "en", origin: "US");

        var finding = RunOn(Now(Vendor, "orders@northwind-tradres.com"), mailbox);

        Assert.Equal(Severity.High, Assert.IsType<Finding>(finding).Severity);
    }

    [Fact]
    public void SenderTheUserWroteTo_WithNoMailFromThem_Reports()
    {
        var mailbox = new SyntheticMailbox(SamplePolicy).Sent(Vendor);

        var finding = RunOn(Now(Vendor, "northwind.orders@gmail.com"), mailbox);

        Assert.Equal(Severity.High, Assert.IsType<Finding>(finding).Severity);
        Assert.Contains("You have written to", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoEarlierMessages_AndNothingSent_IsNotAKnownSender_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox(SamplePolicy).Received(Vendor, 2, language: "en", origin: "US");

        Assert.Null(RunOn(Now(Vendor, "northwind.orders@gmail.com"), mailbox));
    }

    [Fact]
    public void HelpDeskReplyToUsedBefore_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox(SamplePolicy).Received(Vendor, 6, language: "en", origin: "US", replyTo: "northwind@northwind.freshdesk.com");

        Assert.Null(RunOn(Now(Vendor, "northwind@northwind.freshdesk.com"), mailbox));
    }

    [Fact]
    public void MailingList_PosterInReplyTo_DoesNotReport()
    {
        // The list rewrites From to itself ("Alice via dev") and puts each poster in Reply-To: a new poster is no alarm.
        var mailbox = new SyntheticMailbox(SamplePolicy).Received("\"Alice Example via dev\" <dev@lists.example.org>", 6, language: "en", origin: "US", replyTo: "alice@example.com", listId: "dev.lists.example.org");
        var message = SyntheticMailbox.Message("\"Bob Example via dev\" <dev@lists.example.org>", SyntheticMailbox.Me, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), "en", "US", "bob@example.net", "dev.lists.example.org");

        Assert.Null(RunOn(message, mailbox));
    }

    [Fact]
    public void ReplyToInsideTheSendersOrganization_DoesNotReport()
    {
        var mailbox = new SyntheticMailbox(SamplePolicy).Received(Colleague, 6);

        Assert.Null(RunOn(Now(Colleague, "soumu@hanabi-foods.co.jp", "ja", "internal"), mailbox));
    }

    [Fact]
    public void MessagesFromTheSenderNotRead_DoesNotReport()
    {
        var message = Parse(Now(Vendor, "northwind.orders@gmail.com"), SamplePolicy);
        var partial = CorrespondenceHistory.Build(Vendor, null, 0);

        Assert.Empty(Run(Rule, message, SamplePolicy, history: partial));
    }

    [Fact]
    public void HistoryOfAnotherAddress_IsIgnored()
    {
        var mailbox = new SyntheticMailbox(SamplePolicy).Received(Vendor, 6, language: "en", origin: "US");
        var message = Parse(Now("orders@northwind-traders.net", "northwind.orders@gmail.com"), SamplePolicy);
        var history = mailbox.For(Parse(Now(Vendor, null), SamplePolicy));

        Assert.Empty(Run(Rule, message, SamplePolicy, history: history));
    }
}
