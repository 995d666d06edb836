using System.Text.Json;

namespace OutlookGuard.Cli.Tests;

/// <summary>A folder with bad files in it: each bad file is reported, the others are still analyzed, in name order.</summary>
public sealed class FolderRobustnessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outlookguard-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void MakeBadFolder()
    {
        File.Copy(CliRunner.Sample("colleague-legitimate.eml"), Path.Combine(_folder, "a-good.eml"));
        File.WriteAllBytes(Path.Combine(_folder, "b-binary.eml"), [0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 1, 2, 0, 0, (byte)'F', (byte)'r', (byte)'o', (byte)'m', (byte)':']);
        using (var big = File.Create(Path.Combine(_folder, "c-too-big.eml")))
        {
            // Sparse: the size is what matters, not the bytes.
            big.SetLength(65L * 1024 * 1024);
        }

        File.CreateSymbolicLink(Path.Combine(_folder, "d-dangling.eml"), Path.Combine(_folder, "nowhere", "x.eml"));
        File.WriteAllText(Path.Combine(_folder, "e-empty.eml"), string.Empty);
        File.Copy(CliRunner.Sample("colleague-reply-to-gmail.eml"), Path.Combine(_folder, "f-good.eml"));
    }

    [Fact]
    public void BadFilesInAFolder_AreReportedAndTheRestAnalyzed()
    {
        MakeBadFolder();

        var (exit, output, error) = CliRunner.Run("analyze", _folder, "--lang", "en");

        Assert.Equal(3, exit);
        Assert.Contains("a-good.eml", output, StringComparison.Ordinal);
        Assert.Contains("f-good.eml", output, StringComparison.Ordinal);
        var errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, errors.Length);
        Assert.Contains(errors, l => l.Contains("b-binary.eml: binary data", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("c-too-big.eml: larger than 64 MB", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("d-dangling.eml: no such file", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("e-empty.eml: no header block found", StringComparison.Ordinal));
    }

    [Fact]
    public void BadFilesInAFolder_GiveJsonErrorObjectsInNameOrder()
    {
        MakeBadFolder();

        var (exit, output, error) = CliRunner.Run("analyze", _folder, "--format", "json");

        Assert.Equal(3, exit);
        Assert.NotEmpty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(
            ["a-good.eml", "b-binary.eml", "c-too-big.eml", "d-dangling.eml", "e-empty.eml", "f-good.eml"],
            lines.Select(l => Path.GetFileName(l.GetProperty("source").GetString()!)).ToArray());
        Assert.True(lines[0].TryGetProperty("verdict", out _));
        Assert.Equal("binary data, not a message", lines[1].GetProperty("error").GetString());
        Assert.False(lines[1].TryGetProperty("verdict", out _));
        Assert.Equal("no header block found", lines[4].GetProperty("error").GetString());
        Assert.True(lines[5].TryGetProperty("verdict", out _));
    }

    [Fact]
    public void ManyFiles_AreAnalyzedInParallelAndPrintedInNameOrder()
    {
        var samples = new[] { "colleague-legitimate.eml", "colleague-reply-to-gmail.eml", "spoofed-internal-domain.eml", "mailing-list-via.eml" };
        for (var i = 0; i < 600; i++)
        {
            File.Copy(CliRunner.Sample(samples[i % samples.Length]), Path.Combine(_folder, $"m{i:D4}-{samples[i % samples.Length]}"));
        }

        var (exit, output, _) = CliRunner.Run("analyze", _folder, "--format", "json");

        Assert.Equal(0, exit);
        var sources = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!))
            .ToList();
        Assert.Equal(600, sources.Count);
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
    }
}
