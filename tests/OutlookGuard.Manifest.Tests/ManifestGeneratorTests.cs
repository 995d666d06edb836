using System.Xml.Linq;

namespace OutlookGuard.Manifest.Tests;

public sealed class ManifestGeneratorTests
{
    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Vo10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    [Fact]
    public void CommittedSample_EqualsGeneratorOutput()
    {
        var committed = File.ReadAllText(SampleSettings.SamplePath);

        Assert.Equal(SampleSettings.Xml(), committed);
    }

    [Fact]
    public void Sample_PassesSchemaAndEveryCheck()
    {
        var problems = ManifestValidator.Validate(SampleSettings.Xml(), new Uri(SampleSettings.Host));

        Assert.Empty(problems);
    }

    [Fact]
    public void Generate_FillsHostAndClientIdEverywhere()
    {
        var settings = ManifestSettings.Create("https://Guard.Fabrikam.example:8443/", "0d4a6b2c-1e3f-4a5b-8c7d-9e0f1a2b3c4d", "2.1.0.3").Settings!;

        var xml = ManifestGenerator.Generate(settings);

        Assert.DoesNotContain("{{", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("contoso", xml, StringComparison.OrdinalIgnoreCase);
        var doc = XDocument.Parse(xml);
        Assert.Equal("2.1.0.3", doc.Root!.Element(Office + "Version")!.Value);
        Assert.Equal("https://guard.fabrikam.example:8443", doc.Root.Element(Office + "AppDomains")!.Element(Office + "AppDomain")!.Value);
        var urls = doc.Descendants(Bt + "Url").ToLookup(u => u.Attribute("id")!.Value, u => u.Attribute("DefaultValue")!.Value);
        Assert.Equal(2, urls["Taskpane.Url"].Count());
        Assert.All(urls["Taskpane.Url"], u => Assert.Equal("https://guard.fabrikam.example:8443/taskpane.html?clientId=0d4a6b2c-1e3f-4a5b-8c7d-9e0f1a2b3c4d", u));
        Assert.Equal("https://guard.fabrikam.example:8443/events.html", Assert.Single(urls["Events.Url"]));
        Assert.Equal("https://guard.fabrikam.example:8443/events.js", Assert.Single(urls["EventsScript.Url"]));
        Assert.Empty(ManifestValidator.Validate(xml, settings.Host));
    }

    [Fact]
    public void Generate_ReadModeReadItemMailbox18PinnableAndMobileAndEventsIn11Only()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());
        var root = doc.Root!;

        Assert.Equal("ReadItem", root.Element(Office + "Permissions")!.Value);
        Assert.Equal("1.8", root.Descendants(Office + "Set").Single(s => s.Attribute("Name")!.Value == "Mailbox").Attribute("MinVersion")!.Value);
        var outer = root.Element(Vo10 + "VersionOverrides")!;
        var inner = outer.Elements().Last();
        Assert.Equal(Vo11 + "VersionOverrides", inner.Name);
        Assert.Empty(outer.Descendants(Vo10 + "SupportsPinning"));
        Assert.Equal("true", inner.Descendants(Vo11 + "SupportsPinning").Single().Value);
        var xsiType = XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance");
        Assert.Equal(
            new[] { "MessageReadCommandSurface", "MessageReadCommandSurface", "LaunchEvent", "MobileMessageReadCommandSurface" },
            doc.Descendants().Where(e => e.Name.LocalName == "ExtensionPoint").Select(e => e.Attribute(xsiType)!.Value));
        Assert.All(
            outer.Elements(Vo10 + "Requirements").Concat(inner.Elements(Vo11 + "Requirements")).Descendants(Bt + "Sets"),
            sets => Assert.Equal("1.8", sets.Attribute("DefaultMinVersion")!.Value));
        Assert.Empty(outer.Descendants(Vo10 + "MobileFormFactor"));
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "WebApplicationInfo");
    }

    [Fact]
    public void Generate_EveryIconSizeHasACommittedFile()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());
        var iconUrls = doc.Descendants().Select(e => e.Attribute("DefaultValue")?.Value ?? string.Empty)
            .Where(v => v.Contains("/assets/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Equal(
            new[] { 16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144 },
            iconUrls.Select(u => int.Parse(u[(u.LastIndexOf('-') + 1)..^".png".Length], System.Globalization.CultureInfo.InvariantCulture)).Order());
        foreach (var url in iconUrls)
        {
            var name = url[(url.LastIndexOf('/') + 1)..];
            var size = int.Parse(name["icon-".Length..^".png".Length], System.Globalization.CultureInfo.InvariantCulture);
            SampleSettings.AssertPngSize(Path.Combine("assets", name), size);
        }
    }

    [Fact]
    public void Generate_SupportUrlOnOtherSite_AddsItsAppDomain()
    {
        var settings = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, supportUrl: "https://help.contoso.com/outlookguard?x=1&y=2").Settings!;

        var xml = ManifestGenerator.Generate(settings);

        var doc = XDocument.Parse(xml);
        Assert.Equal(
            new[] { "https://guard.contoso.com", "https://help.contoso.com" },
            doc.Root!.Element(Office + "AppDomains")!.Elements().Select(e => e.Value));
        Assert.Equal("https://help.contoso.com/outlookguard?x=1&y=2", doc.Root.Element(Office + "SupportUrl")!.Attribute("DefaultValue")!.Value);
        Assert.Empty(ManifestValidator.Validate(xml, settings.Host));
    }
}
