using System.Text.Json;

namespace OutlookGuard.Cli.Tests;

/// <summary><c>analyze --mailbox DIR [--me ADDRESS]</c>: the message against the user's history from a folder of exported mail.</summary>
public sealed class MailboxOptionTests
{
    private static readonly string Mailbox = CliRunner.Sample("colleague-mailbox");

    private static JsonElement Analyze(params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(
            ["analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--policy", CliRunner.Sample("policy.json"), "--format", "json", "--lang", "en", .. extra]);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        return JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement.Clone();
    }

    private static JsonElement Finding(JsonElement result, string ruleId) =>
        result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == ruleId);

    [Fact]
    public void ColleagueSample_WithItsMailbox_ShowsNewReplyToAndLanguageShiftWithEvidence()
    {
        var result = Analyze("--mailbox", Mailbox);

        var newReplyTo = Finding(result, "new-reply-to");
        Assert.Equal("high", newReplyTo.GetProperty("severity").GetString());
        Assert.Contains(newReplyTo.GetProperty("evidence").EnumerateArray(), e =>
            e.GetProperty("header").GetString() == "history.received" && e.GetProperty("value").GetString() == "7 since 2025-04-14");
        var languageShift = Finding(result, "language-shift");
        Assert.Contains(languageShift.GetProperty("evidence").EnumerateArray(), e =>
            e.GetProperty("header").GetString() == "history.language" && e.GetProperty("value").GetString() == "ja 7/7");
        Assert.Equal("danger", result.GetProperty("verdict").GetString());
        Assert.StartsWith("Haruto Mori has never asked you to reply to", result.GetProperty("banner").GetString(), StringComparison.Ordinal);
        var relationship = result.GetProperty("relationship");
        Assert.Equal("full", relationship.GetProperty("completeness").GetString());
        Assert.Equal(7, relationship.GetProperty("received").GetInt32());
        Assert.Equal(2, relationship.GetProperty("sent").GetInt32());
    }

    [Fact]
    public void ColleagueSample_WithoutMailbox_KeepsTodaysVerdictAndHasNoRelationship()
    {
        var result = Analyze();

        Assert.Equal("danger", result.GetProperty("verdict").GetString());
        Assert.Equal("reply-to-mismatch", result.GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.False(result.TryGetProperty("relationship", out _));
        Assert.DoesNotContain(result.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() is "new-reply-to" or "language-shift" or "unusual-origin" or "first-contact");
    }

    [Fact]
    public void TextFormat_ShowsTheHistoryUnderTheSubject()
    {
        var (exit, output, _) = CliRunner.Run("analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--mailbox", Mailbox, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("  History:  7 earlier messages since 2025-04-14; 2 sent by you; languages ja 7/7; origins internal 7/7\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Me_OfAnotherUser_FindsNoSentItems()
    {
        var result = Analyze("--mailbox", Mailbox, "--me", "ren.takahashi@hanabi-foods.co.jp");

        Assert.Equal(0, result.GetProperty("relationship").GetProperty("sent").GetInt32());
        Assert.Equal(7, result.GetProperty("relationship").GetProperty("received").GetInt32());
    }

    [Fact]
    public void MailboxThatIsNoFolder_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--mailbox", "/nonexistent/mailbox");

        Assert.Equal(2, exit);
        Assert.Contains("--mailbox: no such folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MeWithoutMailbox_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--me", "yui.sato@hanabi-foods.co.jp");

        Assert.Equal(2, exit);
        Assert.Contains("--me needs --mailbox", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MailboxWithFilesThatAreNoMessages_SkipsThemAndSaysHowMany()
    {
        var folder = Directory.CreateTempSubdirectory("og-mailbox-");
        try
        {
            File.Copy(Path.Combine(Mailbox, "2025-04-14-haruto.eml"), Path.Combine(folder.FullName, "a.eml"));
            File.WriteAllBytes(Path.Combine(folder.FullName, "b.eml"), [0, 1, 2, 3]);
            File.WriteAllText(Path.Combine(folder.FullName, "c.txt"), "\n\nno headers here\n");

            var (exit, output, error) = CliRunner.Run("analyze", CliRunner.Sample("colleague-legitimate.eml"), "--mailbox", folder.FullName, "--format", "json");

            Assert.Equal(0, exit);
            Assert.Contains("2 files skipped", error, StringComparison.Ordinal);
            var relationship = JsonDocument.Parse(output).RootElement.GetProperty("relationship");
            Assert.Equal(1, relationship.GetProperty("received").GetInt32());
            // No sent/ folder: Sent Items are unknown, so the history is partial and never a first contact.
            Assert.Equal("partial", relationship.GetProperty("completeness").GetString());
            Assert.Equal(JsonValueKind.Null, relationship.GetProperty("sent").ValueKind);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
