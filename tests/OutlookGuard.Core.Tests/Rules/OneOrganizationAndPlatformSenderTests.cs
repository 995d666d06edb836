using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules.Identity;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Rules;

/// <summary>
/// The identity rules on mail people rely on: all InternalDomains are one organization, a service writing for a
/// colleague whose own internal address takes the replies, authenticated platform notifications, list traffic.
/// Each case beside the attack that looks like it.
/// </summary>
public sealed class OneOrganizationAndPlatformSenderTests
{
    private static readonly ReplyToMismatchRule ReplyTo = new();
    private static readonly DisplayNameImpersonationRule DisplayName = new();
    private static readonly LookalikeDomainRule Lookalike = new();

    private const string Pass = """
        Authentication-Results: spf=pass (sender IP is 209.85.220.73)
         smtp.mailfrom=doclist.bounces.google.com; dkim=pass (signature was verified)
         header.d=google.com;dmarc=pass action=none
         header.from=google.com;compauth=pass reason=100
        """;

    private static CompiledPolicy Kitsune(params string[] notificationSenders) => EngineFor(new GuardPolicy
    {
        InternalDomains = ["kitsune-kogyo.co.jp", "kitsune-kogyo.com"],
        ProtectedNames = ["佐藤 健一", "Haruto Mori"],
        NotificationSenders = [.. notificationSenders],
    }).Compiled;

    [Fact]
    public void ColleagueReplyToOnTheOtherInternalDomain_DoesNotReport()
    {
        var policy = Kitsune();
        var message = Parse("""
            From: "佐藤 健一" <k.sato@kitsune-kogyo.co.jp>
            Reply-To: "佐藤 健一" <kenichi.sato@kitsune-kogyo.com>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: 明日の打ち合わせ

            """, policy);

        Assert.Empty(Run(ReplyTo, message, policy));
        Assert.Empty(Run(DisplayName, message, policy));
        Assert.Empty(Run(Lookalike, message, policy));
    }

    [Fact]
    public void ColleagueReplyToALookalikeOfTheOtherInternalDomain_StillReportsHigh()
    {
        var policy = Kitsune();
        var message = Parse("""
            From: "佐藤 健一" <k.sato@kitsune-kogyo.co.jp>
            Reply-To: "佐藤 健一" <kenichi.sato@kitsune-kougyo.com>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: 至急のお願い

            """, policy);

        Assert.Equal(Severity.High, Single(ReplyTo, message, policy).Severity);
        Assert.Equal(Severity.High, Single(Lookalike, message, policy).Severity);
    }

    [Fact]
    public void TwoInternalDomainsThatLookAlike_AreNeverLookalikes()
    {
        var policy = PolicyWith(internalDomains: ["hanabi-foods.co.jp", "hanabi-foods.com", "hanabifoods.jp"]);
        var message = Parse("""
            From: haruto.mori@hanabi-foods.com
            Reply-To: haruto.mori@hanabifoods.jp
            Return-Path: <bounce@hanabi-foods.co.jp>
            To: yui.sato@hanabi-foods.co.jp
            Subject: Budget

            """, policy);

        Assert.Empty(Run(Lookalike, message, policy));
        Assert.Empty(Run(ReplyTo, message, policy));
    }

    [Fact]
    public void DisplayNameShowsTheOtherInternalDomainsAddress_DoesNotReport()
    {
        var policy = Kitsune();
        var message = Parse("""
            From: "kenichi.sato@kitsune-kogyo.com" <k.sato@kitsune-kogyo.co.jp>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: 資料

            """, policy);

        Assert.Empty(Run(DisplayName, message, policy));
    }

    [Fact]
    public void ShareNotificationWithTheColleaguesNameAndHisInternalReplyTo_DoesNotReport()
    {
        var policy = Kitsune();
        var message = Parse("""
            From: "佐藤 健一" <no-reply@sharepointonline.com>
            Reply-To: "佐藤 健一" <kenichi.sato@kitsune-kogyo.com>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: 佐藤 健一 さんが "予算案.xlsx" を共有しました

            """, policy);

        Assert.Empty(Run(DisplayName, message, policy));
        Assert.Empty(Run(ReplyTo, message, policy));
    }

    [Fact]
    public void ServiceWithAProtectedNameAndAnUnnamedInternalReplyToThatSpellsIt_DoesNotReport()
    {
        var policy = Kitsune();
        var message = Parse("""
            From: "Haruto Mori" <calendar-notification@calendar.example.com>
            Reply-To: haruto.mori@kitsune-kogyo.com
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: Invitation: Budget review

            """, policy);

        Assert.Empty(Run(DisplayName, message, policy));
    }

    [Theory]
    [InlineData("\"佐藤 健一\" <kenichi.sato.kk2026@gmail.com>")] // free-mail Reply-To in the colleague's name
    [InlineData("\"経理部\" <keiri@kitsune-kogyo.co.jp>")] // internal, but not the named person
    public void ColleaguesNameWhereTheReplyToIsNotHisInternalAddress_StillReportsHigh(string replyTo)
    {
        var policy = Kitsune();
        var message = Parse($"""
            From: "佐藤 健一" <no-reply@sharepointonline.com>
            Reply-To: {replyTo}
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: 佐藤 健一 さんがファイルを共有しました

            """, policy);

        Assert.Equal(Severity.High, Single(DisplayName, message, policy).Severity);
    }

