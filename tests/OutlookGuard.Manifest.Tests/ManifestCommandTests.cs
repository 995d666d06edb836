using OutlookGuard.Cli;

namespace OutlookGuard.Manifest.Tests;

public sealed class ManifestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookguard-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Manifest_WritesTheSampleForTheSampleHost()
    {
        var output = Path.Combine(_folder, "manifest.xml");

        var (exit, stdout, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--out", output);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("valid", stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(SampleSettings.SamplePath), File.ReadAllText(output));
    }

    [Fact]
    public void Manifest_AllOptions_OutputValidatesWithValidateCommand()
    {
        var output = Path.Combine(_folder, "prod.xml");

        var generate = Run(
            "manifest", "--host", "https://guard.fabrikam.example", "--client-id", "0d4a6b2c-1e3f-4a5b-8c7d-9e0f1a2b3c4d",
            "--version", "1.2.0.0", "--support-url", "https://help.fabrikam.example/guard", "--app-id", "5e0c3d9a-7b1f-4c2e-8a6d-3f9b1e2c4d7a",
            "--out", output);
        var validate = Run("manifest", "validate", output, "--host", "https://guard.fabrikam.example");
        var wrongHost = Run("manifest", "validate", output, "--host", SampleSettings.Host);

        Assert.Equal(0, generate.Exit);
        Assert.Contains("<Id>5e0c3d9a-7b1f-4c2e-8a6d-3f9b1e2c4d7a</Id>", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(0, validate.Exit);
        Assert.Equal(3, wrongHost.Exit);
        Assert.Contains("taskpane:", wrongHost.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_WithoutOut_PrintsTheManifest()
    {
        var (exit, stdout, _) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(SampleSettings.SamplePath), stdout);
    }

    [Fact]
    public void Manifest_FormatJson_WritesTheJsonSample()
    {
        var output = Path.Combine(_folder, "manifest.json");

        var (exit, stdout, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--format", "json", "--out", output);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("unified manifest", stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(SampleSettings.JsonSamplePath), File.ReadAllText(output));
    }

    [Theory]
    [InlineData("xml", "SendMode=\"SoftBlock\"")]
    [InlineData("json", "\"sendMode\": \"softBlock\"")]
    public void Manifest_SendModeSoftBlock_WrittenInEitherFormat(string format, string expected)
    {
        var (exit, stdout, _) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--format", format, "--send-mode", "SoftBlock");

        Assert.Equal(0, exit);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xml", "SoftBlock", "SendMode=\"SoftBlock\"")]
    [InlineData("json", "SoftBlock", "\"sendMode\": \"softBlock\"")]
    [InlineData("xml", "PromptUser", "SendMode=\"PromptUser\"")]
    public void Manifest_WithAPolicy_WritesThePolicysSendMode(string format, string mode, string expected)
    {
        var policy = Path.Combine(_folder, "policy.json");
        File.WriteAllText(policy, $$"""{ "Guard": { "ReplyGuard": { "SendMode": "{{mode}}" } } }""");

        var (exit, stdout, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--format", format, "--policy", policy);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_PolicyAndADifferentSendMode_IsAUsageError()
    {
        var policy = Path.Combine(_folder, "policy.json");
        File.WriteAllText(policy, """{ "Guard": { "ReplyGuard": { "SendMode": "SoftBlock" } } }""");

        var (exit, stdout, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--policy", policy, "--send-mode", "PromptUser");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("differs from the policy's Guard:ReplyGuard:SendMode (SoftBlock)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_InvalidPolicy_IsAUsageErrorNamingTheKey()
    {
        var policy = Path.Combine(_folder, "policy.json");
        File.WriteAllText(policy, """{ "Guard": { "ReplyGuard": { "SendMode": "Block" } } }""");

        var (exit, stdout, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--policy", policy);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("Guard:ReplyGuard:SendMode: 'Block' must be one of: PromptUser, SoftBlock", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--send-mode", "Block", "--send-mode Block is not offered")]
    [InlineData("--format", "yaml", "--format must be xml or json, not 'yaml'")]
    public void Manifest_BadSendModeOrFormat_IsAUsageError(string option, string value, string expected)
    {
        var (exit, stdout, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, option, value);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_JsonWithFourPartVersion_IsAUsageErrorAndWritesNothing()
    {
        var output = Path.Combine(_folder, "manifest.json");

        var json = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--format", "json", "--version", "1.0.0.1", "--out", output);
        var xml = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--version", "1.0.0.1");

        Assert.Equal(2, json.Exit);
        Assert.Contains("three numbers", json.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(0, xml.Exit);
    }

    [Fact]
    public void Validate_JsonFile_UsesTheUnifiedChecks()
    {
        var good = Path.Combine(_folder, "good.json");
        var bad = Path.Combine(_folder, "bad.json");
        var json = File.ReadAllText(SampleSettings.JsonSamplePath);
        File.WriteAllText(good, json);
        File.WriteAllText(bad, json.Replace("\"messageSending\"", "\"messageSend\"", StringComparison.Ordinal));

        var valid = Run("manifest", "validate", good, "--host", SampleSettings.Host);
        var invalid = Run("manifest", "validate", bad);

        Assert.Equal(0, valid.Exit);
        Assert.Equal(3, invalid.Exit);
        Assert.Contains("unified: ", invalid.Err, StringComparison.Ordinal);
        Assert.Contains("'messageSend'", invalid.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_HttpHost_IsAUsageErrorAndWritesNothing()
    {
        var output = Path.Combine(_folder, "manifest.xml");

        var (exit, _, stderr) = Run("manifest", "--host", "http://guard.contoso.com", "--client-id", SampleSettings.ClientId, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("--host must use https", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Manifest_BadGuid_IsAUsageError()
    {
        var (exit, _, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", "guard-api");

        Assert.Equal(2, exit);
        Assert.Contains("--client-id must be the app registration's application (client) id", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_MissingClientId_IsAUsageError()
    {
        var (exit, _, stderr) = Run("manifest", "--host", SampleSettings.Host);

        Assert.Equal(2, exit);
        Assert.Contains("--client-id is required", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_UnknownOption_IsAUsageError()
    {
        var (exit, _, stderr) = Run("manifest", "--hots", SampleSettings.Host);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option '--hots'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_OutInMissingFolder_FailsClearly()
    {
        var output = Path.Combine(_folder, "no-such-folder", "manifest.xml");

        var (exit, _, stderr) = Run("manifest", "--host", SampleSettings.Host, "--client-id", SampleSettings.ClientId, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("cannot write", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenFile_ListsProblemsWithExit3()
    {
        var path = Path.Combine(_folder, "broken.xml");
        File.WriteAllText(path, File.ReadAllText(SampleSettings.SamplePath).Replace("resid=\"Icon.80\"", "resid=\"Icon.81\"", StringComparison.Ordinal));

        var (exit, _, stderr) = Run("manifest", "validate", path);

        Assert.Equal(3, exit);
        Assert.Contains("resid: ", stderr, StringComparison.Ordinal);
        Assert.Contains("'Icon.81'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_Exit3()
    {
        var (exit, _, stderr) = Run("manifest", "validate", Path.Combine(_folder, "absent.xml"));

        Assert.Equal(3, exit);
        Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
    }
}
