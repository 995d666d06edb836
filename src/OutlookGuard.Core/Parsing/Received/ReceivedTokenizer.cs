using System.Buffers;

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

    /// <summary>
    /// What ends a bare word: every character <see cref="char.IsWhiteSpace(char)"/> or <see cref="char.IsControl(char)"/>
    /// calls so, and <c>( ) ; " &lt;</c>.
    /// </summary>
    internal static readonly SearchValues<char> WordEnds = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " ();\"<\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\u00A0"
        + "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    // What a comment's plain runs stop at: parentheses, the escape, and every character char.IsControl calls so.
    internal static readonly SearchValues<char> CommentStops = SearchValues.Create(
        "()\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    public static List<ReceivedToken> Tokenize(string value)
    {
        var tokens = new List<ReceivedToken>(32);
        Tokenize(value, tokens);
        return tokens;
    }

    /// <summary>Cuts <paramref name="value"/> into <paramref name="tokens"/>, which is cleared first (one list serves a whole chain).</summary>
    public static void Tokenize(string value, List<ReceivedToken> tokens)
    {
        tokens.Clear();
        var text = value.Length > MaxValueLength ? value.AsSpan(0, MaxValueLength) : value.AsSpan();
        var rented = ArrayPool<char>.Shared.Rent(MaxTokenLength);
        var buffer = rented.AsSpan(0, MaxTokenLength);
        var length = 0;
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

            length = 0;
            switch (c)
            {
                case ';':
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Semicolon, ";"));
                    i++;
                    break;
                case '(':
                    i = Comment(text, i + 1, buffer, ref length);
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Comment, new string(buffer[..length])));
                    break;
                case '"':
                    i = Quoted(text, i + 1, buffer, ref length);
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Word, Word(buffer[..length])));
                    break;
                case '<':
                    i = Angle(text, i, buffer, ref length);
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Word, new string(buffer[..length])));
                    break;
                default:
                    var end = text[i..].IndexOfAny(WordEnds) is var found and >= 0 ? i + found : text.Length;
                    tokens.Add(new ReceivedToken(ReceivedTokenKind.Word, Word(text[i..Math.Min(end, i + MaxTokenLength)])));
                    i = end;
                    break;
            }
        }

        ArrayPool<char>.Shared.Return(rented);
    }

    // From just after '(' to just after the matching ')', or to the end when it never closes. Runs of plain
    // characters are copied at once; only parentheses, escapes and control characters are looked at one by one.
    private static int Comment(ReadOnlySpan<char> text, int i, Span<char> buffer, ref int length)
    {
        var depth = 1;
        while (i < text.Length)
        {
            var stop = text[i..].IndexOfAny(CommentStops);
            var plain = stop < 0 ? text[i..] : text.Slice(i, stop);
            var room = Math.Min(plain.Length, buffer.Length - length);
            plain[..room].CopyTo(buffer[length..]);
            length += room;
            i += plain.Length;
            if (stop < 0)
            {
                break;
            }

            var c = text[i++];
            if (c == '\\' && i < text.Length)
            {
                Append(buffer, ref length, text[i++]);
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

            Append(buffer, ref length, char.IsControl(c) ? ' ' : c);
        }

        return i;
    }

    private static int Quoted(ReadOnlySpan<char> text, int i, Span<char> buffer, ref int length)
    {
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '\\' && i < text.Length)
            {
                Append(buffer, ref length, text[i++]);
            }
            else if (c == '"')
            {
                break;
            }
            else
            {
                Append(buffer, ref length, c);
            }
        }

        return i;
    }

    // <addr> kept whole, including a quoted display part with its own brackets: <"a" <a@b>>.
    private static int Angle(ReadOnlySpan<char> text, int i, Span<char> buffer, ref int length)
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
            Append(buffer, ref length, char.IsControl(c) ? ' ' : c);
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

    private static void Append(Span<char> buffer, ref int length, char c)
    {
        if (length < buffer.Length)
        {
            buffer[length++] = c;
        }
    }

    // The words every Received header repeats are not allocated again.
    private static string Word(ReadOnlySpan<char> word) => word switch
    {
        "from" => "from",
        "by" => "by",
        "with" => "with",
        "id" => "id",
        "for" => "for",
        "via" => "via",
        "Microsoft" => "Microsoft",
        "SMTP" => "SMTP",
        "Server" => "Server",
        "ESMTP" => "ESMTP",
        "ESMTPS" => "ESMTPS",
        "ESMTPSA" => "ESMTPSA",
        "HTTPS" => "HTTPS",
        "Frontend" => "Frontend",
        "Transport" => "Transport",
        "mapi" => "mapi",
        "Mon," => "Mon,",
        "Tue," => "Tue,",
        "Wed," => "Wed,",
        "Thu," => "Thu,",
        "Fri," => "Fri,",
        "Sat," => "Sat,",
        "Sun," => "Sun,",
        "Jan" => "Jan",
        "Feb" => "Feb",
        "Mar" => "Mar",
        "Apr" => "Apr",
        "May" => "May",
        "Jun" => "Jun",
        "Jul" => "Jul",
        "Aug" => "Aug",
        "Sep" => "Sep",
        "Oct" => "Oct",
        "Nov" => "Nov",
        "Dec" => "Dec",
        "+0000" => "+0000",
        "-0000" => "-0000",
        _ => new string(word),
    };
}
