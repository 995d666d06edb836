using System.Text.Json;

namespace OutlookGuard.Cli.Tests;

/// <summary><c>outlookguard reply-check</c>: the reply guard's answer over the bundled samples and policy.</summary>
public sealed class ReplyCheckCommandTests
{
    private static readonly string Seed = CliRunner.Sample("colleague-reply-to-gmail.eml");
    private static readonly string Policy = CliRunner.Sample("policy.json");

    [Fact]
    public void SeedReply_ToItsReplyTo_PrintsTheWarningAndTheReason()
    {
        var (exit, stdout, stderr) = CliRunner.Run("reply-check", Seed, "--to", "\"Haruto Mori\" <haruto.mori.office@gmail.com>", "--policy", Policy, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("warn: Your reply goes to haruto.mori.office@gmail.com, not to Haruto Mori (haruto.mori@hanabi-foods.co.jp).", lines[0], StringComparison.Ordinal);
        Assert.Equal("  haruto.mori.office@gmail.com  reply-to-divergence", lines[1]);
    }

    [Fact]
    public void SeedReply_ToItsFromAndAColleague_Allows()
    {
        var (exit, stdout, _) = CliRunner.Run("reply-check", Seed, "--to", "haruto.mori@hanabi-foods.co.jp, aoi.suzuki@hanabi-foods.co.jp", "--policy", Policy);

        Assert.Equal(0, exit);
        Assert.Equal("allow" + Environment.NewLine, stdout);
    }

    [Fact]
    public void NewMessage_ToALookalike_JsonNamesTheReason()
    {
        var (exit, stdout, _) = CliRunner.Run("reply-check", "--to", "tanaka@hanabi-fooods.co.jp", "--policy", Policy, "--format", "json", "--lang", "ja");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("warn", json.RootElement.GetProperty("action").GetString());
        Assert.Equal("lookalike-domain", json.RootElement.GetProperty("flagged")[0].GetProperty("reason").GetString());
        Assert.Contains("送信前に宛先を確認してください", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("original").ValueKind);
    }

    [Fact]
    public void WithoutThePolicy_TheSeedReplyStillWarns_TheFreemailReplyToIsEnough()
    {
        var (_, stdout, _) = CliRunner.Run("reply-check", Seed, "--to", "haruto.mori.office@gmail.com", "--lang", "en");

        Assert.StartsWith("warn: ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reply-check", "SEED")]
    [InlineData("reply-check", "SEED", "--to", "not an address,,")]
    [InlineData("reply-check", "SEED", "SEED", "--to", "a@b.example")]
    [InlineData("reply-check", "SEED", "--to", "a@b.example", "--format", "xml")]
    public void BadCommandLine_IsAUsageError(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run([.. args.Select(a => a == "SEED" ? Seed : a)]);

        Assert.Equal(2, exit);
        Assert.StartsWith("outlookguard: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOriginal_IsAnInputError()
    {
        var (exit, _, stderr) = CliRunner.Run("reply-check", CliRunner.Sample("no-such-file.eml"), "--to", "a@b.example");

        Assert.Equal(3, exit);
        Assert.Contains("no-such-file.eml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidPolicy_IsAUsageErrorNamingTheKey()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outlookguard-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "Guard": { "ReplyGuard": { "SendMode": "Block" } } }""");
        try
        {
            var (exit, _, stderr) = CliRunner.Run("reply-check", Seed, "--to", "a@b.example", "--policy", path);

            Assert.Equal(2, exit);
            Assert.Contains("Guard:ReplyGuard:SendMode", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
