using System.Xml.Linq;

namespace OutlookGuard.Manifest.Tests;

public sealed class ManifestValidatorTests
{
    private static readonly Uri Host = new(SampleSettings.Host);
    private static readonly XNamespace Vo10 = "http://schemas.microsoft.com/office/mailappversionoverrides";

    [Fact]
    public void MisorderedElements_FailSchema()
    {
        var problems = SampleSettings.ValidateXmlWith(
            "<Version>1.0.0.0</Version>\n  <ProviderName>OutlookGuard</ProviderName>",
            "<ProviderName>OutlookGuard</ProviderName>\n  <Version>1.0.0.0</Version>");

        Assert.Contains(problems, p => p.Check == "schema");
    }

    [Fact]
    public void SupportsPinningInVersionOverrides10_FailsSchema()
    {
        var doc = XDocument.Parse(SampleSettings.Xml());
        var action = doc.Root!.Element(Vo10 + "VersionOverrides")!.Descendants(Vo10 + "Action").Single();
        action.Add(new XElement(Vo10 + "SupportsPinning", "true"));

        var problems = ManifestValidator.Validate(doc.ToString(), Host);

        Assert.Contains(problems, p => p.Check == "schema" && p.Message.Contains("SupportsPinning", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownPermission_FailsSchema()
    {
        var problems = SampleSettings.ValidateXmlWith("<Permissions>ReadItem</Permissions>", "<Permissions>ReadEverything</Permissions>");

        Assert.Contains(problems, p => p.Check == "schema");
    }

    [Fact]
    public void NotWellFormed_IsOneSchemaProblemNotAnException()
    {
        var problems = ManifestValidator.Validate("<OfficeApp><Id>", Host);

        var problem = Assert.Single(problems);
        Assert.Equal("schema", problem.Check);
        Assert.Contains("not well-formed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResidWithoutResource_FailsResidCheck()
    {
        var problems = SampleSettings.ValidateXmlWith("<Description resid=\"Open.Tooltip\" />", "<Description resid=\"Open.Missing\" />");

        Assert.Equal(2, problems.Count(p => p.Check == "resid" && p.Message.Contains("'Open.Missing'", StringComparison.Ordinal)));
    }

    [Fact]
    public void ResidLongerThan32_FailsResidCheck()
    {
        const string longId = "OutlookGuard.OpenTaskpane.Tooltip1";
        Assert.Equal(34, longId.Length);

        var problems = SampleSettings.ValidateXmlWith("Open.Tooltip", longId);

        Assert.Contains(problems, p => p.Check == "resid" && p.Message.Contains("resid '" + longId + "' has 34 characters", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Check == "resid" && p.Message.Contains("resource id '" + longId + "'", StringComparison.Ordinal));
    }

    [Fact]
    public void ResidOfWrongKind_FailsResidCheck()
    {
        var problems = SampleSettings.ValidateXmlWith("<Label resid=\"Open.Label\" />", "<Label resid=\"Open.Tooltip\" />");

        Assert.Contains(problems, p => p.Check == "resid" && p.Message.Contains("bt:ShortStrings", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Check == "schema");
    }

    [Fact]
    public void HttpIconUrl_FailsUrlCheck()
    {
        var problems = SampleSettings.ValidateXmlWith("\"https://guard.contoso.com/assets/icon-128.png\"", "\"http://guard.contoso.com/assets/icon-128.png\"");

        var problem = Assert.Single(problems);
        Assert.Equal("url", problem.Check);
        Assert.Contains("must use https", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageOffAppDomains_FailsUrlCheck()
    {
        var problems = SampleSettings.ValidateXmlWith("\"https://guard.contoso.com/assets/icon-16.png\"", "\"https://cdn.fabrikam.example/icon-16.png\"");

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("url", p.Check));
        Assert.All(problems, p => Assert.Contains("not on any AppDomain", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void HttpAppDomain_FailsUrlCheck()
    {
        var problems = SampleSettings.ValidateXmlWith("<AppDomain>https://guard.contoso.com</AppDomain>", "<AppDomain>http://guard.contoso.com</AppDomain>");

        Assert.Contains(problems, p => p.Check == "url" && p.Message.Contains("AppDomain 'http://guard.contoso.com'", StringComparison.Ordinal));
    }

    [Fact]
    public void OtherHost_FailsTaskpaneCheck()
    {
        var problems = ManifestValidator.Validate(SampleSettings.Xml(), new Uri("https://guard.fabrikam.example"));

        Assert.Equal(3, problems.Count(p => p.Check == "taskpane"));
        Assert.Equal(2, problems.Count(p => p.Check == "events" && p.Message.Contains("https://guard.fabrikam.example/events.", StringComparison.Ordinal)));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void PaneOnAnotherAppDomain_FailsOnlyTaskpaneCheck()
    {
        var xml = SampleSettings.Xml()
            .Replace("<AppDomain>https://guard.contoso.com</AppDomain>", "<AppDomain>https://guard.contoso.com</AppDomain>\n    <AppDomain>https://evil.example</AppDomain>", StringComparison.Ordinal)
            .Replace("<bt:Url id=\"Taskpane.Url\" DefaultValue=\"https://guard.contoso.com/", "<bt:Url id=\"Taskpane.Url\" DefaultValue=\"https://evil.example/", StringComparison.Ordinal);

        var problems = ManifestValidator.Validate(xml, Host);

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("taskpane", p.Check));
        Assert.All(problems, p => Assert.Contains("https://evil.example/taskpane.html", p.Message, StringComparison.Ordinal));
    }
}
