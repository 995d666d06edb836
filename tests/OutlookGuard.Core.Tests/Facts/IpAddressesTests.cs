using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Tests.Facts;

public sealed class IpAddressesTests
{
    [Theory]
    [InlineData("208.75.123.162", "208.75.123.162")]
    [InlineData("[185.201.19.200]", "185.201.19.200")]
    [InlineData("[10.252.1.143:47944]", "10.252.1.143")]
    [InlineData("[IPv6:2001:DB8::1]", "2001:db8::1")]
    [InlineData("2a01:111:e400:7e0d:0:0:0:4f", "2a01:111:e400:7e0d::4f")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("fe80::1%eth0", "fe80::1")]
    [InlineData("127.0.0.1.", "127.0.0.1")]
    public void Normalize_ReadsHeaderForms(string text, string expected)
    {
        Assert.Equal(expected, IpAddresses.Normalize(text));
    }

    [Theory]
    [InlineData("15.20.3174.21")]
    [InlineData("1")]
    [InlineData("1.2.3")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("mail.example.com")]
    [InlineData("unix socket")]
    [InlineData("2001:db8::g")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_RejectsWhatIsNotAnAddress(string? text)
    {
        Assert.Null(IpAddresses.Normalize(text));
    }

    [Theory]
    [InlineData("208.75.123.162", true)]
    [InlineData("198.51.100.77", true)]
    [InlineData("2a01:111:e400:7e0d::4f", true)]
    [InlineData("2001:db8::1", true)]
    [InlineData("10.152.26.153", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.23", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("169.254.1.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::5d1b:2a4c:9e0f:1b2a", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:208.75.123.162", true)]
    public void IsPublic_TellsInternetFromInternal(string text, bool expected)
    {
        Assert.Equal(expected, IpAddresses.IsPublic(text));
    }

    [Theory]
    [InlineData("10.252.1.143", true)]
    [InlineData("172.20.4.1", true)]
    [InlineData("192.168.0.10", true)]
    [InlineData("100.72.14.9", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("169.254.1.1", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::5d1b:2a4c:9e0f:1b2a", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("198.51.100.77", false)]
    [InlineData("2001:db8::1", false)]
    public void IsPrivateOrLocal_TellsOwnNetworkFromTheRest(string text, bool expected)
    {
        Assert.Equal(expected, IpAddresses.IsPrivateOrLocal(IpAddresses.TryParse(text)!));
    }
}
