using System.Xml.Linq;

namespace OutlookGuard.Manifest.Tests;

public sealed class LaunchEventManifestTests
{
    private static readonly Uri Host = new(SampleSettings.Host);
    private static readonly XNamespace Vo10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    private const string LaunchEventPoint = """
        <ExtensionPoint xsi:type="LaunchEvent">
                      <LaunchEvents>
                        <LaunchEvent Type="OnNewMessageCompose" FunctionName="onNewMessageCompose" />
                        <LaunchEvent Type="OnMessageSend" FunctionName="onMessageSend" SendMode="PromptUser" />
                      </LaunchEvents>
                      <SourceLocation resid="Events.Url" />
                    </ExtensionPoint>
        """;

    private static string Url(XDocument doc, string id) =>
        doc.Descendants(Bt + "Url").Single(u => u.Attribute("id")!.Value == id).Attribute("DefaultValue")!.Value;

    [Fact]
    public void Generate_EventRuntimeFirstInTheMailHostOf11()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());

        var host = doc.Descendants(Vo11 + "Host").Single();
        var runtimes = host.Elements().First();
        Assert.Equal(Vo11 + "Runtimes", runtimes.Name);
        var runtime = Assert.Single(runtimes.Elements(Vo11 + "Runtime"));
        Assert.Equal("https://guard.contoso.com/events.html", Url(doc, runtime.Attribute("resid")!.Value));
        var over = Assert.Single(runtime.Elements());
        Assert.Equal("javascript", over.Attribute("type")!.Value);
        Assert.Equal("https://guard.contoso.com/events.js", Url(doc, over.Attribute("resid")!.Value));
        Assert.Empty(doc.Descendants(Vo10 + "Runtimes"));
    }

    [Fact]
    public void Generate_LaunchEventsNameTheHandlersAndPromptUserByDefault()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());

        var point = doc.Descendants(Vo11 + "LaunchEvents").Single().Parent!;
        Assert.Equal("DesktopFormFactor", point.Parent!.Name.LocalName);
        Assert.Equal(
            new[] { ("OnNewMessageCompose", "onNewMessageCompose", (string?)null), ("OnMessageSend", "onMessageSend", "PromptUser") },
            point.Descendants(Vo11 + "LaunchEvent").Select(e => (e.Attribute("Type")!.Value, e.Attribute("FunctionName")!.Value, e.Attribute("SendMode")?.Value)));
        var runtimeResid = doc.Descendants(Vo11 + "Runtime").Single().Attribute("resid")!.Value;
        Assert.Equal(runtimeResid, point.Element(Vo11 + "SourceLocation")!.Attribute("resid")!.Value);
    }

    [Fact]
    public void Generate_SoftBlock_WritesSoftBlockAndStaysValid()
    {
        var settings = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, sendMode: "SoftBlock").Settings!;

        var xml = ManifestGenerator.Generate(settings);

        Assert.Contains("<LaunchEvent Type=\"OnMessageSend\" FunctionName=\"onMessageSend\" SendMode=\"SoftBlock\" />", xml, StringComparison.Ordinal);
        Assert.Empty(ManifestValidator.Validate(xml, settings.Host));
    }

    [Theory]
    [InlineData("https://guard.contoso.com", "PromptUser")]
    [InlineData("https://guard.contoso.com", "SoftBlock")]
    [InlineData("https://guard.fabrikam.example:8443", "PromptUser")]
    public void Generate_EveryVariant_PassesOfficialXsdsAndEveryCheck(string host, string sendMode)
    {
        var settings = ManifestSettings.Create(host, SampleSettings.ClientId, "1.2.3.4", sendMode: sendMode).Settings!;

        Assert.Empty(ManifestValidator.Validate(ManifestGenerator.Generate(settings), settings.Host));
    }

    [Fact]
    public void LaunchEventIn10Block_FailsSchema()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());
        var point = XElement.Parse(
            LaunchEventPoint.Replace("<ExtensionPoint ", "<ExtensionPoint xmlns=\"http://schemas.microsoft.com/office/mailappversionoverrides\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ", StringComparison.Ordinal));
        doc.Root!.Element(Vo10 + "VersionOverrides")!.Descendants(Vo10 + "DesktopFormFactor").Single().Add(point);

        var problems = ManifestValidator.Validate(doc.ToString(), Host);

        Assert.Contains(problems, p => p.Check == "schema" && p.Message.Contains("LaunchEvent", StringComparison.Ordinal));
    }

    [Fact]
    public void RuntimesIn10Block_FailsSchema()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());
        var host10 = doc.Root!.Element(Vo10 + "VersionOverrides")!.Element(Vo10 + "Hosts")!.Element(Vo10 + "Host")!;
        host10.AddFirst(new XElement(Vo10 + "Runtimes", new XElement(Vo10 + "Runtime", new XAttribute("resid", "Taskpane.Url"))));

        var problems = ManifestValidator.Validate(doc.ToString(), Host);

        Assert.Contains(problems, p => p.Check == "schema" && p.Message.Contains("Runtimes", StringComparison.Ordinal));
    }

    [Fact]
    public void ElementOutsideTheEventNodes_StillFailsSchema()
    {
        var problems = SampleSettings.ValidateXmlWith("<SupportsPinning>true</SupportsPinning>", "<SupportsPinning>perhaps</SupportsPinning>");

        Assert.Contains(problems, p => p.Check == "schema" && p.Message.Contains("SupportsPinning", StringComparison.Ordinal));
    }

    [Fact]
    public void MisspeltEventType_FailsEventsCheck()
    {
        var problems = SampleSettings.ValidateXmlWith("Type=\"OnNewMessageCompose\"", "Type=\"OnNewMessageComposed\"");

        var problem = Assert.Single(problems);
        Assert.Equal("events", problem.Check);
        Assert.Contains("Type 'OnNewMessageComposed' is not one of the documented events", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SendMode=\"PromptUser\"", "SendMode=\"Prompt\"", "SendMode 'Prompt' must be one of PromptUser, SoftBlock, Block")]
    [InlineData("FunctionName=\"onNewMessageCompose\" />", "FunctionName=\"onNewMessageCompose\" SendMode=\"SoftBlock\" />", "SendMode applies only to OnMessageSend")]
    [InlineData("FunctionName=\"onNewMessageCompose\"", "FunctionName=\" \"", "FunctionName is required")]
    [InlineData("<SourceLocation resid=\"Events.Url\" />", "<SourceLocation resid=\"Taskpane.Url\" />", "must name the <Runtime>'s resource 'Events.Url'")]
    [InlineData("<Override type=\"javascript\"", "<Override type=\"html\"", "<Runtime> may hold one <Override type=\"javascript\"")]
    [InlineData("<Runtime resid=\"Events.Url\">", "<Runtime resid=\"Events.Url\" lifetime=\"long\">", "only the short lifetime")]
    public void BrokenLaunchEvent_FailsEventsCheckOnly(string find, string replace, string expected)
    {
        var problems = SampleSettings.ValidateXmlWith(find, replace);

        Assert.Contains(problems, p => p.Check == "events" && p.Message.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Check == "schema");
    }

    [Fact]
    public void TwoOnMessageSend_FailsEventsCheck()
    {
        var problems = SampleSettings.ValidateXmlWith(
            "<LaunchEvent Type=\"OnMessageSend\" FunctionName=\"onMessageSend\" SendMode=\"PromptUser\" />",
            "<LaunchEvent Type=\"OnMessageSend\" FunctionName=\"onMessageSend\" SendMode=\"PromptUser\" />\n<LaunchEvent Type=\"OnMessageSend\" FunctionName=\"other\" />");

        Assert.Contains(problems, p => p.Check == "events" && p.Message.Contains("only one OnMessageSend", StringComparison.Ordinal));
    }

    [Fact]
    public void RuntimesAfterDesktopFormFactor_FailsEventsCheck()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());
        var runtimes = doc.Descendants(Vo11 + "Runtimes").Single();
        runtimes.Remove();
        doc.Descendants(Vo11 + "DesktopFormFactor").Single().AddAfterSelf(runtimes);

        var problems = ManifestValidator.Validate(doc.ToString(), Host);

        Assert.Contains(problems, p => p.Check == "events" && p.Message.Contains("before <DesktopFormFactor>", StringComparison.Ordinal));
    }

    [Fact]
    public void LaunchEventWithoutRuntimes_FailsEventsCheck()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());
        doc.Descendants(Vo11 + "Runtimes").Single().Remove();

        var problems = ManifestValidator.Validate(doc.ToString(), Host);

        Assert.Contains(problems, p => p.Check == "events" && p.Message.Contains("needs a <Runtimes>", StringComparison.Ordinal));
    }

    [Fact]
    public void EventScriptMissingFromResources_FailsResidCheck()
    {
        var problems = SampleSettings.ValidateXmlWith(
            "<bt:Url id=\"EventsScript.Url\" DefaultValue=\"https://guard.contoso.com/events.js\" />", string.Empty);

        Assert.Contains(problems, p => p.Check == "resid" && p.Message.Contains("'EventsScript.Url' on <Override>", StringComparison.Ordinal));
    }

    [Fact]
    public void EventPageOverHttp_FailsUrlCheck()
    {
        var problems = SampleSettings.ValidateXmlWith("\"https://guard.contoso.com/events.html\"", "\"http://guard.contoso.com/events.html\"");

        Assert.Contains(problems, p => p.Check == "url" && p.Message.Contains("must use https", StringComparison.Ordinal));
    }

    [Fact]
    public void EventScriptAtAnotherPath_FailsEventsCheckWithHostOnly()
    {
        const string find = "\"https://guard.contoso.com/events.js\"";
        const string replace = "\"https://guard.contoso.com/launch.js\"";

        var withHost = SampleSettings.ValidateXmlWith(find, replace);
        var withoutHost = ManifestValidator.Validate(SampleSettings.Xml().Replace(find, replace, StringComparison.Ordinal));

        var problem = Assert.Single(withHost);
        Assert.Equal("events", problem.Check);
        Assert.Contains("is not https://guard.contoso.com/events.js", problem.Message, StringComparison.Ordinal);
        Assert.Empty(withoutHost);
    }
}
