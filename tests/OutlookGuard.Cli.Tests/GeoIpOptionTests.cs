using System.Text.Json;

namespace OutlookGuard.Cli.Tests;

public sealed class GeoIpOptionTests
{
    // MaxMind's test database (see tests/OutlookGuard.GeoIp.Tests/TestData/SOURCES.md): 81.2.69.142/31 is GB.
    private static readonly string CountryDb = Path.Combine(AppContext.BaseDirectory, "geoip", "GeoLite2-Country-Test.mmdb");
    private static readonly string AsnDb = Path.Combine(AppContext.BaseDirectory, "geoip", "GeoLite2-ASN-Test.mmdb");

    private const string PostfixDelivered = """
        Received: from mail.example.net (mail.example.net [81.2.69.142])
        	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
        	by mx.contoso.example (Postfix) with ESMTPS id 4AH9CbTq
        	for <yui.sato@contoso.example>; Tue, 17 Nov 2026 09:12:41 +0000 (UTC)
        Received: from [192.168.1.23] (unknown [10.1.2.3])
        	by mail.example.net (Postfix) with ESMTPSA id 2D567ACC08;
        	Tue, 17 Nov 2026 09:12:40 +0000 (UTC)
        From: a@example.net
        To: yui.sato@contoso.example
        Subject: hello

        """;

    [Fact]
    public void GeoIp_WithoutCtry_ReportsCountryAndNetwork()
    {
        var input = WriteTemp(PostfixDelivered);
        try
        {
            var (exit, output, error) = CliRunner.Run("analyze", input, "--format", "json", "--geoip", CountryDb);

            Assert.Equal(0, exit);
            Assert.Empty(error);
            using var json = JsonDocument.Parse(output);
            var origin = json.RootElement.GetProperty("message").GetProperty("origin");
            Assert.Equal("81.2.69.142", origin.GetProperty("ip").GetString());
            Assert.Equal("received", origin.GetProperty("ipSource").GetString());
            Assert.Equal("GB", origin.GetProperty("country").GetString());
            Assert.Equal("geoip", origin.GetProperty("countrySource").GetString());
            Assert.Equal("81.2.69.142/31", origin.GetProperty("network").GetString());
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void TextReport_ShowsHopsTlsDelayAndOrigin()
    {
        var input = WriteTemp(PostfixDelivered);
        try
        {
            var (exit, output, _) = CliRunner.Run("analyze", input, "--lang", "en", "--geoip", CountryDb);

            Assert.Equal(0, exit);
            Assert.Contains("0. from mail.example.net [81.2.69.142], by mx.contoso.example, with ESMTPS, TLS TLSv1.3", output, StringComparison.Ordinal);
            Assert.Contains("+1s  <- entered here", output, StringComparison.Ordinal);
            Assert.Contains("Origin: 81.2.69.142 mail.example.net (received), country GB (geoip, 81.2.69.142/31)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void WithoutGeoIp_CountryStaysUnknown()
    {
        var input = WriteTemp(PostfixDelivered);
        try
        {
            var (exit, output, _) = CliRunner.Run("analyze", input, "--format", "json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            var origin = json.RootElement.GetProperty("message").GetProperty("origin");
            Assert.Equal("81.2.69.142", origin.GetProperty("ip").GetString());
            Assert.Equal(JsonValueKind.Null, origin.GetProperty("country").ValueKind);
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public void GeoIp_MissingFile_IsAUsageError()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"outlookguard-missing-{Guid.NewGuid():N}.mmdb");

        var (exit, output, error) = CliRunner.Run("analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--geoip", missing);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("--geoip: no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoIp_AsnDatabase_IsAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("analyze", CliRunner.Sample("colleague-reply-to-gmail.eml"), "--geoip", AsnDb);

        Assert.Equal(2, exit);
        Assert.Contains("--geoip: not a MaxMind Country or City database", error, StringComparison.Ordinal);
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"outlookguard-geoip-{Guid.NewGuid():N}.eml");
        File.WriteAllText(path, text.ReplaceLineEndings("\r\n"));
        return path;
    }
}
