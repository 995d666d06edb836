using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Tests.Text;

public sealed class PersonNameMatcherTests
{
    [Theory]
    [InlineData("Haruto Mori", "Haruto Mori")]
    [InlineData("haruto mori", "Haruto Mori")]
    [InlineData("HARUTO MORI", "Haruto Mori")]
    [InlineData("Mori Haruto", "Haruto Mori")] // family name first
    [InlineData("Mori, Haruto", "Haruto Mori")]
    [InlineData("Haruto.Mori", "Haruto Mori")]
    [InlineData("Ｈａｒｕｔｏ　Ｍｏｒｉ", "Haruto Mori")] // full-width letters and the ideographic space
    [InlineData("Haruto M0ri", "Haruto Mori")] // digit zero for o
    [InlineData("Haruto M\u043Eri", "Haruto Mori")] // Cyrillic о
    [InlineData("Mr. Haruto Mori", "Haruto Mori")]
    [InlineData("Dr Haruto Mori", "Haruto Mori")]
    [InlineData("Mori-san", "Mori")]
    [InlineData("Haruto Mori (Hanabi Foods)", "Haruto Mori")]
    [InlineData("Haruto Mori, CEO", "Haruto Mori")]
    [InlineData("森陽翔", "森 陽翔")] // with and without the space
    [InlineData("森　陽翔", "森 陽翔")] // ideographic space
    [InlineData("陽翔 森", "森 陽翔")]
    [InlineData("陽翔森", "森 陽翔")]
    [InlineData("森 陽翔 様", "森 陽翔")]
    [InlineData("森陽翔様", "森 陽翔")]
    [InlineData("森陽翔さん", "森 陽翔")]
    [InlineData("社長 森陽翔", "森 陽翔")]
    [InlineData("代表取締役社長 森 陽翔", "森 陽翔")]
    [InlineData("森 陽翔（花火食品）", "森 陽翔")]
    [InlineData("モリ・ハルト", "モリ ハルト")]
    [InlineData("ﾓﾘ ﾊﾙﾄ", "モリ ハルト")] // half-width katakana
    [InlineData("Joshua Kamdjou", "Joshua Kamdjou")]
    public void IsMatch_SameNameAsShown_ReturnsTrue(string displayName, string protectedName)
    {
        Assert.True(PersonNameMatcher.IsMatch(displayName, protectedName));
    }

    [Theory]
    [InlineData("Haruto Morita", "Haruto Mori")]
    [InlineData("Haruko Mori", "Haruto Mori")] // one letter apart is another person
    [InlineData("Yuko Sato", "Yuki Sato")]
    [InlineData("Haruto", "Haruto Mori")] // a given name alone
    [InlineData("Mori", "Haruto Mori")]
    [InlineData("森", "森 陽翔")]
    [InlineData("森社長", "森 陽翔")]
    [InlineData("林 陽翔", "森 陽翔")]
    [InlineData("森 陽太", "森 陽翔")]
    [InlineData("PBS Charlotte", "Haruto Mori")]
    [InlineData("Haruto Mori and the Hanabi Foods sales team", "Haruto Mori")] // too many extra words
    [InlineData("様", "森 陽翔")] // titles only
    [InlineData("", "Haruto Mori")]
    [InlineData("Haruto Mori", "")]
    [InlineData(null, "Haruto Mori")]
    public void IsMatch_OtherName_ReturnsFalse(string? displayName, string? protectedName)
    {
        Assert.False(PersonNameMatcher.IsMatch(displayName, protectedName));
    }

    [Fact]
    public void Normalize_DropsTitlesAndKeepsWordsInOrder()
    {
        var key = PersonNameMatcher.Normalize("Dr. Haruto  MORI");

        Assert.Equal("Dr. Haruto  MORI", key.Name);
        Assert.Equal(2, key.Words.Count);
        Assert.Equal(key.Joined, string.Concat(key.Words));
        Assert.Equal(PersonNameMatcher.Normalize("haruto mori").Joined, key.Joined);
    }

    [Fact]
    public void Normalize_TitlesOnly_GivesAnEmptyKey()
    {
        Assert.Empty(PersonNameMatcher.Normalize("部長 様").Words);
    }

    [Fact]
    public void Normalize_LoneSurrogate_DoesNotThrow()
    {
        var key = PersonNameMatcher.Normalize("Haruto \uD800Mori");

        Assert.NotEmpty(key.Words);
    }
}
