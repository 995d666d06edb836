using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Core.Tests.Policy;

public sealed class PolicyLookupTests
{
    private static readonly CompiledPolicy Policy = Rules.RuleTestKit.CompiledFrom(new GuardPolicy
    {
        InternalDomains = ["hanabi-foods.co.jp", "mail.hanabi-foods.co.jp", "hanabifoods.onmicrosoft.com"],
        ProtectedNames = ["Haruto Mori", "森 陽翔", "部長"],
        ProtectedDomains = ["hanabi-bank.co.jp"],
    });

    private static DomainName D(string text) => DomainName.TryCreate(text)!;

    [Fact]
    public void ProtectedNameKeys_SkipTitleOnlyEntries()
    {
        Assert.Equal(["Haruto Mori", "森 陽翔"], Policy.ProtectedNameKeys.Select(k => k.Name));
    }

    [Fact]
    public void BlankProtectedName_IsRefusedBeforeAnyEngineExists()
    {
        var build = GuardEngine.Create(new GuardPolicy { ProtectedNames = ["Haruto Mori", "  "] });

        Assert.False(build.Succeeded);
        Assert.Equal("Guard:ProtectedNames:1", Assert.Single(build.Errors).Key);
    }

    [Fact]
    public void LookalikeTargets_OnePerOrganization()
    {
        Assert.Equal(
            ["hanabi-foods.co.jp", "hanabifoods.onmicrosoft.com", "hanabi-bank.co.jp"],
            Policy.LookalikeTargets.Select(LookalikeMatcher.OrganizationOf));
    }

    [Theory]
    [InlineData("Mori Haruto", "Haruto Mori")]
    [InlineData("森陽翔 様", "森 陽翔")]
    [InlineData("Yui Sato", null)]
    [InlineData(null, null)]
    public void FindProtectedName_ReturnsTheEntryAsWritten(string? displayName, string? expected)
    {
        Assert.Equal(expected, Policy.FindProtectedName(displayName));
    }

    [Theory]
    [InlineData("hanabi-foods.com", LookalikeKind.SwappedSuffix, "hanabi-foods.co.jp")]
    [InlineData("hanabi-bank.jp", LookalikeKind.SwappedSuffix, "hanabi-bank.co.jp")]
    [InlineData("hanabi-f00ds.co.jp", LookalikeKind.Homoglyph, "hanabi-foods.co.jp")]
    public void FindLookalike_NamesTheImitatedTarget(string domain, LookalikeKind kind, string imitated)
    {
        var match = Policy.FindLookalike(D(domain));

        Assert.Equal(kind, match?.Kind);
        Assert.Equal(imitated, match?.Imitated);
    }

    [Theory]
    [InlineData("hanabi-foods.co.jp")]
    [InlineData("www.hanabi-foods.co.jp")]
    [InlineData("hanabi-bank.co.jp")]
    [InlineData("gmail.com")]
    public void FindLookalike_OwnPartnerOrUnrelated_ReturnsNull(string domain)
    {
        Assert.Null(Policy.FindLookalike(D(domain)));
    }

    [Fact]
    public void EmptyPolicy_FindsNothing()
    {
        Assert.Null(CompiledPolicy.Default.FindLookalike(D("hanabi-f00ds.co.jp")));
        Assert.Null(CompiledPolicy.Default.FindProtectedName("Haruto Mori"));
        Assert.Empty(CompiledPolicy.Default.LookalikeTargets);
    }
}
