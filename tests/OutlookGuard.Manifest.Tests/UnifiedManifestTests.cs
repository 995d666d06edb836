using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace OutlookGuard.Manifest.Tests;

public sealed class UnifiedManifestTests
{
    private static readonly Uri Host = new(SampleSettings.Host);
    private static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    private static IReadOnlyList<ManifestProblem> ValidateSampleWith(string find, string replace, Uri? host = null)
    {
        var json = SampleSettings.Json();
        Assert.Contains(find, json, StringComparison.Ordinal);
        return UnifiedManifestValidator.Validate(json.Replace(find, replace, StringComparison.Ordinal), host ?? Host);
    }

    private static JsonObject Extension(string json) => (JsonObject)JsonNode.Parse(json)!["extensions"]![0]!;

    [Fact]
    public void CommittedJsonSample_EqualsGeneratorOutput()
    {
        Assert.Equal(SampleSettings.Json(), File.ReadAllText(SampleSettings.JsonSamplePath));
    }

    [Fact]
    public void Sample_PassesEveryCheck()
    {
        Assert.Empty(UnifiedManifestValidator.Validate(SampleSettings.Json(), Host));
    }

    [Fact]
    public void Generate_EventsAreTheDocumentedNamesWithTheirRequirementSets()
    {
        var extension = Extension(SampleSettings.Json());

        var events = extension["autoRunEvents"]!.AsArray().Select(entry => (
            Type: (string)entry!["events"]![0]!["type"]!,
            ActionId: (string)entry["events"]![0]!["actionId"]!,
            SendMode: (string?)entry["events"]![0]!["options"]?["sendMode"],
            MinVersion: (string)entry["requirements"]!["capabilities"]![0]!["minVersion"]!)).ToList();
        Assert.Equal(
            new[]
            {
                ("newMessageComposeCreated", "onNewMessageCompose", (string?)null, "1.10"),
                ("messageSending", "onMessageSend", "promptUser", "1.12"),
            },
            events);
    }

    [Fact]
    public void Generate_EventsRuntimeHasPageScriptAndOneExecuteFunctionPerHandler()
    {
        var extension = Extension(SampleSettings.Json());

        var runtime = extension["runtimes"]!.AsArray().Single(r => (string)r!["id"]! == UnifiedManifestGenerator.EventsRuntimeId)!;
        Assert.Equal("https://guard.contoso.com/events.html", (string)runtime["code"]!["page"]!);
        Assert.Equal("https://guard.contoso.com/events.js", (string)runtime["code"]!["script"]!);
        Assert.Equal("short", (string)runtime["lifetime"]!);
        Assert.Equal(
            new[] { ("onNewMessageCompose", "executeFunction"), ("onMessageSend", "executeFunction") },
            runtime["actions"]!.AsArray().Select(a => ((string)a!["id"]!, (string)a["type"]!)));
    }

    [Fact]
    public void Generate_TaskpaneRibbonMatchesTheXmlButton()
    {
        var extension = Extension(SampleSettings.Json());
        var xml = XDocument.Parse(SampleSettings.Xml());

        var pane = extension["runtimes"]!.AsArray().Single(r => (string)r!["id"]! == UnifiedManifestGenerator.TaskpaneRuntimeId)!;
        Assert.Equal("https://guard.contoso.com/taskpane.html?clientId=7f3a2c1e-5b4d-4e8f-9a6b-0c1d2e3f4a5b", (string)pane["code"]!["page"]!);
        Assert.True((bool)pane["actions"]![0]!["pinnable"]!);
        var ribbon = extension["ribbons"]![0]!;
        Assert.Equal("mailRead", (string)ribbon["contexts"]![0]!);
        var control = ribbon["tabs"]![0]!["groups"]![0]!["controls"]![0]!;
        Assert.Equal(xml.Descendants(Vo11 + "Control").First().Attribute("id")!.Value, (string)control["id"]!);
        Assert.Equal("Check sender", (string)control["label"]!);
        Assert.Equal(UnifiedManifestGenerator.OpenPaneActionId, (string)control["actionId"]!);
        Assert.Equal(new[] { 16, 32, 80 }, control["icons"]!.AsArray().Select(i => (int)i!["size"]!));
    }

    [Fact]
    public void Generate_XmlAndJsonDeclareTheSameEventsAndHandlers()
    {
        var xml = XDocument.Parse(SampleSettings.Xml());
        var extension = Extension(SampleSettings.Json());

        var fromXml = xml.Descendants(Vo11 + "LaunchEvent")
            .Select(e => (OutlookEvent.Documented.Single(d => d.XmlName == e.Attribute("Type")!.Value).UnifiedName, e.Attribute("FunctionName")!.Value));
        var fromJson = extension["autoRunEvents"]!.AsArray().SelectMany(entry => entry!["events"]!.AsArray())
            .Select(e => ((string)e!["type"]!, (string)e["actionId"]!));
        Assert.Equal(fromXml, fromJson);
    }

