using System.Text.Json;

namespace OutlookGuard.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void JsonFormat_PrintsTheWholeContractPerMessage()
    {
        var (exit, output, error) = CliRunner.Run("analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--format", "json", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.EndsWith("colleague-reply-to-gmail.eml", root.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("verdict").GetString(), new[] { "safe", "caution", "danger" });
        Assert.True(root.TryGetProperty("banner", out _));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("findings").ValueKind);
        var message = root.GetProperty("message");
        Assert.Equal("haruto.mori@hanabi-foods.co.jp", message.GetProperty("from")[0].GetProperty("address").GetString());
        Assert.Equal("haruto.mori.office@gmail.com", message.GetProperty("replyTo")[0].GetProperty("address").GetString());
        Assert.Equal("kt4921@sunshine-broadband.example", message.GetProperty("returnPath").GetProperty("address").GetString());
        Assert.Equal(2, message.GetProperty("to").GetArrayLength());
        Assert.Equal("198.51.100.77", message.GetProperty("origin").GetProperty("ip").GetString());
        Assert.Equal("US", message.GetProperty("origin").GetProperty("country").GetString());
        Assert.Equal("Anonymous", message.GetProperty("exchange").GetProperty("authAs").GetString());
        Assert.Equal("fail", message.GetProperty("authenticationResults")[0].GetProperty("results")[3].GetProperty("result").GetString());
        Assert.Contains("suddenly need money", message.GetProperty("bodyPreview").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_AnalyzesEveryEmlAndTxtInNameOrder()
    {
        var (exit, output, _) = CliRunner.Run("analyze", Path.Combine(AppContext.BaseDirectory, "samples"), "--format", "json");

        Assert.Equal(0, exit);
        var sources = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!)
            .Select(Path.GetFileName)
            .ToList();
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        Assert.Equal(Directory.GetFiles(folder, "*.eml").Length + Directory.GetFiles(folder, "*.txt").Length, sources.Count);
        Assert.Contains("newsletter-constantcontact.txt", sources);
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        Assert.DoesNotContain("policy.json", sources);
    }

    [Fact]
    public void Folder_TextFormat_EndsWithOneLineSummary()
    {
        var (exit, output, _) = CliRunner.Run("analyze", Path.Combine(AppContext.BaseDirectory, "samples"), "--policy", CliRunner.Sample("policy.json"), "--lang", "en");

        Assert.Equal(0, exit);
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.Equal("6 messages: 2 danger, 1 caution, 3 safe; 0 unreadable", last);
    }

    [Fact]
    public void MissingFileAmongGoodOnes_SummaryCountsItUnreadable()
    {
        var (exit, output, _) = CliRunner.Run("analyze", "/nonexistent/a.eml", CliRunner.Sample("colleague-legitimate.eml"), "--lang", "ja");

        Assert.Equal(3, exit);
        Assert.EndsWith("2 件: 危険 0、注意 0、問題なし 1、読み取れないもの 1", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void SafeMessage_SaysSoInOneSentence()
    {
        var (_, output, _) = CliRunner.Run("analyze", CliRunner.Sample("colleague-legitimate.eml"), "--lang", "en");

        Assert.Contains("  SAFE  No warning signs found.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("messages:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderOnlyFile_IsAnalyzed()
    {
        var (exit, output, _) = CliRunner.Run("analyze", CliRunner.Sample("newsletter-constantcontact.txt"), "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"memberservices@wtvi.org\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileAmongGoodOnes_Exits3AndStillAnalyzesTheOthers()
    {
        var missing = Path.Combine(Path.GetTempPath(), "outlookguard-missing-" + Guid.NewGuid() + ".eml");

        var (exit, output, error) = CliRunner.Run("analyze", missing, CliRunner.Sample("colleague-legitimate.eml"), "--format", "json");

        Assert.Equal(3, exit);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("no such file or folder", lines[0].GetProperty("error").GetString());
        Assert.True(lines[1].TryGetProperty("verdict", out _));
    }

    [Fact]
    public void EmptyFile_IsNamedAsUnreadable()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var (exit, output, error) = CliRunner.Run("analyze", empty);

            Assert.Equal(3, exit);
            Assert.Contains("no header block found", error, StringComparison.Ordinal);
            Assert.Empty(output);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("analyze")]
    [InlineData("analyze x.eml --format xml")]
    [InlineData("analyze x.eml --lang fr")]
    [InlineData("analyze x.eml --bogus 1")]
    [InlineData("analyze x.eml --format")]
    [InlineData("frobnicate")]
    public void BadCommandLine_Exits2WithUsage(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFormat_PutsTheVerdictFirstThenThePath()
    {
        var (exit, output, _) = CliRunner.Run("analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--lang", "en");

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.Matches("^  (SAFE|CAUTION|DANGER)", lines[1]);
        Assert.Contains("Sending path (oldest first)", output, StringComparison.Ordinal);
        Assert.Contains("Origin: 198.51.100.77", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("Sending path", StringComparison.Ordinal) > output.IndexOf("Reply-To:", StringComparison.Ordinal));
    }

    [Fact]
    public void JapaneseText_IsPrintedInJapanese()
    {
        var (_, output, _) = CliRunner.Run("analyze", CliRunner.Sample("colleague-legitimate.eml"), "--lang", "ja");

        Assert.Contains("配送経路", output, StringComparison.Ordinal);
        Assert.Contains("森 陽翔", output, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidPolicy_Exits2AndNamesTheKey()
    {
        var policy = Path.GetTempFileName();
        try
        {
            File.WriteAllText(policy, """{ "Guard": { "InternalDomains": [ "not a domain" ] } }""");

            var (exit, _, error) = CliRunner.Run("analyze", CliRunner.Sample("colleague-legitimate.eml"), "--policy", policy);

            Assert.Equal(2, exit);
            Assert.Contains("Guard:InternalDomains:0", error, StringComparison.Ordinal);
            Assert.Contains("'not a domain'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(policy);
        }
    }
}
