using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Rules.Identity;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class ReplyToMismatchRuleTests
{
    private static readonly ReplyToMismatchRule Rule = new();

    [Fact]
    public void ColleagueReplyToGmail_Reports_HighAndNamesTheGmailAddress()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(
            "Replies to this message go to haruto.mori.office@gmail.com, not to Haruto Mori. Confirm by phone before acting.",
            finding.Banner);
        Assert.Contains(finding.Evidence, e => e is { Header: "Reply-To" } && e.Value.Contains("haruto.mori.office@gmail.com", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e is { Header: "Return-Path", Value: "kt4921@sunshine-broadband.example" });
        Assert.Contains("copies the sender's display name", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ColleagueReplyToGmail_InJapanese_Reports_WithJapaneseBanner()
    {
        var message = Fixture("samples/colleague-reply-to-gmail.eml", SamplePolicy);

        var finding = Single(Rule, message, SamplePolicy, Language.Ja);

        Assert.Contains("haruto.mori.office@gmail.com", finding.Banner, StringComparison.Ordinal);
        Assert.Contains("電話で確認", finding.Banner, StringComparison.Ordinal);
        Assert.Equal("返信先が送信者と別の組織です", finding.Title);
    }

    [Fact]
    public void ReplyToFreemail_FromCompanyDomain_Reports_High()
    {
        var message = Parse("""
            From: "Accounts Payable" <ap@northwind-traders.com>
            Reply-To: northwind.ap.dept@outlook.com
            To: billing@fabrikam.com
            Subject: Invoice 4471 payment
            Date: Mon, 16 Nov 2026 08:01:00 +0000
            Message-ID: <a1@northwind-traders.com>

            """);

        var finding = Single(Rule, message);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("free-mail", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void FromInternalDomain_ReplyToElsewhere_Reports_High()
    {
        var policy = PolicyWith(internalDomains: ["contoso.com"]);
        var message = Parse("""
            From: "Megan Bowen" <megan.bowen@contoso.com>
            Reply-To: "Megan Bowen" <megan@bowen-consulting.net>
            To: alex.wilber@fabrikam.com
            Subject: Budget numbers
            Message-ID: <b2@contoso.com>

            """, policy);

        var finding = Single(Rule, message, policy);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("colleague", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSharesRecipientsDomain_Reports_High()
    {
        var message = Parse("""
            From: "Ren Takahashi" <ren.takahashi@minato-denki.co.jp>
            Reply-To: ren.takahashi@rt-office.jp
            To: "Yui Sato" <yui.sato@minato-denki.co.jp>
            Subject: Quick favor
            Message-ID: <c3@minato-denki.co.jp>

            """);

        var finding = Single(Rule, message);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("recipients' domain", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ProtectedDisplayName_ReplyToElsewhere_Reports_High()
    {
        var policy = PolicyWith(protectedNames: ["Kenji Watanabe"]);
        var message = Parse("""
            From: "kenji  WATANABE" <ceo-office@exec-mailer.com>
            Reply-To: assistant@exec-desk.net
            To: finance@fabrikam.com
            Subject: Confidential acquisition
            Message-ID: <d4@exec-mailer.com>

            """, policy);

        var finding = Single(Rule, message, policy);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("protected name", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplyToSwapsThePublicSuffixOfAnInternalDomain_Reports_High()
    {
        var policy = PolicyWith(internalDomains: ["hanabi-foods.co.jp"]);
        var message = Parse("""
            From: "Tokyo Freight Billing" <billing@tokyo-freight.com>
            Reply-To: billing@hanabi-foods.com
            To: accounting@hanabi-foods.co.jp
            Subject: Revised invoice
            Message-ID: <e5@tokyo-freight.com>

            """, policy);

        var finding = Single(Rule, message, policy);

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("imitates hanabi-foods.co.jp", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void RealPhishWithUnrelatedReplyTo_Reports_Medium()
    {
        // Real phishing mail: "Mailgun Team" <info@rolo-sistemi.si> with Reply-To xxx2@xxxxx.xxx (redacted by its source).
        var message = Fixture("rules/invalid_datetime.eml");

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e is { Header: "Reply-To", Value: "xxx2@xxxxx.xxx" });
    }

    [Fact]
    public void ReplyToOrganizationAlsoSentTheMessage_Reports_Low()
    {
        var message = Parse("""
            Return-Path: <bounce-8812@mail.salesdesk-crm.com>
            From: "Fabrikam Events" <events@fabrikam.com>
            Sender: events=fabrikam.com@salesdesk-crm.com
            Reply-To: fabrikam-events@salesdesk-crm.com
            To: guest@contoso.com
            Subject: Your seat at the spring summit
            Message-ID: <f6@salesdesk-crm.com>

            """);

        var finding = Single(Rule, message);

        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Fact]
    public void RealConstantContactNewsletter_DoesNotReport()
    {
        // Real newsletter delivered by Exchange Online: Sender and Return-Path at Constant Contact, compauth=fail.
        var message = Fixture("rules/eop-constantcontact-newsletter-outlookcom-2020.txt");

        Assert.Empty(Run(Rule, message, SamplePolicy));
    }

    [Fact]
    public void MailingListThatRewroteFrom_DoesNotReport()
    {
        var message = Fixture("samples/mailing-list-via.eml", SamplePolicy);

        Assert.Empty(Run(Rule, message, SamplePolicy));
    }

    [Fact]
    public void ListRewroteFromInJapanese_PosterOnFreemail_DoesNotReport()
    {
        // The same rewrite as Google Groups' Japanese interface writes it: 経由, not "via". One relayed-name detector knows both.
        var message = Parse("""
            From: "'森 陽翔' 経由 開発チーム" <dev-team@googlegroups.com>
            Reply-To: haruto.mori.home@gmail.com
            To: dev-team@googlegroups.com
            Subject: =?UTF-8?B?44OT44Or44OJ55Kw5aKD?=
            Message-ID: <5b1c0a77@googlegroups.com>
            List-ID: <dev-team.googlegroups.com>
            List-Post: <https://groups.google.com/group/dev-team/post>, <mailto:dev-team@googlegroups.com>

            """);

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void ListRewroteFrom_PosterOnFreemail_DoesNotReport()
    {
        // The shape Google Groups writes when it rewrites From for DMARC.
        var message = Parse("""
            From: "'Christoph Fritz' via Clang Built Linux" <clang-built-linux@googlegroups.com>
            Reply-To: chf.fritz@googlemail.com
            To: Mark Brown <broonie@kernel.org>
            Cc: clang-built-linux@googlegroups.com
            Subject: [PATCH] regulator: fix Kconfig dependency
            Message-ID: <da3aece9@googlemail.com>
            List-ID: <clang-built-linux.googlegroups.com>
            List-Post: <https://groups.google.com/group/clang-built-linux/post>, <mailto:clang-built-linux@googlegroups.com>

            """);

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void ColleaguePostToListWithReplyToList_DoesNotReport()
    {
        var policy = PolicyWith(internalDomains: ["contoso.com"]);
        var message = Parse("""
            From: "Alex Wilber" <alex.wilber@contoso.com>
            Reply-To: users@lists.opensource-project.org
            To: users@lists.opensource-project.org
            Subject: Build fails on ARM64
            Message-ID: <g7@contoso.com>
            List-Id: Project users <users.lists.opensource-project.org>
            List-Post: <mailto:users@lists.opensource-project.org>

            """, policy);

        Assert.Empty(Run(Rule, message, policy));
    }

    [Fact]
    public void RealDiscourseListMessage_DoesNotReport()
    {
        // Real Discourse mailing-list-mode message: From and Reply-To both at discoursemail.com, List-ID set.
        var message = Fixture("rules/blaze-004-discourse-list.txt");

        Assert.Empty(Run(Rule, message));
    }

    [Fact]
    public void ForgedListIdEndingInFreemailDomain_StillReports()
    {
        var policy = PolicyWith(internalDomains: ["hanabi-foods.co.jp"]);
        var message = Parse("""
            From: "Haruto Mori" <haruto.mori@hanabi-foods.co.jp>
            Reply-To: haruto.mori.office@gmail.com
            To: yui.sato@hanabi-foods.co.jp
            Subject: Quick question
            List-Id: <staff.gmail.com>

            """, policy);

        var finding = Single(Rule, message, policy);

        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void ReplyToInTrustedReplyToDomains_DoesNotReport()
    {
        var message = Parse("""
            From: "Hanabi Support" <support@hanabi-foods.co.jp>
            Reply-To: support@hanabi-foods.zendesk.com
            To: customer@example.net
            Subject: [Ticket 8812] Your request was received

            """, SamplePolicy);

        Assert.Empty(Run(Rule, message, SamplePolicy));
    }

    [Fact]
    public void ReplyToSameOrganizationOtherSubdomain_DoesNotReport()
    {
        var message = Parse("""
            From: "Contoso News" <news@mail.contoso.com>
            Reply-To: help@support.contoso.com
            To: reader@fabrikam.com
            Subject: This month at Contoso

            """);

        Assert.Empty(Run(Rule, message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Reply-To: someone@gmail.com\n\n")]
    [InlineData("From: <>\nReply-To: <@>\n\n")]
    [InlineData("From: undisclosed-recipients:;\nReply-To: a@b\n\n")]
    public void MissingOrBrokenAddresses_DoesNotReportOrThrow(string raw)
    {
        Assert.Empty(Run(Rule, Parse(raw)));
    }
}
