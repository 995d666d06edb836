using OutlookGuard.Core.History;

namespace OutlookGuard.Core.Tests.Relationship;

public sealed class CorrespondenceHistoryTests
{
    private const string Sender = "haruto.mori@hanabi-foods.co.jp";

    private static HistoryMessage Item(string? language, string? origin = "internal", string[]? replyTo = null, int day = 0) =>
        new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day), replyTo ?? [], language, origin);

    [Fact]
    public void BothReads_AreFull_OneRead_IsPartial_NoRead_IsNone()
    {
        Assert.Equal(HistoryCompleteness.Full, CorrespondenceHistory.Build(Sender, [], 0).Completeness);
        Assert.Equal(HistoryCompleteness.Partial, CorrespondenceHistory.Build(Sender, [Item("ja")], null).Completeness);
        Assert.Equal(HistoryCompleteness.Partial, CorrespondenceHistory.Build(Sender, null, 2).Completeness);
        Assert.Equal(HistoryCompleteness.None, CorrespondenceHistory.Build(Sender, null, null).Completeness);
    }

    [Fact]
    public void ReceivedUnread_IsNeitherKnownNorFirstContact()
    {
        var history = CorrespondenceHistory.Build(Sender, null, 0);

        Assert.False(history.ReceivedKnown);
        Assert.False(history.IsKnownSender);
        Assert.False(history.IsFirstContact);
        Assert.Null(history.UsualLanguage);
    }

    [Fact]
    public void EightOfTen_InOneLanguage_IsSettled()
    {
        var history = CorrespondenceHistory.Build(Sender, [.. Enumerable.Range(0, 8).Select(i => Item("ja", day: i)), Item("en", day: 9), Item("en", day: 10)], 0);

        Assert.Equal(new HistoryCount("ja", 8), history.UsualLanguage);
    }

    [Fact]
    public void SevenOfTen_InOneLanguage_IsNotSettled()
    {
        var history = CorrespondenceHistory.Build(Sender, [.. Enumerable.Range(0, 7).Select(i => Item("ja", day: i)), Item("en"), Item("en"), Item("en")], 0);

        Assert.Null(history.UsualLanguage);
    }

    [Fact]
    public void FourMessages_AreTooFewToSettleLanguageOrOrigin()
    {
        var history = CorrespondenceHistory.Build(Sender, [.. Enumerable.Range(0, 4).Select(i => Item("ja", day: i))], 0);

        Assert.True(history.IsKnownSender);
        Assert.Null(history.UsualLanguage);
        Assert.Null(history.UsualOrigin);
    }

    [Fact]
    public void TwoOrigins_HaveNoUsualOrigin()
    {
        var history = CorrespondenceHistory.Build(Sender, [.. Enumerable.Range(0, 6).Select(i => Item("ja", "JP", day: i)), Item("ja", "US")], 0);

        Assert.Null(history.UsualOrigin);
    }

    [Fact]
    public void ReplyTos_AreCountedWithTheirFirstAndLastUse_CaseFolded()
    {
        var history = CorrespondenceHistory.Build(
            Sender,
            [Item("en", replyTo: ["Support@Contoso.Freshdesk.com"], day: 0), Item("en", replyTo: ["support@contoso.freshdesk.com"], day: 40), Item("en")],
            null);

        var use = Assert.Single(history.ReplyTos);
        Assert.Equal("support@contoso.freshdesk.com", use.Address);
        Assert.Equal(2, use.Count);
        Assert.Equal(40, use.SpanDays);
        Assert.NotNull(history.ReplyToUseOf("SUPPORT@contoso.freshdesk.com"));
    }

    [Fact]
    public void History_IsAboutItsSenderOnly()
    {
        var history = CorrespondenceHistory.Build("Haruto.Mori@Hanabi-Foods.co.jp", [], 0);

        Assert.True(history.IsAbout(Sender));
        Assert.False(history.IsAbout("haruto.mori@hanabi-foods.com"));
        Assert.False(CorrespondenceHistory.Unknown.IsAbout(string.Empty));
    }
}
