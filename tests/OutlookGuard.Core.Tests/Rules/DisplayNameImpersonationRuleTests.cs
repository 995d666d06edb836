using System.Text;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Rules.Identity;
using static OutlookGuard.Core.Tests.Rules.RuleHarness;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class DisplayNameImpersonationRuleTests
{
    private static readonly DisplayNameImpersonationRule Rule = new();

    private static GuardPolicy SublimePolicy(params string[] names) => new()
    {
        InternalDomains = ["sublimesecurity.com"],
        ProtectedNames = [.. names],
    };

    [Fact]
    public void Descriptor_IsHighWithItsStableId()
    {
        Assert.Equal("display-name-impersonation", Rule.Descriptor.Id);
        Assert.Equal(Severity.High, Rule.Descriptor.DefaultSeverity);
        Assert.Contains(RuleCatalog.All, r => r is DisplayNameImpersonationRule);
    }

    [Fact]
    public void RealCeoFraud_ProtectedNameOnGmail_Reports()
    {
        var findings = RunFixture(Rule, "domains/bec_ceo_impersonation.eml", SublimePolicy("Joshua Kamdjou"));

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.DisplayNameImpersonation, finding.RuleId);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "From" && e.Value.Contains("joshkamdjou90@gmail.com", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e.Header == "ProtectedNames" && e.Value == "Joshua Kamdjou");
        Assert.Contains("joshkamdjou90@gmail.com", finding.Banner, StringComparison.Ordinal);
        Assert.True(finding.Banner!.Length <= BannerText.MaxLength);
    }

    [Fact]
    public void RealCeoFraud_FreemailListedAsProtectedDomain_StillReports()
    {
        var policy = SublimePolicy("Joshua Kamdjou");
        policy.ProtectedDomains.Add("gmail.com");

        Assert.Single(RunFixture(Rule, "domains/bec_ceo_impersonation.eml", policy));
    }

    [Fact]
    public void RealColleagueLure_NameWrittenFamilyFirst_Reports()
    {
        var findings = RunFixture(Rule, "domains/reported_phish.eml", SublimePolicy("THIEL Ian"));

        Assert.Equal(Severity.High, Assert.Single(findings).Severity);
    }

    [Fact]
    public void RealCeoFraud_NameNotProtected_DoesNotReport()
    {
        Assert.Empty(RunFixture(Rule, "domains/bec_ceo_impersonation.eml", SublimePolicy("Ian Thiel")));
        Assert.Empty(RunFixture(Rule, "domains/bec_ceo_impersonation.eml", new GuardPolicy()));
    }

    [Fact]
    public void JapaneseProtectedName_FromGmailWithoutTheSpace_ReportsInJapanese()
    {
        var headers = InboundFromGmail("""
            From: =?UTF-8?B?5qOu6Zm957+U?= <haruto.mori.office@gmail.com>
            Return-Path: <haruto.mori.office@gmail.com>
            """);

        var finding = Assert.Single(RunHeaders(Rule, headers, HanabiPolicy(), Language.Ja));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains("森 陽翔", finding.Title, StringComparison.Ordinal);
        Assert.Contains("社外", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("haruto.mori.office@gmail.com", finding.Banner, StringComparison.Ordinal);
        Assert.Contains("確認", finding.Banner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Mori Haruto\" <ceo.hanabi@gmail.com>")]
    [InlineData("\"Haruto Mori (Hanabi Foods)\" <haruto@hanabi-food.co.jp>")]
    [InlineData("=?UTF-8?B?77yo772B772S772V772U772P44CA77yt772P772S772J?= <office@example.net>")] // Ｈａｒｕｔｏ　Ｍｏｒｉ (full width)
    [InlineData("\"=?UTF-8?B?5qOuIOmZvee/lCDmp5g=?=\" <ceo@example.net>")] // 森 陽翔 様
    [InlineData("\"Haruto Mori via Slack\" <haruto.m.slack@gmail.com>")] // "via" earns no trust on free mail
    public void ProtectedNameVariants_OnOutsideAddress_Report(string fromValue)
    {
        var findings = RunHeaders(Rule, InboundFromGmail("From: " + fromValue), HanabiPolicy());

        Assert.Equal(Severity.High, Assert.Single(findings).Severity);
    }

    [Fact]
    public void SampleColleagueMessage_FromInternalAddress_DoesNotReport()
    {
        Assert.Empty(RunFixture(Rule, "domains/colleague-legitimate.eml", HanabiPolicy()));
    }

    [Fact]
    public void SampleColleagueMessage_SameNameFromOutside_Reports()
    {
        // The very message above, with only the From address moved outside the organization.
        var text = Encoding.ASCII.GetString(Fixtures.Bytes("domains/colleague-legitimate.eml"))
            .Replace("<haruto.mori@hanabi-foods.co.jp>", "<haruto.mori@hanabi-foods-jp.com>", StringComparison.Ordinal);

        var finding = Assert.Single(RunHeaders(Rule, text, HanabiPolicy()));

        Assert.Contains(finding.Evidence, e => e.Header == "ProtectedNames" && e.Value == "森 陽翔");
    }

    [Fact]
    public void SampleReplyToAttack_FromShowsInternalAddress_IsLeftToOtherRules()
    {
        // From carries the colleague's real internal address; the Reply-To and the spoofed domain are other rules' findings.
        Assert.Empty(RunFixture(Rule, "domains/colleague-reply-to-gmail.eml", HanabiPolicy()));
        Assert.Empty(RunFixture(Rule, "domains/spoofed-internal-domain.eml", HanabiPolicy()));
    }

    [Fact]
    public void RealNewsletter_BrandDisplayName_DoesNotReport()
    {
        var policy = HanabiPolicy();
        policy.ProtectedNames.Add("PBS");

        Assert.Empty(RunFixture(Rule, "domains/eop-constantcontact-newsletter-outlookcom-2020.txt", policy));
    }

    [Fact]
    public void MailingListRewrite_ProtectedPosterViaList_DoesNotReport()
    {
        var policy = HanabiPolicy();
        policy.ProtectedNames.Add("Alice Example");

        Assert.Empty(RunFixture(Rule, "domains/mailing-list-via.eml", policy));
    }

    [Theory]
    [InlineData("\"Haruto Mori (via Google Drive)\" <drive-shares-dm-noreply@google.com>")] // a share notification
    [InlineData("\"Haruto Mori\" <haruto.mori@hanabi-foods.co.jp>")] // the colleague himself
    [InlineData("\"Haruto Mori\" <h.mori@mail.hanabi-foods.co.jp>")] // an internal subdomain
    [InlineData("\"Haruto Morita\" <morita@example.net>")] // another person
    [InlineData("\"Haruko Mori\" <haruko.mori@gmail.com>")] // one letter apart is another person
    [InlineData("\"森 陽太\" <yota.mori@gmail.com>")]
    [InlineData("\"Kenji Watanabe\" <k.watanabe@hanabi-bank.co.jp>")] // a protected partner domain
    [InlineData("\"Hanabi Bank\" <news@hanabi-bank-news.example>")] // a brand newsletter, no protected person
    public void OrdinarySenders_DoNotReport(string fromValue)
    {
        Assert.Empty(RunHeaders(Rule, InboundFromGmail("From: " + fromValue), HanabiPolicy()));
    }

    [Fact]
    public void DisplayNameHoldsInternalAddress_OnGmail_Reports()
    {
        var headers = InboundFromGmail("From: \"ceo@hanabi-foods.co.jp\" <hanabi.ceo.office@gmail.com>");

        var finding = Assert.Single(RunHeaders(Rule, headers, HanabiPolicy()));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "display-name-address" && e.Value == "ceo@hanabi-foods.co.jp");
        Assert.Contains("hanabi.ceo.office@gmail.com", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayNameHoldsFullWidthAddress_WithoutPolicy_Reports()
    {
        // ＠ (U+FF20) reads as @; the address shown belongs to another organization than the sender.
        var headers = InboundFromGmail("From: =?UTF-8?B?c3VwcG9ydO+8oGV4YW1wbGUtYmFuay5jb20=?= <support.desk.2026@gmail.com>");

        var finding = Assert.Single(RunHeaders(Rule, headers, new GuardPolicy()));

        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void RealPhish_DisplayNameHoldsAnotherMailboxOfTheDomain_ReportsMedium()
    {
        // From: "HR tyrellcorp <noreply@tyrellcorp.io>" <rachael@tyrellcorp.io>
        var finding = Assert.Single(RunFixture(Rule, "domains/office365_covid_phish.eml", new GuardPolicy()));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "display-name-address" && e.Value == "noreply@tyrellcorp.io");
    }

    [Theory]
    [InlineData("\"haruto.mori@hanabi-foods.co.jp\" <Haruto.Mori@hanabi-foods.co.jp>")] // the same mailbox, any case
    [InlineData("\"jane@example.org (via Google Drive)\" <drive-shares-dm-noreply@google.com>")] // a share notification
    [InlineData("\"Support @ Example\" <support@example.org>")] // an at sign, no address
    public void DisplayNameWithoutAnotherAddress_DoesNotReport(string fromValue)
    {
        Assert.Empty(RunHeaders(Rule, InboundFromGmail("From: " + fromValue), HanabiPolicy()));
    }

    [Fact]
    public void RealHamSamples_WithHanabiPolicy_DoNotReport()
    {
        foreach (var fixture in new[]
        {
            "domains/ews-extracted-gmail-to-outlook-2018.txt",
            "domains/japanese.eml",
            "domains/utf8_headers.eml",
            "domains/amazon_phish_url_shortener.eml",
            "domains/punycode_robinhood.eml",
        })
        {
            Assert.Empty(RunFixture(Rule, fixture, HanabiPolicy()));
        }
    }

    [Fact]
    public void MessageWithoutFrom_DoesNotReport()
    {
        var facts = new MessageFacts();

        Assert.Empty(Run(Rule, facts, HanabiPolicy()));
    }

    [Fact]
    public void EveryFixture_EitherPolicy_NeverThrows()
    {
        var files = Directory.GetFiles(Fixtures.PathOf(""), "*.*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .ToArray();
        Assert.True(files.Length >= 20);
        foreach (var file in files)
        {
            var facts = MessageParser.Parse(File.ReadAllBytes(file));
            foreach (var policy in new[] { new GuardPolicy(), HanabiPolicy() })
            {
                foreach (var finding in Run(Rule, facts, policy, Language.Ja))
                {
                    Assert.True(finding.Banner is null || finding.Banner.Length <= BannerText.MaxLength, file);
                }
            }
        }
    }

    [Fact]
    public void RealBrandPhish_ProtectedBrandNameOnGmail_ReportsHigh()
    {
        var policy = new GuardPolicy { ProtectedDomains = ["amazon.com"] };

        var finding = Assert.Single(RunFixture(Rule, "domains/amazon_phish_url_shortener.eml", policy));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "imitated-domain" && e.Value == "amazon.com");
        Assert.Contains("billingservices.amazon.com@gmail.com", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void InternalCompanyNameOnGmail_ReportsHigh()
    {
        var headers = InboundFromGmail("From: \"Hanabi Foods\" <hanabi.foods.billing@gmail.com>");

        var finding = Assert.Single(RunHeaders(Rule, headers, HanabiPolicy()));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "imitated-domain" && e.Value == "hanabi-foods.co.jp");
    }

    [Theory]
    [InlineData("From: \"Amazon\" <store-news@amazon.com>")]
    [InlineData("From: \"Amazon\" <shipment-tracking@marketplace.amazon.com>")]
    [InlineData("From: \"Amazonia Tours\" <hello@amazonia-tours.example>")]
    [InlineData("From: \"Amazon via Orders\" <orders@lists.example>")]
    [InlineData("From: \"Amazon\" <deals@partner-reseller.example>")]
    public void BrandNameFromItsOwnDomainOrAnotherName_DoesNotReport(string from)
    {
        var policy = new GuardPolicy { ProtectedDomains = ["amazon.com"] };

        Assert.Empty(RunHeaders(Rule, InboundFromGmail(from), policy));
    }

    [Fact]
    public void BrandNameNotProtected_DoesNotReport()
    {
        Assert.Empty(RunFixture(Rule, "domains/amazon_phish_url_shortener.eml", new GuardPolicy()));
    }
}
