using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using OutlookGuard.Core.Rules.Identity;
using static OutlookGuard.Core.Tests.Rules.RuleHarness;

namespace OutlookGuard.Core.Tests.Rules;

public sealed class LookalikeDomainRuleTests
{
    private static readonly LookalikeDomainRule Rule = new();

    [Fact]
    public void Descriptor_IsHighWithItsStableId()
    {
        Assert.Equal("lookalike-domain", Rule.Descriptor.Id);
        Assert.Equal(Severity.High, Rule.Descriptor.DefaultSeverity);
        Assert.Contains(RuleCatalog.All, r => r is LookalikeDomainRule);
    }

    [Fact]
    public void RealPunycodePhish_WithoutPolicy_ReportsTheImitation()
    {
        var finding = Assert.Single(RunFixture(Rule, "domains/punycode_robinhood.eml", new GuardPolicy()));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("robinhood.com", finding.Title, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Header == "From" && e.Value.StartsWith("Robinhood <support@", StringComparison.Ordinal));
        Assert.Contains(finding.Evidence, e => e.Header == "Return-Path");
        Assert.Contains(finding.Evidence, e => e.Header == "lookalike" && e.Value == "IdnImitation: xn--robnhood-e2a.com ~ robinhood.com");
        Assert.True(finding.Banner!.Length <= BannerText.MaxLength);
    }

    [Fact]
    public void RealPunycodePhish_SampleTenantPolicy_IsCaught()
    {
        Assert.Single(RunFixture(Rule, "domains/punycode_robinhood.eml", HanabiPolicy()));
    }

    [Fact]
    public void RealPunycodePhish_ThroughTheAnalyzer_IsCautionWithThisBanner()
    {
        var analyzer = RuleTestKit.EngineFor(HanabiPolicy(), new DisplayNameImpersonationRule(), Rule);

        var result = analyzer.Analyze(MessageParser.Parse(Fixtures.Bytes("domains/punycode_robinhood.eml")), Language.Ja);

        Assert.Equal(Verdict.Caution, result.Verdict);
        Assert.Equal(RuleIds.LookalikeDomain, Assert.Single(result.Findings).RuleId);
        Assert.StartsWith("送信元 robínhood.com は robinhood.com に似せた", result.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void RealPunycodePhish_BrandProtected_ReportsHigh()
    {
        var policy = new GuardPolicy { ProtectedDomains = ["robinhood.com"] };

        var finding = Assert.Single(RunFixture(Rule, "domains/punycode_robinhood.eml", policy));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "lookalike" && e.Value == "Homoglyph: xn--robnhood-e2a.com ~ robinhood.com");
    }

    [Theory]
    [InlineData("domains/fedex_brand_impersonation.eml", "fedex.com", "deliver-fedex.com")]
    [InlineData("domains/twitter_phish.eml", "twitter.com", "abuse-twitter.com")]
    public void RealBrandLookalike_BrandProtected_ReportsHigh(string fixture, string brand, string lookalike)
    {
        var policy = new GuardPolicy { ProtectedDomains = [brand] };

        var finding = Assert.Single(RunFixture(Rule, fixture, policy));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "lookalike" && e.Value == $"AddedWord: {lookalike} ~ {brand}");
        Assert.Contains(finding.Evidence, e => e.Header == "From");
        Assert.Contains(finding.Evidence, e => e.Header == "Return-Path");
    }

    [Theory]
    [InlineData("domains/fedex_brand_impersonation.eml")]
    [InlineData("domains/twitter_phish.eml")]
    public void RealBrandLookalike_BrandNotProtected_DoesNotReport(string fixture)
    {
        // Only internal and protected domains are targets; the rule does not guess at the world's brands.
        Assert.Empty(RunFixture(Rule, fixture, HanabiPolicy()));
    }

