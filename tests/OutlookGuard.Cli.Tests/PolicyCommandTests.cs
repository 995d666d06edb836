namespace OutlookGuard.Cli.Tests;

public sealed class PolicyCommandTests
{
    [Fact]
    public void BundledPolicy_IsValid()
    {
        var (exit, output, error) = CliRunner.Run("policy", "validate", CliRunner.Sample("policy.json"));

        Assert.True(exit == 0, error);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "Guard": { "Rules": { "no-such-rule": { "Enabled": false } } } }""", "Guard:Rules:no-such-rule")]
    [InlineData("""{ "Guard": { "InternalDomains": [ "contoso.com", "co.jp" ] } }""", "Guard:InternalDomains:1")]
    [InlineData("""{ "Guard": { "TrustedReplyToDomains": [ "user@zendesk.com" ] } }""", "Guard:TrustedReplyToDomains:0")]
    [InlineData("""{ "Guard": { "Tenants": { "not-a-guid": { } } } }""", "Guard:Tenants:not-a-guid")]
    [InlineData("""{ "Guard": { "NotificationSenders": [ "sharepointonline.com", "no reply@google.com" ] } }""", "Guard:NotificationSenders:1")]
    [InlineData("""{ "Guard": { "Tenants": { "72f988bf-86f1-41af-91ab-2d7cd011db47": { "InternalDomains": [ "bad domain" ] } } } }""", "Guard:Tenants:72f988bf-86f1-41af-91ab-2d7cd011db47:InternalDomains:0")]
    [InlineData("""{ "Policy": { } }""", "Guard")]
    [InlineData("""{ "Guard": { "InternalDomains": [ "contoso.com" }""", "not valid JSON")]
    [InlineData("""{ "Guard": { "InternalDomain": [ "contoso.com" ] } }""", "Guard:InternalDomain")]
    public void InvalidPolicy_Exits3AndNamesTheProblem(string json, string expected)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, json);

            var (exit, _, error) = CliRunner.Run("policy", "validate", file);

            Assert.Equal(3, exit);
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ThreeMistakes_NamesAllThreeInOneRun()
    {
        // A misspelled key, a severity that does not exist and a public suffix as a domain: all three named at once.
        var json = """
            {
              "Guard": {
                "InternalDomain": [ "hanabi-foods.co.jp" ],
                "ProtectedDomains": [ "co.jp" ],
                "Rules": { "reply-to-mismatch": { "Severity": "critical" } }
              }
            }
            """;
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, json);

            var (exit, _, error) = CliRunner.Run("policy", "validate", file);

            Assert.Equal(3, exit);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.Contains(lines, l => l.Contains("Guard:InternalDomain: is not a known setting. Did you mean 'InternalDomains'?", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Guard:ProtectedDomains:0: 'co.jp' is a public suffix", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Guard:Rules:reply-to-mismatch:Severity: 'critical' must be one of: info, low, medium, high.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void MisspelledRuleId_SuggestsTheNearestId()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "Guard": { "Rules": { "reply-to-mismach": { "Enabled": false } } } }""");

            var (exit, _, error) = CliRunner.Run("policy", "validate", file);

            Assert.Equal(3, exit);
            Assert.Contains("Did you mean 'reply-to-mismatch'?", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ListGivenAsString_NamesTheKeyAndTheExpectedKind()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "Guard": { "InternalDomains": "hanabi-foods.co.jp", "Rules": { "sending-origin": { "Enabled": "no" } } } }""");

            var (exit, _, error) = CliRunner.Run("policy", "validate", file);

            Assert.Equal(3, exit);
            Assert.Contains("Guard:InternalDomains: 'hanabi-foods.co.jp' must be a list.", error, StringComparison.Ordinal);
            Assert.Contains("Guard:Rules:sending-origin:Enabled: 'no' must be true or false.", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void MissingPolicyFile_Exits3()
    {
        var (exit, _, error) = CliRunner.Run("policy", "validate", "/nonexistent/policy.json");

        Assert.Equal(3, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
