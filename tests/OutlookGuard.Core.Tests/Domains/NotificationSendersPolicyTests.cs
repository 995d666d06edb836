using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Domains;

/// <summary><c>Guard:NotificationSenders</c>: a domain or one address, validated, merged per tenant and looked up.</summary>
public sealed class NotificationSendersPolicyTests
{
    [Theory]
    [InlineData("sharepointonline.com")]
    [InlineData("desk.example-tickets.com")]
    [InlineData("forms-receipts-noreply@google.com")]
    public void DomainOrAddress_IsValid(string entry)
    {
        Assert.Empty(PolicyValidator.Validate(new GuardPolicy { NotificationSenders = [entry] }, RuleCatalog.Ids));
    }

    [Theory]
    [InlineData("co.jp")]
    [InlineData("localhost")]
    [InlineData("@google.com")]
    [InlineData("no reply@google.com")]
    [InlineData("a@b@google.com")]
    [InlineData("")]
    public void NeitherDomainNorAddress_IsNamed(string entry)
    {
        var error = Assert.Single(PolicyValidator.Validate(new GuardPolicy { NotificationSenders = ["google.com", entry] }, RuleCatalog.Ids));

        Assert.Equal("Guard:NotificationSenders:1", error.Key);
    }

    [Fact]
    public void DomainEntry_CoversItsSubdomains_AddressEntryOnlyItself()
    {
        var policy = EngineFor(new GuardPolicy { NotificationSenders = ["example-tickets.com", "Forms-Receipts-Noreply@google.com"] }).Compiled;

        Assert.True(policy.IsNotificationSender("support@desk.example-tickets.com", DomainName.TryCreate("desk.example-tickets.com")));
        Assert.True(policy.IsNotificationSender("forms-receipts-noreply@google.com", DomainName.TryCreate("google.com")));
        Assert.False(policy.IsNotificationSender("someone@google.com", DomainName.TryCreate("google.com")));
    }

    [Fact]
    public void TenantEntries_AreAddedToTheDefaults()
    {
        const string tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        var policy = new GuardPolicy
        {
            NotificationSenders = ["sharepointonline.com"],
            Tenants = new(StringComparer.OrdinalIgnoreCase) { [tenant] = new GuardPolicy { NotificationSenders = ["example-tickets.com"] } },
        };

        var merged = PolicyMerger.ForTenant(policy, tenant);

        Assert.Equal(["sharepointonline.com", "example-tickets.com"], merged.NotificationSenders);
    }
}
