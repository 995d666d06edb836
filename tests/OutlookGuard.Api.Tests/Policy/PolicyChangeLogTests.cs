using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OutlookGuard.Api.Policy;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests.Policy;

/// <summary>A configuration reload of the <c>Guard</c> policy: applied, and logged without its values above Debug.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class PolicyChangeLogTests(LocalCloud cloud) : IDisposable
{
    private const string AttackSample = "colleague-reply-to-gmail.eml";
    private readonly ApiFactory _api = new(cloud, new Dictionary<string, string?>
    {
        [$"Logging:LogLevel:{typeof(PolicyChangeLog).FullName}"] = "Debug",
    });

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task TenantPolicyReloaded_LogsTenantAndKeyAtInformation_ValuesOnlyAtDebug()
    {
        using var client = _api.ClientWith(_api.Token(LocalCloud.TenantB));
        var before = await PolicyVersionAsync(client);
        var configuration = (IConfigurationRoot)_api.Services.GetRequiredService<IConfiguration>();

        configuration[$"Guard:Tenants:{LocalCloud.TenantB}:ProtectedNames:0"] = "Haruto Mori";
        configuration.Reload();

        var after = await PolicyVersionAsync(client);
        Assert.NotEqual(before, after);
        var category = typeof(PolicyChangeLog).FullName;
        var information = Assert.Single(_api.Logs.Entries, e => e.Category == category && e.Level == LogLevel.Information);
        Assert.Equal(4001, information.EventId);
        Assert.Contains($"tenant {LocalCloud.TenantB}: ProtectedNames 0→1", information.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("defaults", information.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.Logs.Entries, e => e.Level > LogLevel.Debug && e.Message.Contains("Haruto", StringComparison.Ordinal));
        Assert.Contains(_api.Logs.Entries, e => e.Category == category && e.Level == LogLevel.Debug && e.Message.Contains("Haruto Mori", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReloadWithoutChange_LogsNothingAboveDebug()
    {
        using var client = _api.ClientWith(_api.Token());
        var before = await PolicyVersionAsync(client);
        var configuration = (IConfigurationRoot)_api.Services.GetRequiredService<IConfiguration>();

        configuration.Reload();

        Assert.Equal(before, await PolicyVersionAsync(client));
        Assert.DoesNotContain(_api.Logs.Entries, e => e.Category == typeof(PolicyChangeLog).FullName && e.Level > LogLevel.Debug);
    }

    [Fact]
    public async Task InvalidPolicyReloaded_PreviousPolicyStays_WarningWithoutValues()
    {
        using var client = _api.ClientWith(_api.Token());
        var before = await PolicyVersionAsync(client);
        var configuration = (IConfigurationRoot)_api.Services.GetRequiredService<IConfiguration>();

        // A public suffix as an internal domain: Core's PolicyValidator refuses it.
        configuration["Guard:InternalDomains:1"] = "co.jp";
        Record.Exception(configuration.Reload);

        Assert.Equal(before, await PolicyVersionAsync(client));
        Assert.Equal(before, await PolicyVersionAsync(client));
        var warning = Assert.Single(_api.Logs.Entries, e => e.Category == typeof(CurrentGuardPolicy).FullName && e.Level == LogLevel.Warning);
        Assert.Equal(4004, warning.EventId);
        Assert.DoesNotContain("co.jp", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private static async Task<string?> PolicyVersionAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = Samples.HeaderBlock(AttackSample) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("policyVersion").GetString();
    }
}
