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
        Assert.Contains(result.Errors, e => e.StartsWith("--client-id must be the app registration's application (client) id", StringComparison.Ordinal));
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
        var result = ManifestSettings.Create("http://x", "nope", "x", "ftp://y", "zzz", "Maybe");

        Assert.Equal(6, result.Errors.Count);
    }

    [Theory]
    [InlineData(null, SendMode.PromptUser)]
    [InlineData("PromptUser", SendMode.PromptUser)]
    [InlineData("promptUser", SendMode.PromptUser)]
    [InlineData(" softblock ", SendMode.SoftBlock)]
    [InlineData("SoftBlock", SendMode.SoftBlock)]
    public void Create_SendMode_ParsedInAnyCase(string? sendMode, SendMode expected)
    {
        var settings = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, sendMode: sendMode).Settings!;

        Assert.Equal(expected, settings.SendMode);
    }

    [Theory]
    [InlineData("Block", "--send-mode Block is not offered")]
    [InlineData("block", "--send-mode Block is not offered")]
    [InlineData("0", "--send-mode must be PromptUser or SoftBlock, not '0'")]
    [InlineData("", "--send-mode must be PromptUser or SoftBlock, not ''")]
    public void Create_BadSendMode_NamesTheProblem(string sendMode, string expected)
    {
        var result = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, sendMode: sendMode);

        Assert.Null(result.Settings);
        Assert.Contains(result.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.0.0.0", "1.0.0")]
    [InlineData("2", "2.0.0")]
    [InlineData("1.2", "1.2.0")]
    [InlineData("01.002.3", "1.2.3")]
    [InlineData("1.2.3.00", "1.2.3")]
    [InlineData("1.2.3.4", null)]
    public void UnifiedVersion_IsThreeNumbersOrNull(string version, string? expected)
    {
        var settings = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, version).Settings!;

        Assert.Equal(expected, settings.UnifiedVersion);
    }

    [Fact]
    public void EventUrls_AreOnTheHostBesideTheTaskpane()
    {
        var settings = ManifestSettings.Create("https://Guard.Fabrikam.example:8443", SampleSettings.ClientId).Settings!;

        Assert.Equal("https://guard.fabrikam.example:8443/events.html", settings.EventsPageUrl);
        Assert.Equal("https://guard.fabrikam.example:8443/events.js", settings.EventsScriptUrl);
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
