using System.Net;
using System.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Utils;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.AuthResults;
using OutlookGuard.Core.Parsing.Exchange;
using OutlookGuard.Core.Parsing.Received;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Parsing;

/// <summary>
/// Parses a message's headers once, tolerantly, into <see cref="MessageFacts"/>. Accepts a raw RFC 5322
/// header block, a whole .eml, or Graph's <c>internetMessageHeaders</c> pairs; the last are written back
/// into a header block first, so both inputs go through the same code and give the same facts.
/// Never throws for any input: what cannot be read becomes a <see cref="ParseIssue"/>.
/// </summary>
public static class MessageParser
{
    static MessageParser()
    {
        // Japanese mail is full of ISO-2022-JP and Shift_JIS encoded words; .NET only decodes them once the
        // code-page provider is registered (idempotent, process-wide, in-box).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static readonly string[] SingletonHeaders =
        ["From", "Sender", "Reply-To", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Return-Path"];

    /// <summary>Parses a header block or a whole message given as text (what Office.js <c>getAllInternetHeadersAsync</c> returns).</summary>
    public static MessageFacts Parse(string text, MessageParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= MessageParserOptions.Default;

        // Only the header block and the start of the body are read, so only that much is encoded:
        // a char is at least one UTF-8 byte, so the cut never shortens what the byte parser reads.
        var readable = options.Limits.MaxHeaderBytes + options.Limits.MaxBodyBytes + 4;
        var span = text.Length > readable ? text.AsSpan(0, readable) : text.AsSpan();
        return Parse(Encoding.UTF8.GetBytes(span.ToArray()), options);
    }

    /// <summary>Parses a header block or a whole message (.eml) given as bytes.</summary>
    public static MessageFacts Parse(ReadOnlySpan<byte> input, MessageParserOptions? options = null)
    {
        options ??= MessageParserOptions.Default;
        var issues = new IssueList(options.Limits.MaxIssues);
        var (headerBytes, bodyBytes) = Split(input, options.Limits, issues);
        return Build(headerBytes, bodyBytes, null, options, issues);
    }

    /// <summary>Parses Graph's <c>internetMessageHeaders</c> (name/value pairs, in message order) with an optional body preview.</summary>
    public static MessageFacts ParsePairs(IEnumerable<KeyValuePair<string, string>> headers, string? bodyPreview, MessageParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        options ??= MessageParserOptions.Default;
        var limits = options.Limits;
        var issues = new IssueList(limits.MaxIssues);
        var block = new StringBuilder();
        var count = 0;
        foreach (var (name, value) in headers)
        {
            // Every pair counts, valid or not, so a flood of bad names cannot keep the loop going.
            if (block.Length > limits.MaxHeaderBytes || count >= limits.MaxHeaderCount)
            {
                issues.Add(new ParseIssue("limit-header-count", null, "More headers than the analysis reads; the rest were ignored."));
                break;
            }

            count++;
            if (!IsFieldName(name))
            {
                issues.Add(new ParseIssue("header-name-invalid", null, "A header with an invalid name was ignored."));
                continue;
            }

            var text = value ?? string.Empty;
            if (text.Length > limits.MaxHeaderBytes)
            {
                issues.Add(new ParseIssue("limit-header-bytes", name, "The header block is larger than the analysis reads; the rest was ignored."));
                text = text[..limits.MaxHeaderBytes];
            }

            // Graph returns unfolded values; a CR or LF inside one would start a new header, so it becomes a space.
            block.Append(name).Append(": ").Append(text.Replace('\r', ' ').Replace('\n', ' ')).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(block.ToString());
        var preview = string.IsNullOrWhiteSpace(bodyPreview) ? null : Clip(Collapse(bodyPreview), limits.MaxBodyPreviewLength);
        return Build(bytes, [], preview, options, issues);
    }

    private static MessageFacts Build(byte[] headerBytes, byte[] bodyBytes, string? bodyPreview, MessageParserOptions options, IssueList issues)
    {
        var limits = options.Limits;
        var parserOptions = new ParserOptions
        {
            MaxAddressGroupDepth = limits.MaxAddressGroupDepth,
            AllowAddressesWithoutDomain = true,
            AddressParserComplianceMode = RfcComplianceMode.Looser,
            Rfc2047ComplianceMode = RfcComplianceMode.Looser,
            ParameterComplianceMode = RfcComplianceMode.Looser,
        };

        var headers = LoadHeaders(headerBytes, parserOptions, limits, issues, out var fieldCount);
        if (fieldCount == 0)
        {
            issues.Add(new ParseIssue("header-block-empty", null, "No header field was found."));
        }
        else if (headers.Count == 0)
        {
            issues.Add(new ParseIssue("header-block-unreadable", null, "The header block could not be read."));
        }

        if (bodyBytes.Length > 0)
        {
            bodyPreview = BodyPreview(headers, bodyBytes, limits);
        }

        if (fieldCount > limits.MaxHeaderCount)
        {
            issues.Add(new ParseIssue("limit-header-count", null, "More headers than the analysis reads; the rest were ignored."));
        }

        var reader = new Reader(parserOptions, limits, issues);
        var received = new List<string>();
        var authResults = new List<AuthResultsHeader>();
        var arcResults = new List<AuthResultsHeader>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var first = new Dictionary<string, Header>(StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var name = header.Field;
            counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
            first.TryAdd(name, header);

            if (name.Equals("Received", StringComparison.OrdinalIgnoreCase))
            {
                // One past the limit is kept so that ReceivedChain can tell the chain was cut.
                if (received.Count <= limits.MaxReceivedHops)
                {
                    received.Add(reader.Text(header) ?? string.Empty);
                }
            }
            else if (name.Equals("Authentication-Results", StringComparison.OrdinalIgnoreCase)
                || name.Equals("ARC-Authentication-Results", StringComparison.OrdinalIgnoreCase))
            {
                var list = name.Length == "Authentication-Results".Length ? authResults : arcResults;
                if (list.Count < limits.MaxAuthResultsHeaders && reader.AuthResults(header, i, list.Count) is { } parsed)
                {
                    list.Add(parsed);
                }
            }
        }

        var duplicated = SingletonHeaders.Where(h => counts.TryGetValue(h, out var c) && c > 1).ToArray();
        foreach (var name in duplicated)
        {
            issues.Add(new ParseIssue("header-duplicated", name, "The header appears more than once; the first one is used."));
        }

        // Read now, before the issues are handed over, so the facts carry every issue found while reading.
        var from = reader.Addresses(Get(first, "From"));
        var sender = reader.Addresses(Get(first, "Sender")) is [var s, ..] ? s : null;
        var replyTo = reader.Addresses(Get(first, "Reply-To"));
        var returnPath = reader.ReturnPath(Get(first, "Return-Path"));
        var to = reader.Addresses(Get(first, "To"));
        var cc = reader.Addresses(Get(first, "Cc"));
        var subject = reader.Text(Get(first, "Subject"));
        var date = reader.Date(Get(first, "Date"));
        var messageId = reader.Text(Get(first, "Message-ID"));
        var inReplyTo = reader.MessageIds(Get(first, "In-Reply-To"));
        var references = reader.MessageIds(Get(first, "References"));
        var listId = reader.Text(Get(first, "List-Id"));
        var listPost = reader.Text(Get(first, "List-Post"));
        var contentLanguage = reader.Text(Get(first, "Content-Language"));

        var forefront = ForefrontParser.Parse(reader.Text(Get(first, "X-Forefront-Antispam-Report")));
        var hopIssues = new List<ParseIssue>();
        var hops = ReceivedChain.Build(received, limits, hopIssues);
        foreach (var issue in hopIssues)
        {
            issues.Add(issue);
        }

        return new MessageFacts
        {
            From = from,
            Sender = sender,
            ReplyTo = replyTo,
            ReturnPath = returnPath,
            To = to,
            Cc = cc,
            Subject = subject,
            Date = date,
            MessageId = messageId,
            InReplyTo = inReplyTo,
            References = references,
            ListId = listId,
            ListPost = listPost,
            Received = hops,
            AuthenticationResults = authResults,
            ArcAuthenticationResults = arcResults,
            Forefront = forefront,
            Exchange = new ExchangeOrganization(
                AuthAs: reader.Text(Get(first, "X-MS-Exchange-Organization-AuthAs")),
                Scl: ForefrontParser.Int(reader.Text(Get(first, "X-MS-Exchange-Organization-SCL"))),
                MessageDirectionality: reader.Text(Get(first, "X-MS-Exchange-Organization-MessageDirectionality")),
                Bcl: ForefrontParser.ParseBcl(reader.Text(Get(first, "X-Microsoft-Antispam")))),
            DuplicatedHeaders = duplicated,
            Issues = issues.ToArray(),
            // Fields read as headers, plus those past the count limit (not read, so counted as written).
            HeaderCount = headers.Count + Math.Max(0, fieldCount - limits.MaxHeaderCount),
            ContentLanguage = contentLanguage,
            BodyPreview = bodyPreview,
        };
    }

    // Splits the block into fields in one pass (a line starting with a space or tab continues the field) and
    // lets MimeKit read each field on its own. MimeKit's HeaderList.Load grows its buffer per folded line, which
    // makes one header folded over thousands of lines cost quadratic time; field by field it stays linear.
    private static List<Header> LoadHeaders(byte[] block, ParserOptions options, ParseLimits limits, IssueList issues, out int fieldCount)
    {
        var headers = new List<Header>();
        fieldCount = 0;
        var start = 0;
        while (start < block.Length)
        {
            var end = start;
            while (true)
            {
                var eol = Array.IndexOf(block, (byte)'\n', end);
                if (eol < 0)
                {
                    end = block.Length;
                    break;
                }

                end = eol + 1;
                if (end >= block.Length || (block[end] != (byte)' ' && block[end] != (byte)'\t'))
                {
                    break;
                }
            }

            fieldCount++;
            if (headers.Count < limits.MaxHeaderCount)
            {
                if (Header.TryParse(options, block, start, end - start, out var header))
                {
                    headers.Add(header);
                }
                else
                {
                    issues.Add(new ParseIssue("header-malformed", null, "A line that is not a header field was ignored."));
                }
            }

            start = end;
        }

        return headers;
    }

    private static Header? Get(Dictionary<string, Header> first, string name) =>
        first.TryGetValue(name, out var header) ? header : null;

    // Splits the input at the first empty line: header block and body. Skips a BOM and an mbox "From " line.
    private static (byte[] Headers, byte[] Body) Split(ReadOnlySpan<byte> input, ParseLimits limits, IssueList issues)
    {
        if (input.StartsWith("\uFEFF"u8))
        {
            input = input[3..];
        }

        if (input.StartsWith("From "u8))
        {
            var eol = input.IndexOf((byte)'\n');
            input = eol < 0 ? [] : input[(eol + 1)..];
        }

        var end = FindHeaderEnd(input, out var bodyStart);
        var headerPart = input[..end];
        if (headerPart.Length > limits.MaxHeaderBytes)
        {
            issues.Add(new ParseIssue("limit-header-bytes", null, "The header block is larger than the analysis reads; the rest was ignored."));
            var cut = headerPart[..limits.MaxHeaderBytes].LastIndexOf((byte)'\n');
            headerPart = headerPart[..(cut < 0 ? limits.MaxHeaderBytes : cut + 1)];
        }

        var body = bodyStart < input.Length ? input[bodyStart..] : [];
        if (body.Length > limits.MaxBodyBytes)
        {
            body = body[..limits.MaxBodyBytes];
        }

        return (headerPart.ToArray(), body.ToArray());
    }

    private static int FindHeaderEnd(ReadOnlySpan<byte> input, out int bodyStart)
    {
        var lineStart = 0;
        while (lineStart < input.Length)
        {
            var rest = input[lineStart..];
            if (rest.StartsWith("\r\n"u8))
            {
                bodyStart = lineStart + 2;
                return lineStart;
            }

            if (rest[0] == (byte)'\n')
            {
                bodyStart = lineStart + 1;
                return lineStart;
            }

            var eol = rest.IndexOf((byte)'\n');
            if (eol < 0)
            {
                break;
            }

            lineStart += eol + 1;
        }

        bodyStart = input.Length;
        return input.Length;
    }

    // Only the MIME headers go to the MIME parser with the body: the others play no part in finding the
    // text, and re-reading them would cost the header block twice.
    private static string? BodyPreview(List<Header> headers, byte[] bodyBytes, ParseLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(bodyBytes.Length + 512);
            foreach (var header in headers)
            {
                if (header.RawValue.Length <= limits.MaxEncodedValueBytes
                    && (header.Field.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                        || header.Field.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
                        || header.Field.Equals("MIME-Version", StringComparison.OrdinalIgnoreCase)))
                {
                    stream.Write(header.RawField);
                    stream.WriteByte((byte)':');
                    stream.Write(header.RawValue);
                }
            }

            stream.Write("\r\n"u8);
            stream.Write(bodyBytes);
            stream.Position = 0;
            var parser = new MimeParser(new ParserOptions { MaxMimeDepth = 8 }, stream, MimeFormat.Entity);
            var message = parser.ParseMessage();
            var text = message.TextBody ?? StripTags(message.HtmlBody);
            return string.IsNullOrWhiteSpace(text) ? null : Clip(Collapse(text), limits.MaxBodyPreviewLength);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // A preview only: drops everything between '<' and '>' in one linear pass.
    private static string? StripTags(string? html)
    {
        if (html is null)
        {
            return null;
        }

        var sb = new StringBuilder(Math.Min(html.Length, 8192));
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
                sb.Append(' ');
            }
            else if (!inTag)
            {
                sb.Append(c);
            }

            if (sb.Length >= 8192)
            {
                break;
            }
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    internal static string Collapse(string text) => UnicodeText.CollapseWhitespace(text, controlsAreSpace: true, maxLength: 8192);

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..max];

    private static bool IsFieldName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 128)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c <= ' ' || c >= 127 || c == ':')
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Reader(ParserOptions options, ParseLimits limits, IssueList issues)
    {
        public string? Text(Header? header)
        {
            if (header is null)
            {
                return null;
            }

            string value;
            try
            {
                value = Decode(header);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or DecoderFallbackException)
            {
                issues.Add(new ParseIssue("header-undecodable", header.Field, "The header value could not be decoded."));
                return null;
            }

            value = value.Trim();
            if (value.Length > limits.MaxValueLength)
            {
                issues.Add(new ParseIssue("limit-value-length", header.Field, "The header value is longer than the analysis reads; it was cut."));
                value = value[..limits.MaxValueLength];
            }

            return value.Length == 0 ? null : value;
        }

        // Decodes encoded words (RFC 2047) and unfolds. A value longer than MaxEncodedValueBytes is decoded
        // only up to that many bytes (cut at a space so no encoded word is split), which bounds the work
        // an encoded-word bomb can ask for.
        private string Decode(Header header)
        {
            var raw = header.RawValue;
            if (raw.Length <= limits.MaxEncodedValueBytes)
            {
                return header.Value;
            }

            issues.Add(new ParseIssue("limit-value-length", header.Field, "The header value is longer than the analysis reads; it was cut."));
            var cut = Array.LastIndexOf(raw, (byte)' ', limits.MaxEncodedValueBytes - 1);
            var length = cut > 0 ? cut : limits.MaxEncodedValueBytes;
            return Header.Unfold(Rfc2047.DecodeText(options, raw, 0, length));
        }

        public IReadOnlyList<NamedAddress> Addresses(Header? header)
        {
            if (header is null)
            {
                return [];
            }

            if (!InternetAddressList.TryParse(options, header.RawValue, out var list))
            {
                if (Text(header) is not null)
                {
                    issues.Add(new ParseIssue("address-unreadable", header.Field, "The address list could not be read."));
                }

                return [];
            }

            var result = new List<NamedAddress>();
            if (!Flatten(list, result, depth: 0))
            {
                issues.Add(new ParseIssue("limit-addresses", header.Field, "More addresses than the analysis reads; the rest were ignored."));
            }

            return result;
        }

        public NamedAddress? ReturnPath(Header? header)
        {
            var text = Text(header);
            if (text is null || text is "<>")
            {
                return null;
            }

            if (MimeKit.MailboxAddress.TryParse(options, text, out var mailbox))
            {
                return Convert(mailbox);
            }

            issues.Add(new ParseIssue("address-unreadable", header!.Field, "The address could not be read."));
            return null;
        }

        public DateTimeOffset? Date(Header? header)
        {
            var text = Text(header);
            if (text is null)
            {
                return null;
            }

            if (DateUtils.TryParse(text, out var date))
            {
                return date;
            }

            issues.Add(new ParseIssue("date-unreadable", header!.Field, "The date could not be read."));
            return null;
        }

        public IReadOnlyList<string> MessageIds(Header? header)
        {
            var text = Text(header);
            if (text is null)
            {
                return [];
            }

            var ids = new List<string>();
            foreach (var id in MimeUtils.EnumerateReferences(text))
            {
                ids.Add(id);
                if (ids.Count >= limits.MaxMessageIds)
                {
                    break;
                }
            }

            return ids;
        }

        public AuthResultsHeader? AuthResults(Header header, int position, int ordinal)
        {
            if (header.RawValue.Length > limits.MaxEncodedValueBytes)
            {
                issues.Add(new ParseIssue("limit-value-length", header.Field, "The header value is longer than the analysis reads; it was cut."));
                return null;
            }

            if (!AuthenticationResults.TryParse(header.RawValue, out var parsed))
            {
                issues.Add(new ParseIssue("auth-results-unreadable", header.Field, "The authentication results could not be read."));
                return null;
            }

            var results = new List<AuthResult>(parsed.Results.Count);
            foreach (var method in parsed.Results.Take(limits.MaxAuthResultsPerHeader))
            {
                var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in method.Properties)
                {
                    properties.TryAdd($"{property.PropertyType}.{property.Property}".ToLowerInvariant(), property.Value);
                }

                if (!string.IsNullOrEmpty(method.Action))
                {
                    properties.TryAdd("action", method.Action);
                }

                results.Add(new AuthResult(
                    (method.Method ?? string.Empty).ToLowerInvariant(),
                    (method.Result ?? string.Empty).ToLowerInvariant(),
                    method.Reason,
                    method.ResultComment,
                    properties));
            }

            var authServId = parsed.AuthenticationServiceIdentifier;
            return new AuthResultsHeader(header.Field, position, ordinal, string.IsNullOrEmpty(authServId) ? null : authServId, parsed.Instance, results);
        }

        // False when the limit cut the list short.
        private bool Flatten(IEnumerable<InternetAddress> addresses, List<NamedAddress> result, int depth)
        {
            foreach (var address in addresses)
            {
                if (result.Count >= limits.MaxAddressesPerField)
                {
                    return false;
                }

                switch (address)
                {
                    case MimeKit.MailboxAddress mailbox:
                        result.Add(Convert(mailbox));
                        break;
                    case GroupAddress group when depth < limits.MaxAddressGroupDepth:
                        if (!Flatten(group.Members, result, depth + 1))
                        {
                            return false;
                        }

                        break;
                }
            }

            return true;
        }

        private NamedAddress Convert(MimeKit.MailboxAddress mailbox)
        {
            var name = string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim();
            if (name is not null && name.Length > limits.MaxValueLength)
            {
                name = name[..limits.MaxValueLength];
            }

            var address = mailbox.Address ?? string.Empty;
            if (address.Length > limits.MaxValueLength)
            {
                address = address[..limits.MaxValueLength];
            }

            var at = address.LastIndexOf('@');
            var domain = at >= 0 ? DomainName.TryCreate(address[(at + 1)..]) : null;
            return new NamedAddress(name, address, domain);
        }
    }
}
