using OutlookGuard.Core.Domains;

namespace OutlookGuard.Core.Tests.Domains;

public sealed class LookalikeMatcherTests
{
    private static DomainName D(string text) => DomainName.TryCreate(text) ?? throw new ArgumentException(text);

    [Theory]
    [InlineData("hanabi-f00ds.co.jp", "hanabi-foods.co.jp", LookalikeKind.Homoglyph)]
    [InlineData("hanabi-fооds.co.jp", "hanabi-foods.co.jp", LookalikeKind.Homoglyph)] // Cyrillic о
    [InlineData("rnicrosoft.com", "microsoft.com", LookalikeKind.Homoglyph)]
    [InlineData("xn--robnhood-e2a.com", "robinhood.com", LookalikeKind.Homoglyph)] // robínhood
    [InlineData("hanabi-food.co.jp", "hanabi-foods.co.jp", LookalikeKind.Typo)]
    [InlineData("hanabi-foodss.co.jp", "hanabi-foods.co.jp", LookalikeKind.Typo)]
    [InlineData("hanabi-fooda.co.jp", "hanabi-foods.co.jp", LookalikeKind.Typo)]
    [InlineData("hanabi-fodos.co.jp", "hanabi-foods.co.jp", LookalikeKind.Transposition)]
    [InlineData("hanabi-foods.jp", "hanabi-foods.co.jp", LookalikeKind.SwappedSuffix)]
    [InlineData("minato-denki.com", "minato-denki.co.jp", LookalikeKind.SwappedSuffix)]
    [InlineData("花火食品.com", "花火食品.jp", LookalikeKind.SwappedSuffix)]
    [InlineData("hanabifoods.co.jp", "hanabi-foods.co.jp", LookalikeKind.Hyphenation)]
    [InlineData("hanabi-foods-jp.com", "hanabi-foods.co.jp", LookalikeKind.AddedWord)]
    [InlineData("minato-denki-jp.com", "minato-denki.co.jp", LookalikeKind.AddedWord)]
    [InlineData("deliver-fedex.com", "fedex.com", LookalikeKind.AddedWord)]
    [InlineData("abuse-twitter.com", "twitter.com", LookalikeKind.AddedWord)]
    [InlineData("hanabifoodsjp.com", "hanabi-foods.co.jp", LookalikeKind.AddedWord)]
    [InlineData("hanabi-foods.co.jp.secure-login.example", "hanabi-foods.co.jp", LookalikeKind.EmbeddedDomain)]
    public void Compare_Lookalike_ReportsItsKind(string candidate, string target, LookalikeKind expected)
    {
        var match = LookalikeMatcher.Compare(D(candidate), D(target));

        Assert.NotNull(match);
        Assert.Equal(expected, match.Kind);
        Assert.Equal(D(target).RegistrableUnicode, match.Imitated);
        Assert.Equal(D(target).Registrable, match.Target?.Registrable);
    }

    [Theory]
    [InlineData("hanabifoods-jp.onmicrosoft.com", LookalikeKind.AddedWord)]
    [InlineData("hanabif00ds.onmicrosoft.com", LookalikeKind.Homoglyph)]
    public void Compare_TenantNameOnSharedMailDomain_IsComparedAsAName(string candidate, LookalikeKind expected)
    {
        var match = LookalikeMatcher.Compare(D(candidate), D("hanabifoods.onmicrosoft.com"));

        Assert.Equal(expected, match?.Kind);
        Assert.Equal("hanabifoods.onmicrosoft.com", match?.Imitated);
    }

    [Theory]
    [InlineData("contoso.onmicrosoft.com")] // another tenant
    [InlineData("mail.hanabifoods.onmicrosoft.com")] // the tenant itself
    public void Compare_OtherTenantOrSameTenant_ReturnsNull(string candidate)
    {
        Assert.Null(LookalikeMatcher.Compare(D(candidate), D("hanabifoods.onmicrosoft.com")));
    }

    [Theory]
    [InlineData("hanabi-foods.co.jp", "hanabi-foods.co.jp")] // the same domain
    [InlineData("mail.hanabi-foods.co.jp", "hanabi-foods.co.jp")] // a subdomain is the same organization
    [InlineData("hanabi-bank.co.jp", "hanabi-foods.co.jp")] // another company sharing a word
    [InlineData("minato-denki.co.jp", "hanabi-foods.co.jp")]
    [InlineData("ane.co.jp", "ana.co.jp")] // short names have too many honest neighbours
    [InlineData("online-shop.com", "line.me")] // "line" inside a word, not a word of its own
    [InlineData("gmail.com", "hanabi-foods.co.jp")]
    [InlineData("fedexcup.com", "fedex.com")] // glued word needs a name of six letters or more
    public void Compare_UnrelatedOrSame_ReturnsNull(string candidate, string target)
    {
        Assert.Null(LookalikeMatcher.Compare(D(candidate), D(target)));
    }

    [Fact]
    public void Compare_TwoPublicNamesOfOneBrand_IsOnlyAResemblance()
    {
        // google.co.jp is a swapped suffix of google.com; whether that matters depends on the policy's targets
        // (see LookalikeDomainRuleTests), not on the matcher.
        var match = LookalikeMatcher.Compare(D("google.co.jp"), D("google.com"));

        Assert.Equal(LookalikeKind.SwappedSuffix, match?.Kind);
    }

    [Fact]
    public void InspectIdn_AccentedNameClaimedByDisplayName_IsAnImitation()
    {
        var match = LookalikeMatcher.InspectIdn(D("xn--robnhood-e2a.com"), "Robinhood");

        Assert.NotNull(match);
        Assert.Equal(LookalikeKind.IdnImitation, match.Kind);
        Assert.Equal("robinhood.com", match.Imitated);
        Assert.Null(match.Target);
    }

    [Theory]
    [InlineData("p\u0430ypal.com", LookalikeKind.MixedScript, "paypal.com")] // Latin with one Cyrillic а
    [InlineData("\u0455\u0441\u043E\u0440\u0435.com", LookalikeKind.Homoglyph, "scope.com")] // all Cyrillic, spells scope
    public void InspectIdn_DeceptiveScripts_AreSuspect(string domain, LookalikeKind kind, string imitated)
    {
        var match = LookalikeMatcher.InspectIdn(D(domain), null);

        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(imitated, match.Imitated);
    }

    [Theory]
    [InlineData("xn--robnhood-e2a.com", null)] // no claim to compare with
    [InlineData("xn--robnhood-e2a.com", "Order desk")]
    [InlineData("花火食品.jp", "花火食品")] // a Japanese IDN is not suspect by itself
    [InlineData("はなび-foods.jp", "はなび")] // Latin with Hiragana is ordinary Japanese
    [InlineData("münchen.de", "München")] // spelled as its owner spells it
    [InlineData("mächine.example", "Jöhn Doe")]
    [InlineData("hanabi-foods.co.jp", "Hanabi")] // not an IDN
    [InlineData("xn--wgv71a.hanabi-foods.co.jp", "日本")] // only a subdomain label is internationalized
    public void InspectIdn_LegitimateNames_AreNotSuspect(string domain, string? displayName)
    {
        Assert.Null(LookalikeMatcher.InspectIdn(D(domain), displayName));
    }
}
