using System.Runtime.InteropServices;
using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.Parsing.Received;

/// <summary>
/// Reads one Received header value (RFC 5321 §4.4, RFC 5322 §3.6.7) into a <see cref="ReceivedHop"/>,
/// tolerating the dialects real servers write: Exchange Online (<c>from X (ip) by Y (ip) with Microsoft SMTP
/// Server (version=TLS1_2, cipher=...) id ...; date</c>), Postfix and sendmail (<c>from helo (rdns [ip])
/// (using TLSv1.3 with cipher ...)</c>), Exim (<c>with esmtps (TLSv1.3:cipher:256)</c>), Gmail
/// (<c>(version=TLS1_3 cipher=... bits=256/256)</c>), qmail (<c>(qmail 1234 invoked from network)</c>),
/// ecelerity (<c>([ip:port] helo=name)</c>), IPv6 literals, keywords in any case, and a date with or
/// without the ';' before it. A hand-written tokenizer, no regex, every loop bounded; never throws.
/// </summary>
public static class ReceivedParser
{
    private const int MaxProtocolWords = 3;
    private const int MaxCommentWords = 64;

    private enum Clause
    {
        None,
        From,
        By,
        Via,
        With,
        Id,
        For,
        Repeated,
    }

    /// <summary>
    /// True for protocols that state TLS: RFC 3848's ESMTPS, ESMTPSA, LMTPS, LMTPSA, RFC 6531's UTF8SMTPS,
    /// UTF8SMTPSA, UTF8LMTPS, UTF8LMTPSA, and SMTPS and HTTPS; in any case (Exim writes "esmtps").
    /// </summary>
    public static bool IsEncryptedProtocol(string? protocol)
    {
        if (string.IsNullOrWhiteSpace(protocol))
        {
            return false;
        }

        var p = protocol.Trim();
        return p.ToUpperInvariant() switch
        {
            "ESMTPS" or "ESMTPSA" or "LMTPS" or "LMTPSA" or "SMTPS" or "HTTPS" => true,
            "UTF8SMTPS" or "UTF8SMTPSA" or "UTF8LMTPS" or "UTF8LMTPSA" => true,
            _ => false,
        };
    }

    /// <summary>Parses one value; never throws. Unreadable parts stay null.</summary>
    /// <param name="value">The unfolded header value.</param>
    /// <param name="index">The hop's position, 0 = topmost.</param>
    public static ReceivedHop Parse(string value, int index) => Parse(value, index, new List<ReceivedToken>(32), older: null);

    /// <summary>
    /// <see cref="Parse(string, int)"/> with a token list that one chain reuses for all its hops, and the time of the
    /// hop below (older), from which the delay is measured.
    /// </summary>
    internal static ReceivedHop Parse(string value, int index, List<ReceivedToken> tokens, DateTimeOffset? older)
    {
        ArgumentNullException.ThrowIfNull(value);
        ReceivedTokenizer.Tokenize(value, tokens);

        var semicolon = tokens.FindLastIndex(t => t.Kind == ReceivedTokenKind.Semicolon);
        var clauseEnd = semicolon >= 0 ? semicolon : tokens.Count;
        DateTimeOffset? timestamp;
        if (semicolon >= 0)
        {
            timestamp = FindDate(Words(tokens, semicolon + 1, tokens.Count), out _);
        }
        else
        {
            var words = Words(tokens, 0, tokens.Count);
            timestamp = FindDate(words, out var dateWord);
            if (timestamp is not null)
            {
                clauseEnd = TokenIndexOfWord(tokens, dateWord);
            }
            else if (value.LastIndexOf(';') is var raw and >= 0)
            {
                // The ';' sat inside an unclosed comment or quote: read the date from the raw text after it.
                timestamp = FindDate(RawWords(value.AsSpan(raw + 1)), out _);
            }
        }

        var hop = new HopBuilder();
        var clause = Clause.None;
        var seen = 0;
        for (var k = 0; k < clauseEnd; k++)
        {
            var token = tokens[k];
            if (token.Kind == ReceivedTokenKind.Comment)
            {
                hop.ReadTls(token.Text);
                if (clause == Clause.From)
                {
                    hop.ReadFromComment(token.Text);
                }

                continue;
            }

            if (token.Kind != ReceivedTokenKind.Word)
            {
                continue;
            }

            if (Keyword(token.Text) is { } keyword)
            {
                var bit = 1 << (int)keyword;
                clause = (seen & bit) == 0 ? keyword : Clause.Repeated;
                seen |= bit;
                continue;
            }

            switch (clause)
            {
                case Clause.From:
                    hop.FromWord ??= token.Text;
                    break;
                case Clause.By:
                    hop.ByHost ??= Host(token.Text);
                    break;
                case Clause.With:
                    hop.AddProtocolWord(token.Text);
                    break;
                default:
                    break;
            }
        }

        return hop.Build(index, timestamp, timestamp - older);
    }

