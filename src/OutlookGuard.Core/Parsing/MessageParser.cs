using System.Buffers;
using System.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Utils;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing.AuthResults;
using OutlookGuard.Core.Parsing.Exchange;
using OutlookGuard.Core.Parsing.Fields;
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
        // Hosts register the code pages first thing; this covers a caller that goes straight to the parser.
        MailEncodings.Register();
    }

    private static readonly FieldKind[] SingletonHeaders =
    [
        FieldKind.From, FieldKind.Sender, FieldKind.ReplyTo, FieldKind.To, FieldKind.Cc, FieldKind.Subject, FieldKind.Date,
        FieldKind.MessageId, FieldKind.InReplyTo, FieldKind.References, FieldKind.ReturnPath,
    ];

    /// <summary>Parses a header block or a whole message given as text (what Office.js <c>getAllInternetHeadersAsync</c> returns).</summary>
    public static MessageFacts Parse(string text, MessageParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= MessageParserOptions.Default;

        // Only the header block and the start of the body are read, so only that much is encoded:
        // a char is at least one UTF-8 byte, so the cut never shortens what the byte parser reads.
        var readable = options.Limits.MaxHeaderBytes + options.Limits.MaxBodyBytes + 4;
        var span = text.Length > readable ? text.AsSpan(0, readable) : text.AsSpan();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(span.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(span, buffer);
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a header block or a whole message (.eml) given as bytes.</summary>
    public static MessageFacts Parse(ReadOnlySpan<byte> input, MessageParserOptions? options = null)
    {
        options ??= MessageParserOptions.Default;
        var issues = new IssueList(options.Limits.MaxIssues);
        Split(input, options.Limits, issues, out var headerPart, out var body);

        // MimeKit reads from arrays: the header block is copied once into a pooled one, which no fact keeps.
        var block = ArrayPool<byte>.Shared.Rent(Math.Max(1, headerPart.Length));
        try
        {
            headerPart.CopyTo(block);
            return Build(block, headerPart.Length, body, null, options, issues);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
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
        return Build(bytes, bytes.Length, [], preview, options, issues);
    }

    private static MessageFacts Build(byte[] block, int blockLength, ReadOnlySpan<byte> body, string? bodyPreview, MessageParserOptions options, IssueList issues)
    {
        var limits = options.Limits;
        var parserOptions = ParserOptionsFor(limits);
        var fields = new FieldTable();
        try
        {
            fields.Scan(block.AsSpan(0, blockLength), limits, issues);
            return Build(block, fields, body, bodyPreview, parserOptions, limits, issues);
        }
        finally
        {
            fields.Dispose();
        }
    }

    private static MessageFacts Build(byte[] block, FieldTable fields, ReadOnlySpan<byte> body, string? bodyPreview, ParserOptions parserOptions, ParseLimits limits, IssueList issues)
    {
        if (fields.FieldCount == 0)
        {
            issues.Add(new ParseIssue("header-block-empty", null, "No header field was found."));
        }
        else if (fields.ReadCount == 0)
        {
            issues.Add(new ParseIssue("header-block-unreadable", null, "The header block could not be read."));
        }

        if (body.Length > 0)
        {
            bodyPreview = BodyText.Preview(block, fields, body, limits);
        }

        if (fields.FieldCount > limits.MaxHeaderCount)
        {
            issues.Add(new ParseIssue("limit-header-count", null, "More headers than the analysis reads; the rest were ignored."));
        }

        var reader = new Reader(block, parserOptions, limits, issues);
        var received = new List<string>();
        var authResults = new List<AuthResultsHeader>();
        var arcResults = new List<AuthResultsHeader>();
        foreach (var field in fields.Known)
        {
            if (field.Kind == FieldKind.Received)
            {
                // One past the limit is kept so that ReceivedChain can tell the chain was cut.
                if (received.Count <= limits.MaxReceivedHops)
                {
                    received.Add(reader.Text(field) ?? string.Empty);
                }
            }
            else if (field.Kind is FieldKind.AuthenticationResults or FieldKind.ArcAuthenticationResults)
            {
                var list = field.Kind == FieldKind.AuthenticationResults ? authResults : arcResults;
                if (list.Count < limits.MaxAuthResultsHeaders && reader.AuthResults(field, list.Count) is { } parsed)
                {
                    list.Add(parsed);
                }
            }
        }

        var duplicated = DuplicatedSingletons(fields);
        foreach (var name in duplicated)
        {
            issues.Add(new ParseIssue("header-duplicated", name, "The header appears more than once; the first one is used."));
        }

        // Read now, before the issues are handed over, so the facts carry every issue found while reading.
        var from = reader.Addresses(fields.First(FieldKind.From));
        var sender = reader.Addresses(fields.First(FieldKind.Sender)) is [var s, ..] ? s : null;
        var replyTo = reader.Addresses(fields.First(FieldKind.ReplyTo));
        var returnPath = reader.ReturnPath(fields.First(FieldKind.ReturnPath));
        var to = reader.Addresses(fields.First(FieldKind.To));
        var cc = reader.Addresses(fields.First(FieldKind.Cc));
        var subject = reader.Text(fields.First(FieldKind.Subject));
        var date = reader.Date(fields.First(FieldKind.Date));
        var messageId = reader.Text(fields.First(FieldKind.MessageId));
        var inReplyTo = reader.MessageIds(fields.First(FieldKind.InReplyTo));
        var references = reader.MessageIds(fields.First(FieldKind.References));
        var listId = reader.Text(fields.First(FieldKind.ListId));
        var listPost = reader.Text(fields.First(FieldKind.ListPost));
        var contentLanguage = reader.Text(fields.First(FieldKind.ContentLanguage));

        var forefront = ForefrontParser.Parse(reader.Text(fields.First(FieldKind.ForefrontReport)));
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
                AuthAs: reader.Text(fields.First(FieldKind.AuthAs)),
                Scl: ForefrontParser.Int(reader.Text(fields.First(FieldKind.Scl))),
                MessageDirectionality: reader.Text(fields.First(FieldKind.MessageDirectionality)),
                Bcl: ForefrontParser.ParseBcl(reader.Text(fields.First(FieldKind.MicrosoftAntispam)))),
            DuplicatedHeaders = duplicated,
            Issues = issues.ToArray(),
            // Fields read as headers, plus those past the count limit (not read, so counted as written).
            HeaderCount = fields.ReadCount + Math.Max(0, fields.FieldCount - limits.MaxHeaderCount),
            ContentLanguage = contentLanguage,
            BodyPreview = bodyPreview,
        };
    }

    private static string[] DuplicatedSingletons(FieldTable fields)
    {
        var count = 0;
        foreach (var kind in SingletonHeaders)
        {
            count += fields.Count(kind) > 1 ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var duplicated = new string[count];
        count = 0;
        foreach (var kind in SingletonHeaders)
        {
            if (fields.Count(kind) > 1)
            {
                duplicated[count++] = FieldNames.Usual(kind);
            }
        }

        return duplicated;
    }

    // Looser than RFC 5322 everywhere a real sender is known to be; one set of options per limits, shared.
    private static ParserOptions ParserOptionsFor(ParseLimits limits)
    {
        var cached = s_parserOptions;
        if (cached is not null && ReferenceEquals(cached.Limits, limits))
        {
            return cached.Options;
        }

        var options = new ParserOptions
        {
            MaxAddressGroupDepth = limits.MaxAddressGroupDepth,
            AllowAddressesWithoutDomain = true,
            AddressParserComplianceMode = RfcComplianceMode.Looser,
            Rfc2047ComplianceMode = RfcComplianceMode.Looser,
            ParameterComplianceMode = RfcComplianceMode.Looser,
        };
        s_parserOptions = new CachedOptions(limits, options);
        return options;
    }

    private static CachedOptions? s_parserOptions;

    private sealed record CachedOptions(ParseLimits Limits, ParserOptions Options);

    // Splits the input at the first empty line: header block and body. Skips a BOM and an mbox "From " line.
    private static void Split(ReadOnlySpan<byte> input, ParseLimits limits, IssueList issues, out ReadOnlySpan<byte> headerPart, out ReadOnlySpan<byte> body)
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
        headerPart = input[..end];
        if (headerPart.Length > limits.MaxHeaderBytes)
        {
            issues.Add(new ParseIssue("limit-header-bytes", null, "The header block is larger than the analysis reads; the rest was ignored."));
            var cut = headerPart[..limits.MaxHeaderBytes].LastIndexOf((byte)'\n');
            headerPart = headerPart[..(cut < 0 ? limits.MaxHeaderBytes : cut + 1)];
        }

        body = bodyStart < input.Length ? input[bodyStart..] : [];
        if (body.Length > limits.MaxBodyBytes)
        {
            body = body[..limits.MaxBodyBytes];
        }
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

    private sealed class Reader(byte[] block, ParserOptions options, ParseLimits limits, IssueList issues)
    {
        public string? Text(HeaderField? header)
        {
            if (header is not { } field)
            {
                return null;
            }

            string value;
            try
            {
                value = Decode(field);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or DecoderFallbackException)
            {
                issues.Add(new ParseIssue("header-undecodable", Name(field), "The header value could not be decoded."));
                return null;
            }

            value = value.Trim();
            if (value.Length > limits.MaxValueLength)
            {
                issues.Add(new ParseIssue("limit-value-length", Name(field), "The header value is longer than the analysis reads; it was cut."));
                value = value[..limits.MaxValueLength];
            }

            return value.Length == 0 ? null : value;
        }

        // Decodes encoded words (RFC 2047) and unfolds, as MimeKit's Header.Value does. A value longer than
        // MaxEncodedValueBytes is decoded only up to that many bytes (cut at a space so no encoded word is
        // split), which bounds the work an encoded-word bomb can ask for.
        private string Decode(HeaderField field)
        {
            var raw = block.AsSpan(field.ValueStart, field.ValueLength);
            if (field.RawLength(block) <= limits.MaxEncodedValueBytes)
            {
                // Plain ASCII without "=?" holds no encoded word: decoding would return it as it is.
                return Ascii.IsValid(raw) && raw.IndexOf("=?"u8) < 0
                    ? HeaderText.UnfoldAscii(raw)
                    : Header.Unfold(Rfc2047.DecodeText(options, block, field.ValueStart, field.ValueLength));
            }

            issues.Add(new ParseIssue("limit-value-length", Name(field), "The header value is longer than the analysis reads; it was cut."));
            var cut = raw[..limits.MaxEncodedValueBytes].LastIndexOf((byte)' ');
            var length = cut > 0 ? cut : limits.MaxEncodedValueBytes;
            return Header.Unfold(Rfc2047.DecodeText(options, block, field.ValueStart, length));
        }

        private string Name(HeaderField field) => FieldNames.Text(block.AsSpan(field.NameStart, field.NameLength), field.Kind);

        public IReadOnlyList<NamedAddress> Addresses(HeaderField? header)
        {
            if (header is not { } field)
            {
                return [];
            }

            if (field.ValueLength <= limits.MaxValueLength
                && SimpleAddress.TryRead(block.AsSpan(field.ValueStart, field.ValueLength)) is { } plain)
            {
                return [Address(null, plain)];
            }

            if (!InternetAddressList.TryParse(options, block, field.ValueStart, field.ValueLength, out var list))
            {
                if (Text(field) is not null)
                {
                    issues.Add(new ParseIssue("address-unreadable", Name(field), "The address list could not be read."));
                }

                return [];
            }

            var result = new List<NamedAddress>();
            if (!Flatten(list, result, depth: 0))
            {
                issues.Add(new ParseIssue("limit-addresses", Name(field), "More addresses than the analysis reads; the rest were ignored."));
            }

            return result;
        }

        public NamedAddress? ReturnPath(HeaderField? header)
        {
            var text = Text(header);
            if (text is null || text is "<>")
            {
                return null;
            }

            if (header is { } field && field.ValueLength <= limits.MaxValueLength
                && SimpleAddress.TryRead(block.AsSpan(field.ValueStart, field.ValueLength)) is { } plain)
            {
                return Address(null, plain);
            }

            if (MimeKit.MailboxAddress.TryParse(options, text, out var mailbox))
            {
                return Convert(mailbox);
            }

            issues.Add(new ParseIssue("address-unreadable", Name(header!.Value), "The address could not be read."));
            return null;
        }

        public DateTimeOffset? Date(HeaderField? header)
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

            issues.Add(new ParseIssue("date-unreadable", Name(header!.Value), "The date could not be read."));
            return null;
        }

        public IReadOnlyList<string> MessageIds(HeaderField? header)
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

        public AuthResultsHeader? AuthResults(HeaderField field, int ordinal)
        {
            if (field.RawLength(block) > limits.MaxEncodedValueBytes)
            {
                issues.Add(new ParseIssue("limit-value-length", Name(field), "The header value is longer than the analysis reads; it was cut."));
                return null;
            }

            // MimeKit reads this field from an array of its own (the raw value, ending in a line feed).
            var raw = new byte[field.RawLength(block)];
            block.AsSpan(field.ValueStart, field.ValueLength).CopyTo(raw);
            raw[^1] = (byte)'\n';
            if (!AuthenticationResults.TryParse(raw, out var parsed))
            {
                issues.Add(new ParseIssue("auth-results-unreadable", Name(field), "The authentication results could not be read."));
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
            return new AuthResultsHeader(Name(field), field.Ordinal, ordinal, string.IsNullOrEmpty(authServId) ? null : authServId, parsed.Instance, results);
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

            return Address(name, mailbox.Address ?? string.Empty);
        }

        private NamedAddress Address(string? name, string address)
        {
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
