using OutlookGuard.Core.History;
using static OutlookGuard.Core.Tests.Rules.RuleTestKit;

namespace OutlookGuard.Core.Tests.Relationship;

public sealed class MessageLanguageTests
{
    [Fact]
    public void ForefrontLang_WinsOverContentLanguageAndScript()
    {
        var facts = Parse("""
            X-Forefront-Antispam-Report: CIP:198.51.100.77;CTRY:US;LANG:en;SCL:1;DIR:INB;
            Content-Language: ja-JP
            From: a@example.com
            Subject: 会議の件

            明日の会議は十時からです。
            """);

        Assert.Equal("en", MessageLanguage.Of(facts));
    }

    [Fact]
    public void ContentLanguage_IsReadWhenExchangeStampedNone()
    {
        var facts = Parse("""
            Content-Language: ja-JP
            From: a@example.com
            Subject: Hello

            Hello
            """);

        Assert.Equal("ja", MessageLanguage.Of(facts));
    }

    [Theory]
    [InlineData("来週の会議の資料をお送りします。ご確認をお願いします。", "ja")]
    [InlineData("Please find attached the delivery schedule for next month.", "en")]
    [InlineData("Zoom の URL は https://example.com/j/123456789 です", "ja")]
    [InlineData("OK", null)]
    public void Script_TellsJapaneseFromLatin(string body, string? expected)
    {
        var facts = Parse($"""
            From: a@example.com

            {body}
            """);

        Assert.Equal(expected, MessageLanguage.Of(facts));
    }

    [Theory]
    [InlineData("ja-JP", "ja")]
    [InlineData("en-US, ja-JP", "en")]
    [InlineData(" EN ", "en")]
    [InlineData("x", null)]
    [InlineData("12", null)]
    public void Primary_IsTheFirstTagsPrimarySubtag(string tag, string? expected)
    {
        Assert.Equal(expected, MessageLanguage.Primary(tag));
    }
}
