using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Tests.Infrastructure;
using OutlookGuard.Core;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Api.Tests;

/// <summary>What the taskpane reads from the server (the report mailbox), and what Development loads for a newcomer.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class TaskpaneSettingsTests(LocalCloud cloud)
{
    [Fact]
    public async Task ReportMailboxSet_IsInTheTaskpaneConfig()
    {
        using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["Guard:ReportMailbox"] = "phishing@hanabi-foods.co.jp" });
        using var client = api.ClientWith(null);

        using var config = JsonDocument.Parse(await client.GetStringAsync("/taskpane-config.json"));

        Assert.Equal("phishing@hanabi-foods.co.jp", config.RootElement.GetProperty("reportMailbox").GetString());
    }

    [Fact]
    public async Task NoReportMailbox_IsNullInTheTaskpaneConfig()
    {
        using var client = cloud.SharedApi.ClientWith(null);

        using var config = JsonDocument.Parse(await client.GetStringAsync("/taskpane-config.json"));

        Assert.Equal(JsonValueKind.Null, config.RootElement.GetProperty("reportMailbox").ValueKind);
    }

    [Fact]
    public void ReportMailboxNotAnAddress_StopsTheServiceNamingTheKey() =>
        Assert.Contains(
            "Guard:ReportMailbox",
            ApiFactory.StartError(cloud, new Dictionary<string, string?> { ["Guard:ReportMailbox"] = "IT department" }),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("colleague-reply-to-gmail")]
    [InlineData("colleague-legitimate")]
    [InlineData("spoofed-internal-domain")]
    [InlineData("mailing-list-via")]
    [InlineData("newsletter-constantcontact")]
    [InlineData("punycode-lookalike")]
    public async Task Development_LoadsSamplesPolicy_SoTheApiFindsWhatTheCliFinds(string sample)
    {
        using var api = new ApiFactory(cloud, new Dictionary<string, string?>
        {
            ["Mailbox:Source"] = "Folder",
            ["Mailbox:Folder"] = Samples.Folder,

            // The CLI below reads no mailbox, so the API reads no history either: the same inputs, the same findings.
            ["Mailbox:History"] = "Off",
        }, environment: "Development");
        using var client = api.ClientWith(api.Token());

        using var response = await client.GetAsync($"/api/messages/{sample}/analysis?lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // What `outlookguard analyze samples/ --policy samples/policy.json` computes: the same file, read the CLI's way.
        var (policy, errors) = PolicyJson.Parse(File.ReadAllText(Path.Combine(Samples.Folder, "policy.json")), RuleCatalog.Ids);
        Assert.Empty(errors);
        var file = Directory.GetFiles(Samples.Folder, sample + ".*").Single();
        var expected = GuardEngine.Create(policy!).GetEngineOrThrow().Analyze(MessageInput.FromBytes(File.ReadAllBytes(file)), Language.En);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected.Verdict.ToString().ToLowerInvariant(), json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(
            expected.Findings.Select(f => (f.RuleId, f.Severity.ToString().ToLowerInvariant())),
            json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!)));
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public void SamplesPolicy_IsLoadedInDevelopmentOnly(string environment, bool loaded)
    {
        // Folder runs only in Development; Production reads Graph (never called here).
        var settings = environment == "Development"
            ? new Dictionary<string, string?> { ["Mailbox:Source"] = "Folder", ["Mailbox:Folder"] = Samples.Folder }
            : null;
        using var api = new ApiFactory(cloud, settings, environment);

        var policy = api.Services.GetRequiredService<IOptions<GuardPolicy>>().Value;

        Assert.Equal(loaded, policy.ProtectedNames.Contains("Haruto Mori"));
        Assert.Equal(loaded, policy.TrustedReplyToDomains.Contains("zendesk.com"));
    }
}