    private static Clause? Keyword(string word) => word.Length switch
    {
        2 when Is(word, "BY") => Clause.By,
        2 when Is(word, "ID") => Clause.Id,
        3 when Is(word, "VIA") => Clause.Via,
        3 when Is(word, "FOR") => Clause.For,
        4 when Is(word, "FROM") => Clause.From,
        4 when Is(word, "WITH") => Clause.With,
        _ => null,
    };

    private static bool Is(ReadOnlySpan<char> word, string expected) => word.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static List<string> Words(List<ReceivedToken> tokens, int start, int end)
    {
        var words = new List<string>();
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind == ReceivedTokenKind.Word)
            {
                words.Add(tokens[k].Text);
            }
        }

        return words;
    }

    private static int TokenIndexOfWord(List<ReceivedToken> tokens, int wordIndex)
    {
        var seen = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == ReceivedTokenKind.Word && seen++ == wordIndex)
            {
                return k;
            }
        }

        return tokens.Count;
    }

    private static List<string> RawWords(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        foreach (var range in text.SplitAny(" \t\r\n"))
        {
            var word = text[range].Trim("()");
            if (word.Length > 0)
            {
                words.Add(word.Length > ReceivedTokenizer.MaxTokenLength ? word[..ReceivedTokenizer.MaxTokenLength].ToString() : word.ToString());
                if (words.Count > ReceivedDate.MaxWords * 4)
                {
                    break;
                }
            }
        }

        return words;
    }

    // The earliest position among the last MaxWords words from which the rest reads as a date.
    private static DateTimeOffset? FindDate(List<string> words, out int start)
    {
        var first = Math.Max(0, words.Count - ReceivedDate.MaxWords);
        for (start = first; start < words.Count; start++)
        {
            if (ReceivedDate.CanStart(words[start]) && ReceivedDate.Parse(CollectionsMarshal.AsSpan(words)[start..]) is { } date)
            {
                return date;
            }
        }

        start = -1;
        return null;
    }

    // A host as written: a name, or an address literal kept in its canonical form.
    internal static string? Host(string word)
    {
        var trimmed = word.Trim().TrimEnd('.');
        if (trimmed.Length == 0)
        {
            return null;
        }

        return IpAddresses.Normalize(trimmed) ?? trimmed;
    }

    internal static bool IsHostName(string? word) => word is not null && IsHostName(word.AsSpan());

    private static bool IsHostName(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 253 || IpAddresses.TryParse(word) is not null
            || word.Equals("unknown", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var letter = false;
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c))
            {
                letter = true;
            }
            else if (!(char.IsAsciiDigit(c) || c is '.' or '-' or '_' || c > 127))
            {
                return false;
            }
        }

        return letter;
    }

    private sealed class HopBuilder
    {
        private readonly List<string> _protocol = [];
        private bool _protocolClosed;
        private string? _fromIp;
        private string? _reverseDns;
        private string? _helo;
        private string? _tlsVersion;
        private string? _tlsCipher;

        public string? FromWord { get; set; }

        public string? ByHost { get; set; }

        public void AddProtocolWord(string word)
        {
            if (_protocolClosed || _protocol.Count >= MaxProtocolWords || word.Length == 0 || char.IsAsciiDigit(word[0]))
            {
                _protocolClosed = true;
                return;
            }

            // Cisco Secure Email (IronPort) writes "ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256".
            if (word.Contains('/', StringComparison.Ordinal)
                && word.Split('/') is [var protocol, var tls, var cipher] && tls.StartsWith("TLS", StringComparison.OrdinalIgnoreCase))
            {
                _protocol.Add(protocol);
                _tlsVersion ??= tls.Length > 3 ? tls : null;
                _tlsCipher ??= cipher.Length > 0 ? cipher : null;
                _protocolClosed = true;
                return;
            }

            _protocol.Add(word);
        }

        // "(rdns [1.2.3.4])", "(2603:10b6::39)", "([10.0.0.1:47944] helo=name)", "(HELO name)", "(really [1.2.3.4])".
        public void ReadFromComment(string comment)
        {
            _protocolClosed |= _protocol.Count > 0;
            var text = comment.AsSpan();
            ReadOnlySpan<char> previous = default;
            var hasPrevious = false;
            var count = 0;
            foreach (var range in text.SplitAny(" \t,"))
            {
                if (++count > MaxCommentWords)
                {
                    break;
                }

                var word = text[range].Trim("()");
                if (word.Length == 0)
                {
                    continue;
                }

                if (word.StartsWith("helo=", StringComparison.OrdinalIgnoreCase))
                {
                    _helo ??= word[5..].ToString();
                }
                else if (hasPrevious && Is(previous, "helo"))
                {
                    _helo ??= word.ToString();
                }
                else if (_fromIp is null && IpAddresses.TryParse(word) is { } ip)
                {
                    _fromIp = ip.ToString();
                    var name = previous.TrimEnd('.');
                    if (hasPrevious && IsHostName(name)
                        && (name.Contains('.') || name.Equals("localhost", StringComparison.OrdinalIgnoreCase)))
                    {
                        _reverseDns = name.ToString();
                    }
                }

                previous = word;
                hasPrevious = true;
            }
        }

        // Exchange Online "(version=TLS1_2, cipher=X)", Exchange Server "(TLS)", Gmail/sendmail "(version=TLS1_3 cipher=X bits=256/256)",
        // Postfix "(using TLSv1.3 with cipher X (256/256 bits) ...)", Exim "(TLSv1.3:X:256)".
        public void ReadTls(string comment)
        {
            _protocolClosed |= _protocol.Count > 0;
            if (_tlsVersion is not null && _tlsCipher is not null)
            {
                return;
            }

            var text = comment.AsSpan();
            Span<Range> words = stackalloc Range[MaxCommentWords];
            var count = 0;
            foreach (var range in text.SplitAny(" \t,"))
            {
                var (offset, length) = range.GetOffsetAndLength(text.Length);
                var word = text.Slice(offset, length);
                var trimmedStart = word.Length - word.TrimStart("()").Length;
                word = word.Trim("()");
                if (word.Length > 0)
                {
                    words[count++] = new Range(offset + trimmedStart, offset + trimmedStart + word.Length);
                }

                if (count >= MaxCommentWords)
                {
                    break;
                }
            }

            for (var i = 0; i < count; i++)
            {
                var word = text[words[i]];
                if (word.StartsWith("version=", StringComparison.OrdinalIgnoreCase) && IsTlsVersion(word[8..]))
                {
                    _tlsVersion ??= word[8..].ToString();
                }
                else if (word.StartsWith("cipher=", StringComparison.OrdinalIgnoreCase) && word.Length > 7)
                {
                    _tlsCipher ??= word[7..].ToString();
                }
                else if (Is(word, "using") && i + 1 < count && IsTlsVersion(text[words[i + 1]]))
                {
                    _tlsVersion ??= text[words[i + 1]].ToString();
                }
                else if (Is(word, "cipher") && i > 0 && Is(text[words[i - 1]], "with") && i + 1 < count)
                {
                    _tlsCipher ??= text[words[i + 1]].ToString();
                }
                else if (i == 0 && IsTlsVersion(word) && word.IndexOf(':') is var first and >= 0
                    && word[(first + 1)..] is var rest && (rest.IndexOf(':') is var second && second >= 0 ? rest[..second] : rest) is { Length: > 0 } cipher)
                {
                    _tlsVersion ??= word[..first].ToString();
                    _tlsCipher ??= cipher.ToString();
                }
                else if (i == 0 && count == 1 && Is(word, "TLS"))
                {
                    // Exchange Server on premises: "with Microsoft SMTP Server (TLS) id 14.3...": TLS, version not stated.
                    _tlsVersion ??= "TLS";
                }
            }
        }

        public ReceivedHop Build(int index, DateTimeOffset? timestamp, TimeSpan? delay)
        {
            var fromLiteral = FromWord is null ? null : IpAddresses.Normalize(FromWord);
            var fromWord = FromWord?.TrimEnd('.');
            var fromHost = IsHostName(fromWord) ? fromWord : _reverseDns ?? (IsHostName(_helo) ? _helo : null);
            return new ReceivedHop(
                index,
                fromHost,
                _fromIp ?? fromLiteral,
                ByHost,
                Protocol(),
                _tlsVersion,
                _tlsCipher,
                timestamp,
                delay)
            {
                ReverseDns = _reverseDns,
            };
        }

        // Exchange's "Microsoft SMTP Server" on nearly every hop is not joined again.
        private string? Protocol() => _protocol switch
        {
            [] => null,
            [var one] => one,
            ["Microsoft", "SMTP", "Server"] => "Microsoft SMTP Server",
            _ => string.Join(' ', _protocol),
        };

        private static bool IsTlsVersion(ReadOnlySpan<char> word) =>
            word.StartsWith("TLS", StringComparison.OrdinalIgnoreCase) || word.StartsWith("SSL", StringComparison.OrdinalIgnoreCase);
    }
}
