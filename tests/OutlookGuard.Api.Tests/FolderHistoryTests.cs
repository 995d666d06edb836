using System.Net;
using System.Text.Json;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary>
/// <c>Mailbox:History=Folder</c> with the folder source (Development): the same findings as
/// <c>outlookguard analyze --mailbox</c> on the bundled sample mailbox; and the history settings checked at start.
/// </summary>
[Collection(LocalCloudGroup.Name)]
public sealed class FolderHistoryTests(LocalCloud cloud)
{
    [Fact]
    public async Task ColleagueSample_WithSampleMailbox_ReturnsTheRelationshipFindings()
    {
        using var api = new ApiFactory(cloud, new Dictionary<string, string?>
        {
            ["Mailbox:Source"] = "Folder",
            ["Mailbox:Folder"] = Samples.Folder,
            ["Mailbox:History"] = "Folder",
            ["Mailbox:HistoryFolder"] = Path.Combine(Samples.Folder, "colleague-mailbox"),
        }, environment: "Development");
        using var client = api.ClientWith(api.Token());

        using var response = await client.GetAsync("/api/messages/colleague-reply-to-gmail/analysis?lang=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal("new-reply-to", ids[0]);
        Assert.Contains("language-shift", ids);
        Assert.Contains("unusual-origin", ids);
        var relationship = json.RootElement.GetProperty("relationship");
        Assert.Equal(7, relationship.GetProperty("received").GetInt32());
        Assert.Equal(2, relationship.GetProperty("sent").GetInt32());
        Assert.Equal("ja", relationship.GetProperty("languages")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void GraphHistory_WithFolderSource_FailsAtStart()
    {
        var error = ApiFactory.StartError(cloud, new Dictionary<string, string?>
        {
            ["Mailbox:Source"] = "Folder",
            ["Mailbox:Folder"] = Samples.Folder,
            ["Mailbox:History"] = "Graph",
        });

        Assert.Contains("Mailbox:History Graph needs Mailbox:Source Graph.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderHistory_WithGraphSource_FailsAtStart()
    {
        var error = ApiFactory.StartError(cloud, new Dictionary<string, string?> { ["Mailbox:History"] = "Folder" });

        Assert.Contains("Mailbox:History Folder needs Mailbox:Source Folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryBudgetOutOfRange_FailsAtStart()
    {
        var error = ApiFactory.StartError(cloud, new Dictionary<string, string?> { ["Mailbox:HistoryMaxMessages"] = "500" });

        Assert.Contains("HistoryMaxMessages", error, StringComparison.Ordinal);
    }
}
