using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Policy;

/// <summary>Guard:ReportMailbox, the address the taskpane's "Report to IT" writes to: one plain e-mail address or nothing.</summary>
public sealed class ReportMailboxValidationTests
{
    [Theory]
    [InlineData("phishing@hanabi-foods.co.jp")]
    [InlineData("security.reports+outlook@contoso.com")]
    public void PlainAddress_IsValid(string address) =>
        Assert.Empty(PolicyValidator.Validate(new GuardPolicy { ReportMailbox = address }, RuleCatalog.Ids));

    [Fact]
    public void NoReportMailbox_IsValid() =>
        Assert.Empty(PolicyValidator.Validate(new GuardPolicy(), RuleCatalog.Ids));

    [Theory]
    [InlineData("")]
    [InlineData("phishing")]
    [InlineData("phishing@")]
    [InlineData("@contoso.com")]
    [InlineData("phishing@localhost")]
    [InlineData("IT <phishing@contoso.com>")]
    [InlineData("a@contoso.com, b@contoso.com")]
    [InlineData("phish ing@contoso.com")]
    public void NotOneAddress_IsAnErrorNamingTheKey(string address)
    {
        var error = Assert.Single(PolicyValidator.Validate(new GuardPolicy { ReportMailbox = address }, RuleCatalog.Ids));

        Assert.Equal("Guard:ReportMailbox", error.Key);
        Assert.Contains("e-mail address", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TenantReportMailbox_IsAnError()
    {
        var policy = new GuardPolicy
        {
            Tenants = { ["6d2c4a8e-1f0b-4a7e-9c3d-2b5e8f1a0c47"] = new GuardPolicy { ReportMailbox = "phishing@contoso.com" } },
        };

        var error = Assert.Single(PolicyValidator.Validate(policy, RuleCatalog.Ids));

        Assert.Equal("Guard:Tenants:6d2c4a8e-1f0b-4a7e-9c3d-2b5e8f1a0c47:ReportMailbox", error.Key);
    }
}
