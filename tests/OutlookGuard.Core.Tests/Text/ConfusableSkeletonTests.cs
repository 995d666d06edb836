using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Tests.Text;

public sealed class ConfusableSkeletonTests
{
    [Fact]
    public void EmbeddedTable_HoldsTheUnicodeData()
    {
        // confusables.txt 14.0.0 has 6,311 data lines, each with one source character.
        Assert.Equal(6311, ConfusableSkeleton.Default.Count);
    }

    [Theory]
    [InlineData("p\u0430ypal", "paypal")] // Cyrillic а
    [InlineData("m", "rn")]
    [InlineData("hanabi-f00ds", "hanabi-fOOds")]
    [InlineData("paypa1", "paypal")]
    [InlineData("\u03BF", "o")] // Greek omicron
    [InlineData("ー", "一")] // Katakana prolonged sound mark and the kanji for one
    [InlineData("ロ", "口")] // Katakana ro and the kanji for mouth
    [InlineData("pay\u200Bpal", "paypal")] // zero-width space is default-ignorable
    public void ConfusableStrings_HaveEqualSkeletons(string left, string right)
    {
        Assert.Equal(ConfusableSkeleton.Of(left), ConfusableSkeleton.Of(right));
    }

    [Theory]
    [InlineData("paypal", "paypai")]
    [InlineData("hanabi", "hanabe")]
    [InlineData("森", "林")]
    public void DifferentStrings_HaveDifferentSkeletons(string left, string right)
    {
        Assert.NotEqual(ConfusableSkeleton.Of(left), ConfusableSkeleton.Of(right));
    }

    [Fact]
    public void Parse_SkipsMalformedLinesAndKeepsGoodOnes()
    {
        var table = ConfusableSkeleton.Parse("""
            # comment
            0430 ;	0061 ;	MA	# ( а → a )
            nonsense line
            ZZZZ ; 0061 ; MA
            D800 ; 0061 ; MA
            006D ;	0072 006E ;	MA	# ( m → rn )
            """);

        Assert.Equal(2, table.Count);
        Assert.Equal("rnarn", table.Skeleton("m\u0430m"));
    }

    [Fact]
    public void LoneSurrogate_DoesNotThrow()
    {
        var skeleton = ConfusableSkeleton.Of("a\uD800b");

        Assert.Equal(3, skeleton.Length);
    }
}
