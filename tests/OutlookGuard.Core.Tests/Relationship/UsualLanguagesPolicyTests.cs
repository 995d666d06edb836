using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Relationship;

public sealed class UsualLanguagesPolicyTests
{
    [Theory]
    [InlineData("ja")]
    [InlineData("EN")]
    public void PrimarySubtag_IsValid(string tag)
    {
        Assert.Empty(PolicyValidator.Validate(new GuardPolicy { UsualLanguages = [tag] }, RuleCatalog.Ids));
    }

    [Theory]
    [InlineData("Japanese")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void AnythingElse_IsRefusedWithItsKeyPath(string tag)
    {
        var error = Assert.Single(PolicyValidator.Validate(new GuardPolicy { UsualLanguages = ["ja", tag] }, RuleCatalog.Ids));

        Assert.Equal("Guard:UsualLanguages:1", error.Key);
    }

    [Fact]
    public void TenantLanguages_AreAddedToTheDefaults()
    {
        const string tenant = "7a2d9c4e-1b3f-4e5a-8c6d-0f1e2a3b4c5d";
        var policy = new GuardPolicy
        {
            UsualLanguages = ["ja"],
            Tenants = { [tenant] = new GuardPolicy { UsualLanguages = ["en"] } },
        };

        Assert.Equal(["ja", "en"], PolicyMerger.ForTenant(policy, tenant).UsualLanguages);
    }
}
