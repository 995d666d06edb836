using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Tests.Text;

/// <summary>The one text fold and the one relayed-name detector that every matcher shares.</summary>
public sealed class TextHelperTests
{
    [Theory]
    [InlineData("Alice Example via dev", true)]
    [InlineData("'Christoph Fritz' via Clang Built Linux", true)]
    [InlineData("Haruto Mori (via Google Drive)", true)]
    [InlineData("森 陽翔 経由 開発チーム", true)]
    [InlineData("Ｈａｒｕｔｏ ＶＩＡ Ｄｒｉｖｅ", true)]
    [InlineData("Olivia Vianne", false)]
    [InlineData("Viaduct Billing", false)]
    [InlineData("森 陽翔", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void RelayedName_KnowsViaAndKeiyu(string? displayName, bool expected)
    {
        Assert.Equal(expected, RelayedName.IsRelayed(displayName));
    }

    [Fact]
    public void Fold_FullWidthAndCase_AreOneForm()
    {
        Assert.Equal("haruto mori", UnicodeText.Fold("ＨＡＲＵＴＯ\u3000Mori"));
    }

    [Fact]
    public void Fold_LoneSurrogate_DoesNotThrow()
    {
        Assert.Equal("a\ud800b", UnicodeText.Fold("A\ud800B"));
        Assert.Equal("a\uFFFDb", UnicodeText.Fold(UnicodeText.ReplaceLoneSurrogates("A\ud800B")));
    }

    [Fact]
    public void Words_SplitOnWhatIsNotAWordCharacter()
    {
        Assert.Equal(["robin-hood", "support"], UnicodeText.Words("robin-hood (support)", static c => char.IsLetterOrDigit(c) || c == '-'));
    }

    [Fact]
    public void CollapseWhitespace_FoldsRunsAndTrims()
    {
        Assert.Equal("a b c", UnicodeText.CollapseWhitespace("  a \t\r\n b\u0001c ", controlsAreSpace: true));
        Assert.Equal("a b\u0001c", UnicodeText.CollapseWhitespace("  a \t\r\n b\u0001c "));
    }
}
