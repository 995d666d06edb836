using OutlookGuard.Core.Domains;

namespace OutlookGuard.Core.Tests.Domains;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("hanabi-foods", "hanabi-foods", 0)]
    [InlineData("hanabi-foods", "hanabi-food", 1)] // delete
    [InlineData("hanabi-foods", "hanabii-foods", 1)] // insert
    [InlineData("hanabi-foods", "hanabi-fooda", 1)] // substitute
    [InlineData("hanabi-foods", "hnaabi-foods", 1)] // adjacent swap
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void Compute_WithinBound_ReturnsTheDistance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(a, b, 3));
    }

    [Theory]
    [InlineData("kitten", "sitting", 1)]
    [InlineData("hanabi-foods", "minato-denki", 2)]
    [InlineData("a", "abcdef", 2)] // lengths alone exceed the bound
    public void Compute_BeyondBound_ReturnsBoundPlusOne(string a, string b, int max)
    {
        Assert.Equal(max + 1, EditDistance.Compute(a, b, max));
    }

    [Fact]
    public void Compute_NegativeBound_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EditDistance.Compute("a", "b", -1));
    }

    [Fact]
    public void Compute_VeryLongInput_StopsAtTheLengthCap()
    {
        var longText = new string('a', EditDistance.MaxLength + 1);

        Assert.Equal(2, EditDistance.Compute(longText, longText[..^1] + "b", 1));
        Assert.Equal(0, EditDistance.Compute(longText, longText, 1));
    }

    [Theory]
    [InlineData("hanabi", "hnaabi", true)]
    [InlineData("hanabi", "hanaib", true)]
    [InlineData("hanabi", "hanabi", false)]
    [InlineData("hanabi", "hanaba", false)]
    [InlineData("abcd", "badc", false)] // two swaps
    [InlineData("abc", "abcd", false)]
    public void IsAdjacentTransposition_FindsExactlyOneSwap(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsAdjacentTransposition(a, b));
    }
}
