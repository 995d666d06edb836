using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>Bad configuration stops the service at start, naming the key; it never fails later at run time.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class ConfigurationTests(LocalCloud cloud)
{
    private void AssertStartFails(string key, string? value, string expectedText) =>
        Assert.Contains(expectedText, ApiFactory.StartError(cloud, new Dictionary<string, string?> { [key] = value }), StringComparison.Ordinal);

    [Fact]
    public void MissingTaskpaneFolder_FailsAtStart() =>
        AssertStartFails("Taskpane:Folder", "/nonexistent/outlookguard-taskpane", "Taskpane:Folder names a folder that does not exist.");

    [Fact]
    public void GuardPolicyWithInvalidDomain_FailsAtStart() =>
        AssertStartFails("Guard:InternalDomains:1", "not a domain", "Guard:InternalDomains:1");

    [Fact]
    public void TenantPolicyWithPublicSuffix_FailsAtStart() =>
        AssertStartFails($"Guard:Tenants:{LocalCloud.TenantA}:InternalDomains:0", "co.jp", $"Guard:Tenants:{LocalCloud.TenantA}:InternalDomains:0");

    [Fact]
    public void UnknownRuleId_FailsAtStart() =>
        AssertStartFails("Guard:Rules:no-such-rule:Enabled", "false", "Guard:Rules:no-such-rule");

    [Fact]
    public void MissingClientIdOutsideDevelopment_FailsAtStart() =>
        AssertStartFails("AzureAd:ClientId", string.Empty, "AzureAd:ClientId is required outside Development.");

    [Fact]
    public void AllowedTenantNotAGuid_FailsAtStart() =>
        AssertStartFails("AzureAd:AllowedTenants:0", "contoso.onmicrosoft.com", "AzureAd:AllowedTenants:0");

    [Fact]
    public void GraphSourceWithoutClientCredential_FailsAtStart() =>
        AssertStartFails("AzureAd:ClientSecret", string.Empty, "AzureAd:ManagedIdentityClientId");

    [Fact]
    public void PlainHttpGraphBaseUrl_FailsAtStart() =>
        AssertStartFails("Graph:BaseUrl", "http://graph.invalid/v1.0", "Graph:BaseUrl must be an absolute https URL.");

    [Fact]
    public void MissingMessageFolder_FailsAtStart()
    {
        var error = ApiFactory.StartError(cloud, new Dictionary<string, string?>
        {
            ["Mailbox:Source"] = "Folder",
            ["Mailbox:Folder"] = Path.Combine(Path.GetTempPath(), "outlookguard-missing-" + Guid.NewGuid().ToString("N")),
        }, environment: "Development");

        Assert.Contains("Mailbox:Folder must name an existing folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RedisWithoutKeyRingCertificate_InProduction_FailsAtStartNamingTheSetting()
    {
        var error = ApiFactory.StartError(cloud, new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = "127.0.0.1:1" });

        Assert.Contains("DataProtection:CertificatePath is required outside Development", error, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyRingCertificateFileMissing_FailsAtStart() =>
        AssertStartFails("DataProtection:CertificatePath", "/nonexistent/keyring.pfx", "DataProtection:CertificatePath does not name a readable file.");

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void FolderSource_OutsideDevelopment_FailsAtStartNamingTheSetting(string environment)
    {
        var error = ApiFactory.StartError(cloud, new Dictionary<string, string?>
        {
            ["Mailbox:Source"] = "Folder",
            ["Mailbox:Folder"] = Samples.Folder,
        }, environment);

        Assert.Contains("Mailbox:Source=Folder", error, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Development", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderSource_InDevelopment_Starts()
    {
        using var api = new ApiFactory(cloud, new Dictionary<string, string?>
        {
            ["Mailbox:Source"] = "Folder",
            ["Mailbox:Folder"] = Samples.Folder,
        }, environment: "Development");

        using var client = api.CreateClient();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