    [Fact]
    public void Generate_SameIdVersionDomainsAndPermissionAsXml()
    {
        var settings = ManifestSettings.Create("https://guard.fabrikam.example", SampleSettings.ClientId, "2.3.0", "https://help.fabrikam.example/guard", "5e0c3d9a-7b1f-4c2e-8a6d-3f9b1e2c4d7a", "SoftBlock").Settings!;

        var json = JsonNode.Parse(UnifiedManifestGenerator.Generate(settings))!;

        Assert.Equal("5e0c3d9a-7b1f-4c2e-8a6d-3f9b1e2c4d7a", (string)json["id"]!);
        Assert.Equal("2.3.0", (string)json["version"]!);
        Assert.Equal(new[] { "https://guard.fabrikam.example", "https://help.fabrikam.example" }, json["validDomains"]!.AsArray().Select(d => (string)d!));
        Assert.Equal("https://help.fabrikam.example/guard", (string)json["developer"]!["websiteUrl"]!);
        Assert.Equal("MailboxItem.Read.User", (string)json["authorization"]!["permissions"]!["resourceSpecific"]![0]!["name"]!);
        Assert.Equal("softBlock", (string)json["extensions"]![0]!["autoRunEvents"]![1]!["events"]![0]!["options"]!["sendMode"]!);
        Assert.Empty(UnifiedManifestValidator.Validate(json.ToJsonString(), settings.Host));
    }

    [Theory]
    [InlineData("outline", 32)]
    [InlineData("color", 192)]
    public void Generate_AppPackageIconsAreCommittedAtTheirSize(string icon, int size)
    {
        var path = (string)JsonNode.Parse(SampleSettings.Json())!["icons"]![icon]!;

        SampleSettings.AssertPngSize(path, size);
    }

    [Fact]
    public void Generate_FourthVersionNumberNotZero_Throws()
    {
        var settings = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, "1.0.0.1").Settings!;

        var error = Assert.Throws<ArgumentException>(() => UnifiedManifestGenerator.Generate(settings));

        Assert.Contains("'1.0.0.1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltEventType_FailsUnifiedCheck()
    {
        var problems = ValidateSampleWith("\"newMessageComposeCreated\"", "\"newMessageCompose\"");

        var problem = Assert.Single(problems);
        Assert.Equal("unified", problem.Check);
        Assert.Contains("event type 'newMessageCompose' is not one of the documented events", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"sendMode\": \"promptUser\"", "\"sendMode\": \"prompt\"", "sendMode 'prompt' must be one of promptUser, softBlock, block")]
    [InlineData("\"actionId\": \"onNewMessageCompose\"", "\"actionId\": \"onCompose\"", "must name an executeFunction action of a runtime, not 'onCompose'")]
    [InlineData("\"actionId\": \"onNewMessageCompose\"", "\"actionId\": \"OpenGuardPane\"", "must name an executeFunction action")]
    [InlineData("\"actionId\": \"OpenGuardPane\"", "\"actionId\": \"onMessageSend\"", "must name an openPage action")]
    [InlineData("\"minVersion\": \"1.12\"", "\"minVersion\": \"1.11\"", "'messageSending' needs requirements.capabilities Mailbox minVersion 1.12")]
    [InlineData(",\n            \"script\": \"https://guard.contoso.com/events.js\"", "", "needs code.script")]
    [InlineData("\"script\": \"https://guard.contoso.com/events.js\"", "\"script\": \"http://guard.contoso.com/events.js\"", "must be an absolute https URL")]
    public void BrokenEventPart_FailsUnifiedCheck(string find, string replace, string expected)
    {
        var problems = ValidateSampleWith(find, replace);

        Assert.Contains(problems, p => p.Check == "unified" && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void SendModeOnComposeEvent_FailsUnifiedCheck()
    {
        var problems = ValidateSampleWith(
            "\"actionId\": \"onNewMessageCompose\"",
            "\"actionId\": \"onNewMessageCompose\", \"options\": { \"sendMode\": \"softBlock\" }");

        Assert.Contains(problems, p => p.Message.Contains("sendMode applies only to messageSending", StringComparison.Ordinal));
    }

    [Fact]
    public void OtherHost_FailsTaskpaneAndEventPages()
    {
        var problems = UnifiedManifestValidator.Validate(SampleSettings.Json(), new Uri("https://guard.fabrikam.example"));

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Contains("on the configured host", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ \"extensions\": [ ", "line 1: the file is not valid JSON")]
    [InlineData("[]", "the manifest must be a JSON object")]
    [InlineData("{ \"$schema\": \"x\", \"manifestVersion\": \"1.30\" }", "extensions must hold exactly one extension")]
    public void NotAManifest_IsOneProblemNotAnException(string json, string expected)
    {
        var problems = UnifiedManifestValidator.Validate(json);

        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }
}