    [Theory]
    [InlineData("hanabi-f00ds.co.jp", LookalikeKind.Homoglyph)]
    [InlineData("hanabi-fооds.co.jp", LookalikeKind.Homoglyph)] // Cyrillic о
    [InlineData("hanabi-food.co.jp", LookalikeKind.Typo)]
    [InlineData("hanabi-fodos.co.jp", LookalikeKind.Transposition)]
    [InlineData("hanabi-foods.jp", LookalikeKind.SwappedSuffix)]
    [InlineData("hanabi-foods.com", LookalikeKind.SwappedSuffix)]
    [InlineData("hanabifoods.co.jp", LookalikeKind.Hyphenation)]
    [InlineData("hanabi-foods-jp.com", LookalikeKind.AddedWord)]
    [InlineData("hanabi-bank-jp.com", LookalikeKind.AddedWord)] // the protected partner
    public void FromImitatesTenantDomain_ReportsHigh(string domain, LookalikeKind kind)
    {
        var headers = InboundFromGmail($"From: \"Haruto Mori\" <haruto.mori@{domain}>");

        var finding = Assert.Single(RunHeaders(Rule, headers, HanabiPolicy()));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Header == "lookalike" && e.Value.StartsWith(kind + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void LookalikeMicrosoft365Tenant_ReportsHigh()
    {
        // Another tenant whose name adds a word to the organization's own tenant name.
        var policy = new GuardPolicy { InternalDomains = ["hanabifoods.onmicrosoft.com"] };
        var headers = InboundFromGmail("From: \"Accounting\" <accounting@hanabifoods-jp.onmicrosoft.com>");

        var finding = Assert.Single(RunHeaders(Rule, headers, policy));

        Assert.Equal(Severity.High, finding.Severity);
        Assert.Contains(finding.Evidence, e => e.Value == "AddedWord: hanabifoods-jp.onmicrosoft.com ~ hanabifoods.onmicrosoft.com");
    }

    [Fact]
    public void ReplyToImitatesTenantDomain_BannerSpeaksOfReplies()
    {
        var headers = InboundFromGmail("""
            From: "Haruto Mori" <haruto.mori@hanabi-foods.co.jp>
            Reply-To: "Haruto Mori" <haruto.mori@hanabi-foods.jp>
            """);

        var finding = Assert.Single(RunHeaders(Rule, headers, HanabiPolicy()));

        var evidence = Assert.Single(finding.Evidence, e => e.Header == "Reply-To");
        Assert.Contains("hanabi-foods.jp", evidence.Value, StringComparison.Ordinal);
        Assert.StartsWith("Replies go to hanabi-foods.jp", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnPathImitatesTenantDomain_InJapanese_Reports()
    {
        var headers = InboundFromGmail("""
            Return-Path: <bounce@hanabi-foods-co.jp>
            From: "Kenji Watanabe" <kenji.watanabe@gmail.com>
            """);

        var finding = Assert.Single(RunHeaders(Rule, headers, HanabiPolicy(), Language.Ja));

        Assert.Contains("hanabi-foods.co.jp", finding.Title, StringComparison.Ordinal);
        Assert.Contains("自社のドメイン", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("確認", finding.Banner, StringComparison.Ordinal);
    }

    [Fact]
    public void SameLookalikeInSeveralHeaders_ReportsOnce()
    {
        var headers = InboundFromGmail("""
            Return-Path: <bounce@mail.hanabi-f00ds.co.jp>
            From: "Haruto Mori" <haruto.mori@hanabi-f00ds.co.jp>
            Reply-To: <payments@hanabi-f00ds.co.jp>
            """);

        var finding = Assert.Single(RunHeaders(Rule, headers, HanabiPolicy()));

        Assert.Equal(["From", "Reply-To", "Return-Path", "lookalike"], finding.Evidence.Select(e => e.Header));
    }

    [Theory]
    [InlineData("google.co.jp")] // another public name of a brand that is neither internal nor protected
    [InlineData("google.com")]
    [InlineData("hanabi-bank.co.jp")] // the protected partner itself
    [InlineData("hanabi-foods.co.jp")] // the tenant itself
    [InlineData("mail.hanabi-foods.co.jp")]
    [InlineData("minato-denki.co.jp")] // an unrelated company
    [InlineData("hanabi.example")] // a short shared word is not a lookalike
    [InlineData("xn--eckwd4c7c.xn--zckzah")] // a Japanese IDN
    public void OrdinaryDomains_DoNotReport(string domain)
    {
        var headers = InboundFromGmail($"From: \"Yamada Taro\" <taro@{domain}>");

        Assert.Empty(RunHeaders(Rule, headers, HanabiPolicy()));
    }

    [Fact]
    public void JapaneseIdnClaimingItsOwnName_DoesNotReport()
    {
        var headers = InboundFromGmail("From: =?UTF-8?B?6Iqx54Gr6aOf5ZOB?= <info@xn--jvrr75d72m72u.jp>");

        Assert.Empty(RunHeaders(Rule, headers, new GuardPolicy()));
    }

    [Fact]
    public void MixedScriptDomain_WithoutPolicy_ReportsMedium()
    {
        var headers = InboundFromGmail("From: \"PayPal\" <service@p\u0430ypal.com>");

        var finding = Assert.Single(RunHeaders(Rule, headers, new GuardPolicy()));

        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Contains("paypal.com", finding.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void RealHamAndOtherPhish_WithTenantPolicy_DoNotReport()
    {
        foreach (var fixture in new[]
        {
            "domains/eop-constantcontact-newsletter-outlookcom-2020.txt", // four domains, none alike
            "domains/ews-extracted-gmail-to-outlook-2018.txt",
            "domains/utf8_headers.eml", // a European IDN spelled as its owner writes it
            "domains/japanese.eml",
            "domains/colleague-legitimate.eml",
            "domains/colleague-reply-to-gmail.eml",
            "domains/mailing-list-via.eml",
            "domains/spoofed-internal-domain.eml",
            "domains/invalid_datetime.eml",
            "domains/bec_ceo_impersonation.eml",
            "domains/amazon_phish_url_shortener.eml",
        })
        {
            Assert.Empty(RunFixture(Rule, fixture, HanabiPolicy()));
        }
    }

    [Fact]
    public void MessageWithoutAddresses_DoesNotReport()
    {
        Assert.Empty(Run(Rule, new MessageFacts(), HanabiPolicy()));
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
}
