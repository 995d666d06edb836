using System.Net;
using OutlookGuard.Core;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.GeoIp.Tests;

public sealed class MaxMindGeolocatorTests : IDisposable
{
    private static readonly string CountryDb = Path.Combine(AppContext.BaseDirectory, "TestData", "GeoLite2-Country-Test.mmdb");
    private static readonly string AsnDb = Path.Combine(AppContext.BaseDirectory, "TestData", "GeoLite2-ASN-Test.mmdb");

    private readonly MaxMindGeolocator _geolocator = new(CountryDb);

    public void Dispose() => _geolocator.Dispose();

    [Theory]
    [InlineData("81.2.69.142", "GB", "81.2.69.142/31")]
    [InlineData("67.43.156.1", "BT", "67.43.156.0/24")]
    [InlineData("2001:218::1", "JP", "2001:218::/32")]
    [InlineData("2a02:d180::77", "DE", "2a02:d180::/29")]
    [InlineData("::ffff:81.2.69.143", "GB", "81.2.69.142/31")]
    public void KnownAddress_ReturnsCountryAndNetwork(string ip, string country, string network)
    {
        var location = _geolocator.Locate(IPAddress.Parse(ip));

        Assert.NotNull(location);
        Assert.Equal(country, location.Country);
        Assert.Equal(network, location.Network);
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.168.1.23")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("198.51.100.77")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    public void UnknownOrPrivateAddress_ReturnsNullWithoutThrowing(string ip)
    {
        Assert.Null(_geolocator.Locate(IPAddress.Parse(ip)));
    }

    [Fact]
    public void CountryDatabase_ReportsItsType()
    {
        Assert.Equal("GeoLite2-Country", _geolocator.DatabaseType);
    }

    [Fact]
    public void MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outlookguard-missing-{Guid.NewGuid():N}.mmdb");

        var error = Assert.Throws<FileNotFoundException>(() => new MaxMindGeolocator(path));

        Assert.Equal(path, error.FileName);
    }

    [Fact]
    public void CorruptFile_ThrowsInvalidData()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outlookguard-corrupt-{Guid.NewGuid():N}.mmdb");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))]);
        try
        {
            Assert.Throws<InvalidDataException>(() => new MaxMindGeolocator(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TruncatedDatabase_ThrowsInvalidData()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outlookguard-truncated-{Guid.NewGuid():N}.mmdb");
        var bytes = File.ReadAllBytes(CountryDb);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        try
        {
            Assert.Throws<InvalidDataException>(() => new MaxMindGeolocator(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AsnDatabase_IsRejectedWithItsType()
    {
        var error = Assert.Throws<InvalidDataException>(() => new MaxMindGeolocator(AsnDb));

        Assert.Contains("GeoLite2-ASN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageWithoutCtry_GetsCountryFromGeoIp()
    {
        // A Postfix-style chain (the form of the real samples) whose sending address is one of the test database's networks.
        const string headers = """
            Received: from mail.example.net (mail.example.net [81.2.69.142])
            	by mx.contoso.example (Postfix) with ESMTPS id 4AH9CbTq
            	for <yui.sato@contoso.example>; Tue, 17 Nov 2026 09:12:41 +0000 (UTC)
            From: a@example.net
            Subject: hello

            """;

        var facts = GuardEngine.Create(new GuardPolicy(), new GuardEngineOptions { Geolocator = _geolocator }).GetEngineOrThrow().ReadFacts(MessageInput.FromText(headers));

        Assert.NotNull(facts.Origin);
        Assert.Equal("81.2.69.142", facts.Origin.Ip);
        Assert.Equal("received", facts.Origin.IpSource);
        Assert.Equal("GB", facts.Origin.Country);
        Assert.Equal("geoip", facts.Origin.CountrySource);
        Assert.Equal("81.2.69.142/31", facts.Origin.Network);
    }

    [Fact]
    public void MessageWithCtry_KeepsExchangeOnlineCountry()
    {
        const string headers = """
            Received: from mail.example.net (81.2.69.142) by
             TY2PEPF0000AB87.mail.protection.outlook.com (10.167.248.5) with Microsoft SMTP
             Server id 15.20.8158.14 via Frontend Transport; Tue, 17 Nov 2026 09:12:41
             +0000
            X-Forefront-Antispam-Report: CIP:81.2.69.142;CTRY:US;LANG:en;SCL:1;DIR:INB;
            From: a@example.net

            """;

        var facts = GuardEngine.Create(new GuardPolicy(), new GuardEngineOptions { Geolocator = _geolocator }).GetEngineOrThrow().ReadFacts(MessageInput.FromText(headers));

        Assert.Equal("US", facts.Origin!.Country);
        Assert.Equal("forefront-ctry", facts.Origin.CountrySource);
        Assert.Null(facts.Origin.Network);
    }
}
