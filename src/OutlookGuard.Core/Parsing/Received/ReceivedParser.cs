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
    public static ReceivedHop Parse(string value, int index)
    {
        ArgumentNullException.ThrowIfNull(value);
        var tokens = ReceivedTokenizer.Tokenize(value);

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
        var seen = new HashSet<Clause>();
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
                clause = seen.Add(keyword) ? keyword : Clause.Repeated;
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

        return hop.Build(index, timestamp);
    }

    private static Clause? Keyword(string word) => word.ToUpperInvariant() switch
    {
        "FROM" => Clause.From,
        "BY" => Clause.By,
        "VIA" => Clause.Via,
        "WITH" => Clause.With,
        "ID" => Clause.Id,
        "FOR" => Clause.For,
        _ => null,
    };

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
            if (ReceivedDate.CanStart(words[start]) && ReceivedDate.Parse(words.GetRange(start, words.Count - start)) is { } date)
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

    internal static bool IsHostName(string? word)
    {
        if (string.IsNullOrEmpty(word) || word.Length > 253 || IpAddresses.TryParse(word) is not null
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
            if (word.Split('/') is [var protocol, var tls, var cipher] && tls.StartsWith("TLS", StringComparison.OrdinalIgnoreCase))
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
            string? previous = null;
            var count = 0;
            foreach (var range in comment.AsSpan().SplitAny(" \t,"))
            {
                if (++count > MaxCommentWords)
                {
                    break;
                }

                var word = comment.AsSpan()[range].Trim("()").ToString();
                if (word.Length == 0)
                {
                    continue;
                }

                if (word.StartsWith("helo=", StringComparison.OrdinalIgnoreCase))
                {
                    _helo ??= word[5..];
                }
                else if (previous is not null && previous.Equals("helo", StringComparison.OrdinalIgnoreCase))
                {
                    _helo ??= word;
                }
                else if (_fromIp is null && IpAddresses.TryParse(word) is { } ip)
                {
                    _fromIp = ip.ToString();
                    if (previous?.TrimEnd('.') is { } name && IsHostName(name)
                        && (name.Contains('.', StringComparison.Ordinal) || name.Equals("localhost", StringComparison.OrdinalIgnoreCase)))
                    {
                        _reverseDns = previous!.TrimEnd('.');
                    }
                }

                previous = word;
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

            var words = new List<string>();
            foreach (var range in comment.AsSpan().SplitAny(" \t,"))
            {
                var word = comment.AsSpan()[range].Trim("()").ToString();
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                if (words.Count >= MaxCommentWords)
                {
                    break;
                }
            }

            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.StartsWith("version=", StringComparison.OrdinalIgnoreCase) && IsTlsVersion(word[8..]))
                {
                    _tlsVersion ??= word[8..];
                }
                else if (word.StartsWith("cipher=", StringComparison.OrdinalIgnoreCase) && word.Length > 7)
                {
                    _tlsCipher ??= word[7..];
                }
                else if (word.Equals("using", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && IsTlsVersion(words[i + 1]))
                {
                    _tlsVersion ??= words[i + 1];
                }
                else if (word.Equals("cipher", StringComparison.OrdinalIgnoreCase) && i > 0
                    && words[i - 1].Equals("with", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count)
                {
                    _tlsCipher ??= words[i + 1];
                }
                else if (i == 0 && IsTlsVersion(word) && word.Split(':') is [var version, var cipher, ..] && cipher.Length > 0)
                {
                    _tlsVersion ??= version;
                    _tlsCipher ??= cipher;
                }
                else if (i == 0 && words.Count == 1 && word.Equals("TLS", StringComparison.OrdinalIgnoreCase))
                {
                    // Exchange Server on premises: "with Microsoft SMTP Server (TLS) id 14.3...": TLS, version not stated.
                    _tlsVersion ??= "TLS";
                }
            }
        }

        public ReceivedHop Build(int index, DateTimeOffset? timestamp)
        {
            var fromLiteral = FromWord is null ? null : IpAddresses.Normalize(FromWord);
            var fromWord = FromWord?.TrimEnd('.');
            var fromHost = IsHostName(fromWord) ? fromWord : _reverseDns ?? (IsHostName(_helo) ? _helo : null);
            return new ReceivedHop(
                index,
                fromHost,
                _fromIp ?? fromLiteral,
                ByHost,
                _protocol.Count == 0 ? null : string.Join(' ', _protocol),
                _tlsVersion,
                _tlsCipher,
                timestamp,
                Delay: null)
            {
                ReverseDns = _reverseDns,
            };
        }

        private static bool IsTlsVersion(string word) =>
            word.StartsWith("TLS", StringComparison.OrdinalIgnoreCase) || word.StartsWith("SSL", StringComparison.OrdinalIgnoreCase);
    }
}