    [Fact]
    public void FreeMailFromWithTheColleaguesNameAndHisInternalReplyTo_StillReportsHigh()
    {
        var policy = Kitsune();
        var message = Parse("""
            From: "佐藤 健一" <sato.kenichi.kk@gmail.com>
            Reply-To: "佐藤 健一" <kenichi.sato@kitsune-kogyo.com>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: お願い

            """, policy);

        Assert.Equal(Severity.High, Single(DisplayName, message, policy).Severity);
    }

    [Fact]
    public void AuthenticatedFormReceiptWithTheOwnersFreeMailReplyTo_IsLow()
    {
        var policy = Kitsune();
        var message = Parse(Pass + "\n" + """
            From: Google Forms <forms-receipts-noreply@google.com>
            Reply-To: "山田 花子" <hanako.yamada.events@gmail.com>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: 「年末交流会 参加申込」への回答のコピー

            """, policy);

        var finding = Single(ReplyTo, message, policy);

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Contains("platform notification", finding.Detail, StringComparison.Ordinal);
        Assert.Equal(Verdict.Safe, EngineFor(policy).Analyze(message, Language.En).Verdict);
    }

    [Theory]
    [InlineData("\"Google Forms\" <forms.support.team@gmail.com>")] // copies the sender's name
    [InlineData("\"Forms Help\" <google.forms.help@gmail.com>")] // carries the sender's organization in the address
    public void NotificationWhoseReplyToClaimsTheSender_StaysHigh(string replyTo)
    {
        var policy = Kitsune();
        var message = Parse(Pass + "\n" + $"""
            From: Google Forms <forms-receipts-noreply@google.com>
            Reply-To: {replyTo}
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: Your response was recorded

            """, policy);

        Assert.Equal(Severity.High, Single(ReplyTo, message, policy).Severity);
    }

    [Fact]
    public void NoReplySenderWithoutPassingAuthentication_StaysHigh()
    {
        var policy = Kitsune();
        var message = Parse("""
            Authentication-Results: spf=fail (sender IP is 192.0.2.199)
             smtp.mailfrom=google.com; dkim=none (message not signed)
             header.d=none;dmarc=fail action=oreject
             header.from=google.com;compauth=fail reason=000
            From: Google Forms <forms-receipts-noreply@google.com>
            Reply-To: "山田 花子" <hanako.yamada.events@gmail.com>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: Your response was recorded

            """, policy);

        Assert.Equal(Severity.High, Single(ReplyTo, message, policy).Severity);
    }

    [Fact]
    public void NoReplySenderAnsweringInAThread_IsNotANotification()
    {
        var policy = Kitsune();
        var message = Parse(Pass + "\n" + """
            From: Google Forms <forms-receipts-noreply@google.com>
            Reply-To: "山田 花子" <hanako.yamada.events@gmail.com>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: RE: payment
            In-Reply-To: <CAF9k2mQz7Y0a1Lw3pX8@mail.gmail.com>

            """, policy);

        Assert.Equal(Severity.High, Single(ReplyTo, message, policy).Severity);
    }

    [Fact]
    public void TicketUpdateFromAConfiguredNotificationSender_IsLow_AndUnconfiguredIsNot()
    {
        var text = """
            Authentication-Results: spf=pass (sender IP is 192.0.2.40)
             smtp.mailfrom=desk.example-tickets.com; dkim=pass (signature was verified)
             header.d=desk.example-tickets.com;dmarc=pass action=none
             header.from=desk.example-tickets.com;compauth=pass reason=100
            From: "Kitsune IT Desk" <support@desk.example-tickets.com>
            Reply-To: "Ren Takahashi" <ren.takahashi@minato-denki.co.jp>
            To: m.tanaka@kitsune-kogyo.co.jp
            Subject: [Ticket #4821] Printer on 3F
            In-Reply-To: <ticket-4821@desk.example-tickets.com>

            """;
        var configured = Kitsune("example-tickets.com");
        var unconfigured = Kitsune();

        Assert.Equal(Severity.Low, Single(ReplyTo, Parse(text, configured), configured).Severity);
        Assert.Equal(Severity.Medium, Single(ReplyTo, Parse(text, unconfigured), unconfigured).Severity);
    }

    [Fact]
    public void ListBotWithACrossListReplyTo_IsLow_NotAColleague()
    {
        var message = Parse("""
            From: "Kernel.org Bugbot" <bugbot@kernel.org>
            To: linux-kernel@vger.kernel.org, regressions@lists.linux.dev
            Reply-To: bugbot@lists.linux.dev
            Subject: Re: [Bug 219874] Boot hang
            List-Id: <linux-kernel.vger.kernel.org>

            """);

        var finding = Single(ReplyTo, message);

        Assert.Equal(Severity.Low, finding.Severity);
        Assert.DoesNotContain("recipients' domain", finding.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SameMessageWithoutListHeaders_StillInfersAColleague()
    {
        var message = Parse("""
            From: "Kernel.org Bugbot" <bugbot@kernel.org>
            To: linux-kernel@vger.kernel.org
            Reply-To: bugbot@lists.linux.dev
            Subject: Re: [Bug 219874] Boot hang

            """);

        Assert.Contains("recipients' domain", Single(ReplyTo, message).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ListPostWithAFreeMailReplyTo_StaysHigh()
    {
        var message = Parse("""
            From: Jorge Alvarez <j.alvarez@northwind-traders.com>
            Reply-To: Jorge Alvarez <jorge.alvarez.nwt@gmail.com>
            To: dev@lists.example.org
            Subject: [dev] Updated vendor contacts
            List-Id: Developers <dev.lists.example.org>
            List-Post: <mailto:dev@lists.example.org>

            """);

        Assert.Equal(Severity.High, Single(ReplyTo, message).Severity);
    }
}
