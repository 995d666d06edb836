using OutlookGuard.Core.Domains;

namespace OutlookGuard.Core.Tests.Domains;

public sealed class IdnTests
{
    [Theory]
    [InlineData("Mail.Hanabi-Foods.CO.JP", "mail.hanabi-foods.co.jp")]
    [InlineData("hanabi-foods.co.jp.", "hanabi-foods.co.jp")]
    [InlineData("_dmarc.example.com", "_dmarc.example.com")]
    [InlineData("XN--ROBNHOOD-E2A.com", "xn--robnhood-e2a.com")]
    [InlineData("robínhood.com", "xn--robnhood-e2a.com")]
    [InlineData("花火食品.jp", "xn--jvrr75d72m72u.jp")]
    public void ValidDomain_GivesLowerCaseALabel(string text, string expected)
    {
        Assert.Equal(expected, Idn.ToAscii(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a..example.com")]
    [InlineData(".example.com")]
    [InlineData("[192.0.2.1]")]
    [InlineData("bad domain.example")]
    [InlineData("xn--.example")]
    public void NotADomain_GivesNull(string text)
    {
        Assert.Null(Idn.ToAscii(text));
    }

    [Fact]
    public void LabelOver63Characters_GivesNull()
    {
        Assert.Null(Idn.ToAscii(new string('a', 64) + ".example"));
        Assert.Equal(new string('a', 63) + ".example", Idn.ToAscii(new string('a', 63) + ".example"));
    }
}
