using System.Text;

namespace OutlookGuard.Core.Parsing.Received;

/// <summary>
/// Cuts a Received value into words, comments and semicolons in one forward pass: every character is
/// looked at once, nesting is a counter (no recursion), and the output is bounded, so hostile input
/// (unbalanced or deeply nested parentheses, very long values) costs linear time and little memory.
/// </summary>
internal static class ReceivedTokenizer
{
    /// <summary>Characters of a value read; real Received values are far shorter.</summary>
    public const int MaxValueLength = 16 * 1024;

    /// <summary>Tokens kept per value.</summary>
    public const int MaxTokens = 256;

    /// <summary>Characters kept of one word or comment (the rest is skipped, not split).</summary>
    public const int MaxTokenLength = 512;

    public static List<ReceivedToken> Tokenize(string value)
    {
        var text = value.Length > MaxValueLength ? value.AsSpan(0, MaxValueLength) : value.AsSpan();
        var tokens = new List<ReceivedToken>(32);
        var buffer = new StringBuilder();
        var i = 0;
        while (i < text.Length && tokens.Count < MaxTokens)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == ')')
            {
                // A stray ')' closes nothing: it is skipped like space.
                i++;
                continue;
            }

            buffer.Clear();
            switch (c)
            {
                case ';':
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Semicolon, ";"));
                    i++;
                    break;
                case '(':
                    i = Comment(text, i + 1, buffer);
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Comment, buffer.ToString()));
                    break;
                case '"':
                    i = Quoted(text, i + 1, buffer);
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Word, buffer.ToString()));
                    break;
                case '<':
                    i = Angle(text, i, buffer);
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Word, buffer.ToString()));
                    break;
                default:
                    i = Word(text, i, buffer);
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Word, buffer.ToString()));
                    break;
            }
        }

        return tokens;
    }

    // From just after '(' to just after the matching ')', or to the end when it never closes.
    private static int Comment(ReadOnlySpan<char> text, int i, StringBuilder buffer)
    {
        var depth = 1;
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '\\' && i < text.Length)
            {
                Append(buffer, text[i++]);
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                break;
            }

            Append(buffer, char.IsControl(c) ? ' ' : c);
        }

        return i;
    }

    private static int Quoted(ReadOnlySpan<char> text, int i, StringBuilder buffer)
    {
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '\\' && i < text.Length)
            {
                Append(buffer, text[i++]);
            }
            else if (c == '"')
            {
                break;
            }
            else
            {
                Append(buffer, c);
            }
        }

        return i;
    }

    // <addr> kept whole, including a quoted display part with its own brackets: <"a" <a@b>>.
    private static int Angle(ReadOnlySpan<char> text, int i, StringBuilder buffer)
    {
        var depth = 0;
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ';' && !quoted && depth > 0)
            {
                // An angle address never holds a bare ';': the '<' was not closed, and the date follows.
                break;
            }

            i++;
            Append(buffer, char.IsControl(c) ? ' ' : c);
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '<')
            {
                depth++;
            }
            else if (!quoted && c == '>' && --depth == 0)
            {
                break;
            }
        }

        return i;
    }

    private static int Word(ReadOnlySpan<char> text, int i, StringBuilder buffer)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '(' or ')' or ';' or '"' or '<')
            {
                break;
            }

            Append(buffer, c);
            i++;
        }

        return i;
    }

    private static void Append(StringBuilder buffer, char c)
    {
        if (buffer.Length < MaxTokenLength)
        {
            buffer.Append(c);
        }
    }
}
