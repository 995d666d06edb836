using System.Diagnostics;

namespace OutlookGuard.Manifest.Tests;

/// <summary>
/// Runs Microsoft's validator, <c>office-addin-manifest validate</c> (npm, installed in manifest/tools by
/// .ci/manifest-tools-setup.sh), on the unified manifest. For a .json file it checks the manifest against
/// the schema its <c>$schema</c> names, from the copy bundled in @microsoft/app-manifest: no network.
/// </summary>
public sealed class UnifiedManifestSchemaTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("outlookguard-unified-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string ValidatorCli()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutlookGuard.sln")))
        {
            dir = dir.Parent;
        }

        var cli = Path.Combine(
            dir?.FullName ?? throw new InvalidOperationException("OutlookGuard.sln not found above " + AppContext.BaseDirectory),
            "manifest", "tools", "node_modules", "office-addin-manifest", "cli.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run bash .ci/manifest-tools-setup.sh (npm ci in manifest/tools).");
        return cli;
    }

    private (int Exit, string Output) Validate(string json)
    {
        var path = Path.Combine(_folder, "manifest.json");
        File.WriteAllText(path, json);
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(ValidatorCli());
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add(path);
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"office-addin-manifest validate did not finish in {Timeout.TotalSeconds} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [Theory]
    [InlineData("PromptUser")]
    [InlineData("SoftBlock")]
    public void GeneratedManifest_PassesTheSchema(string sendMode)
    {
        var settings = ManifestSettings.Create(SampleSettings.Host, SampleSettings.ClientId, sendMode: sendMode).Settings!;

        var (exit, output) = Validate(UnifiedManifestGenerator.Generate(settings));

        Assert.True(exit == 0, output);
    }

    [Fact]
    public void CommittedSample_PassesTheSchema()
    {
        var (exit, output) = Validate(File.ReadAllText(SampleSettings.JsonSamplePath));

        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("\"sendMode\": \"promptUser\"", "\"sendMode\": \"prompt\"")]
    [InlineData("\"accentColor\": \"#1F5FA8\",", "")]
    [InlineData("\"type\": \"openPage\"", "\"type\": \"openTaskpane\"")]
    public void BrokenManifest_FailsTheSchema(string find, string replace)
    {
        var json = SampleSettings.Json();
        Assert.Contains(find, json, StringComparison.Ordinal);

        var (exit, _) = Validate(json.Replace(find, replace, StringComparison.Ordinal));

        Assert.Equal(1, exit);
    }

    [Fact]
    public void MisspeltEventType_PassesTheSchemaButNotOurCheck()
    {
        var json = SampleSettings.Json().Replace("\"messageSending\"", "\"messageSend\"", StringComparison.Ordinal);

        var (exit, output) = Validate(json);

        Assert.True(exit == 0, output);
        Assert.Contains(UnifiedManifestValidator.Validate(json), p => p.Message.Contains("'messageSend'", StringComparison.Ordinal));
    }
}
