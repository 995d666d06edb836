using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Core.Tests.Parsing.Received;

public sealed class ReceivedTokenizerTests
{
    [Fact]
    public void WordEnds_AreExactlyWhiteSpaceControlAndDelimiters()
    {
        for (var c = char.MinValue; ; c++)
        {
            var expected = char.IsWhiteSpace(c) || char.IsControl(c) || c is '(' or ')' or ';' or '"' or '<';
            Assert.True(expected == ReceivedTokenizer.WordEnds.Contains(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void CommentStops_AreExactlyParenthesesEscapeAndControls()
    {
        for (var c = char.MinValue; ; c++)
        {
            var expected = char.IsControl(c) || c is '(' or ')' or '\\';
            Assert.True(expected == ReceivedTokenizer.CommentStops.Contains(c), $"U+{(int)c:X4}");
            if (c == char.MaxValue)
            {
                break;
            }
        }
    }

    [Fact]
    public void Tokenize_NestedEscapedAndControlCharactersInComment_ReadAsOneComment()
    {
        var tokens = ReceivedTokenizer.Tokenize("from a (outer (inner) \\) x\tand\u0001y) by b");

        Assert.Equal(["from", "a", "outer (inner) ) x and y", "by", "b"], tokens.Select(t => t.Text));
        Assert.Equal(ReceivedTokenKind.Comment, tokens[2].Kind);
    }

    [Fact]
    public void Tokenize_UnclosedComment_RunsToTheEnd()
    {
        var tokens = ReceivedTokenizer.Tokenize("from a (never closed; Mon, 1 Jan 2024");

        Assert.Equal(["from", "a", "never closed; Mon, 1 Jan 2024"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_NonBreakingAndIdeographicSpaces_EndWords()
    {
        var tokens = ReceivedTokenizer.Tokenize("from a.example\u00A0(b)\u3000by c.example;\u2003Mon, 1 Jan 2024");

        Assert.Equal(
            ["from", "a.example", "b", "by", "c.example", ";", "Mon,", "1", "Jan", "2024"],
            tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_VeryLongWord_KeepsItsFirstCharactersAndGoesOn()
    {
        var tokens = ReceivedTokenizer.Tokenize("from " + new string('a', 5000) + " by b.example");

        Assert.Equal(["from", new string('a', ReceivedTokenizer.MaxTokenLength), "by", "b.example"], tokens.Select(t => t.Text));
    }
}
