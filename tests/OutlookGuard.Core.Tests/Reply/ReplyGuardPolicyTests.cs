using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Reply;

/// <summary><c>Guard:ReplyGuard</c>: defaults, validation of a policy file, and the per-tenant merge.</summary>
public sealed class ReplyGuardPolicyTests
{
    private const string Tenant = "7d3c5a42-1f0e-4b9a-9c55-2f1e8d6b4a10";

    [Fact]
    public void EmptyPolicy_ReplyGuardIsOnWithPromptUser()
    {
        var policy = new GuardPolicy();

        Assert.True(policy.ReplyGuard.Enabled);
        Assert.Equal(ReplySendMode.PromptUser, policy.ReplyGuard.SendMode);
    }

    [Theory]
    [InlineData("PromptUser", ReplySendMode.PromptUser)]
    [InlineData("SoftBlock", ReplySendMode.SoftBlock)]
    [InlineData("softblock", ReplySendMode.SoftBlock)]
    public void PolicyFile_WithASendMode_IsRead(string value, ReplySendMode expected)
    {
        var (policy, errors) = PolicyJson.Parse($$"""{ "Guard": { "ReplyGuard": { "Enabled": false, "SendMode": "{{value}}" } } }""", RuleCatalog.Ids);

        Assert.Empty(errors);
        Assert.False(policy!.ReplyGuard.Enabled);
        Assert.Equal(expected, policy.ReplyGuard.SendMode);
    }

    [Fact]
    public void PolicyFile_WithBlock_IsRefusedNamingTheAllowedValues()
    {
        var (policy, errors) = PolicyJson.Parse("""{ "Guard": { "ReplyGuard": { "SendMode": "Block" } } }""", RuleCatalog.Ids);

        Assert.Null(policy);
        var error = Assert.Single(errors);
        Assert.Equal("Guard:ReplyGuard:SendMode", error.Key);
        Assert.Contains("one of: PromptUser, SoftBlock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyFile_WithAMisspeltKey_SuggestsTheRightOne()
    {
        var (_, errors) = PolicyJson.Parse("""{ "Guard": { "ReplyGuard": { "Enable": false } } }""", RuleCatalog.Ids);

        Assert.Contains(errors, e => e.Key == "Guard:ReplyGuard:Enable" && e.Message.Contains("Did you mean 'Enabled'?", StringComparison.Ordinal));
    }

    [Fact]
    public void TenantSendMode_IsRefused_TheManifestServesEveryTenant()
    {
        var (_, errors) = PolicyJson.Parse($$"""{ "Guard": { "Tenants": { "{{Tenant}}": { "ReplyGuard": { "SendMode": "SoftBlock" } } } } }""", RuleCatalog.Ids);

        Assert.Contains(errors, e => e.Key == $"Guard:Tenants:{Tenant}:ReplyGuard:SendMode");
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void TenantMerge_ATenantCanSwitchTheGuardOffNotOn(bool defaults, bool tenant, bool expected)
    {
        var policy = new GuardPolicy { ReplyGuard = { Enabled = defaults, SendMode = ReplySendMode.SoftBlock } };
        policy.Tenants[Tenant] = new GuardPolicy { ReplyGuard = { Enabled = tenant } };

        var merged = PolicyMerger.ForTenant(policy, Tenant);

        Assert.Equal(expected, merged.ReplyGuard.Enabled);
        Assert.Equal(ReplySendMode.SoftBlock, merged.ReplyGuard.SendMode);
        Assert.Empty(PolicyValidator.Validate(policy, RuleCatalog.Ids));
    }
}
