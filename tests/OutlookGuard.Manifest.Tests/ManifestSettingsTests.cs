namespace OutlookGuard.Manifest.Tests;

public sealed class ManifestSettingsTests
{
    [Theory]
    [InlineData("http://guard.contoso.com", "--host must use https")]
    [InlineData("guard.contoso.com", "--host must be an absolute URL")]
    [InlineData("https://guard.contoso.com/app", "without a path")]
    [InlineData("https://user:pw@guard.contoso.com", "user name or password")]
    [InlineData("", "--host is required")]
    public void Create_BadHost_NamesTheProblem(string host, string expected)
    {
        var result = ManifestSettings.Create(host, SampleSettings.ClientId);

        Assert.Null(result.Settings);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{7f3a2c1e-5b4d-4e8f-9a6b-0c1d2e3f4a5b}")]
    public void Create_BadClientId_NamesTheProblem(string clientId)
    {
        var result = ManifestSettings.Create(SampleSettings.Host, clientId);

        Assert.Null(result.Settings);
        Assert.Contains(result.Errors, e => e.StartsWith("--client-id must be a GUID", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.0.0.0.0")]
    [InlineData("v1")]
    [InlineData("123456.0")]
    public void Create_BadVersion_NamesTheProblem(string version)
    {
        var result = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, version);

        Assert.Contains(result.Errors, e => e.StartsWith("--version", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_EveryBadValue_ReportsEachOne()
    {
        var result = ManifestSettings.Create("http://x", "nope", "x", "ftp://y", "zzz");

        Assert.Equal(5, result.Errors.Count);
    }

    [Fact]
    public void Create_Defaults_SupportPageOnHostAndStableAppId()
    {
        var settings = ManifestSettings.Create("https://guard.contoso.com/", SampleSettings.ClientId).Settings!;

        Assert.Equal("https://guard.contoso.com", settings.Origin);
        Assert.Equal(new Uri("https://guard.contoso.com/support.html"), settings.SupportUrl);
        Assert.Equal(ManifestSettings.DefaultAppId, settings.AppId);
        Assert.Equal("1.0.0.0", settings.Version);
    }
}
