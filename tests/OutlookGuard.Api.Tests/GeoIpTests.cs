using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookGuard.Api.Tests.Infrastructure;

namespace OutlookGuard.Api.Tests;

/// <summary><c>GeoIp:CountryDatabasePath</c>: the origin's country from MaxMind's test database when Exchange gives no CTRY.</summary>
[Collection(LocalCloudGroup.Name)]
public sealed class GeoIpTests(LocalCloud cloud)
{
    private static readonly string Database = Path.Combine(AppContext.BaseDirectory, "TestData", "GeoLite2-Country-Test.mmdb");

    // A Postfix-relayed message with no X-Forefront-Antispam-Report: only the Received chain names the origin.
    private const string PostfixHeaders = """
        Received: from mx.hanabi-foods.example (mx.hanabi-foods.example [10.1.2.10])
        	by mbox.hanabi-foods.example (Postfix) with ESMTPS id 4Q2wX81ZkJz9sW
        	for <yui.sato@hanabi-foods.example>; Tue, 17 Nov 2026 09:14:03 +0000 (UTC)
        Received: from relay.isp.example (relay.isp.example [81.2.69.142])
        	by mx.hanabi-foods.example (Postfix) with ESMTPS id 4Q2wX71YkJz9sV
        	for <yui.sato@hanabi-foods.example>; Tue, 17 Nov 2026 09:14:01 +0000 (UTC)
        From: Haruto Mori <haruto.mori@hanabi-foods.example>
        To: Yui Sato <yui.sato@hanabi-foods.example>
        Subject: Lunch
        Date: Tue, 17 Nov 2026 18:13:55 +0900
        Message-ID: <lunch.1@hanabi-foods.example>

        """;

    [Fact]
    public async Task CountryDatabaseConfigured_OriginCountryComesFromIt()
    {
        using var api = new ApiFactory(cloud, new Dictionary<string, string?> { ["GeoIp:CountryDatabasePath"] = Database });
        using var client = api.ClientWith(api.Token());

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = PostfixHeaders });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("GB (geoip)", OriginCountry(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task NoCountryDatabase_OriginHasNoCountry()
    {
        using var client = cloud.SharedApi.ClientWith(cloud.SharedApi.Token());

        using var response = await client.PostAsJsonAsync("/api/analysis", new { internetHeaders = PostfixHeaders });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(OriginCountry(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public void MissingDatabaseFile_FailsAtStart()
    {
        var error = ApiFactory.StartError(cloud, new Dictionary<string, string?> { ["GeoIp:CountryDatabasePath"] = "/nonexistent/country.mmdb" });

        Assert.Contains("GeoIp:CountryDatabasePath names a file that does not exist.", error, StringComparison.Ordinal);
    }

    private static string? OriginCountry(string json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var finding in document.RootElement.GetProperty("findings").EnumerateArray())
        {
            foreach (var evidence in finding.GetProperty("evidence").EnumerateArray())
            {
                if (evidence.GetProperty("header").GetString() == "origin-country")
                {
                    return evidence.GetProperty("value").GetString();
                }
            }
        }

        return null;
    }
}
