using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Unicode;
using MimeKit;
using MimeKit.Encodings;
using OutlookGuard.Core.Text;
using OutlookGuard.Core.Parsing.Fields;

namespace OutlookGuard.Core.Parsing;

/// <summary>
/// The body preview of a whole message: the first plain-text part that is not an attachment (else the first
/// HTML part, tags dropped), its first few kilobytes decoded (<see cref="MaxDecodedBytes"/>, <see cref="MaxDecodedHtmlBytes"/>). Multiparts are walked in
/// order only until that part is found, without building the MIME tree; every loop is bounded by the body
/// bytes read (<see cref="ParseLimits.MaxBodyBytes"/>) and the nesting by <see cref="MaxDepth"/>.
/// </summary>
internal static class BodyText
{
    /// <summary>Bytes of a plain-text part decoded: the preview keeps 2,048 characters, at most 4 bytes each.</summary>
    public const int MaxDecodedBytes = 8 * 1024;

    /// <summary>Bytes of an HTML part decoded: more, since the tags take room the preview does not keep.</summary>
    public const int MaxDecodedHtmlBytes = 16 * 1024;

    private const int MaxDepth = 8;

    private const int MaxStrippedLength = 8192;

    private const int MaxPartHeaderBytes = 16 * 1024;

    private static readonly ParserOptions Options = new()
    {
        ParameterComplianceMode = RfcComplianceMode.Looser,
        Rfc2047ComplianceMode = RfcComplianceMode.Looser,
    };

    public static string? Preview(byte[] block, FieldTable fields, ReadOnlySpan<byte> body, ParseLimits limits)
    {
        var contentType = Field(block, fields.First(FieldKind.ContentType), limits);
        var transferEncoding = Field(block, fields.First(FieldKind.ContentTransferEncoding), limits);
        var html = new Part(null, null, -1, 0);
        var found = Find(ParseTop(contentType, transferEncoding), body, 0, 0, ref html);
        return found.Start >= 0 ? Text(found, body, MaxDecodedBytes, isHtml: false, limits)
            : html.Start >= 0 ? Text(html, body, MaxDecodedHtmlBytes, isHtml: true, limits)
            : null;
    }

    // The plain-text part within content[offset..], or Start -1; the first HTML part seen is kept in html.
    private static Part Find(Entity entity, ReadOnlySpan<byte> body, int offset, int depth, ref Part html)
    {
        var type = entity.ContentType;
        var content = body[offset..];
        if (type is null || type.IsMimeType("text", "plain"))
        {
            return entity.IsAttachment ? None : new Part(type, entity.TransferEncoding, offset, content.Length);
        }

        if (type.IsMimeType("text", "html"))
        {
            if (!entity.IsAttachment && html.Start < 0)
            {
                html = new Part(type, entity.TransferEncoding, offset, content.Length);
            }

            return None;
        }

        if (!type.MediaType.Equals("multipart", StringComparison.OrdinalIgnoreCase) || depth >= MaxDepth
            || type.Boundary is not { Length: > 0 } boundaryText)
        {
            return None;
        }

        Span<byte> delimiter = stackalloc byte[Math.Min(boundaryText.Length, 200) + 2];
        delimiter[0] = (byte)'-';
        delimiter[1] = (byte)'-';
        Encoding.Latin1.GetBytes(boundaryText.AsSpan(0, delimiter.Length - 2), delimiter[2..]);

        // Parts start after a delimiter line and end at the line break before the next one.
        var partStart = -1;
        var line = 0;
        while (line < content.Length)
        {
            var eol = content[line..].IndexOf((byte)'\n');
            var next = eol < 0 ? content.Length : line + eol + 1;
            var text = content[line..next];
            if (text.StartsWith(delimiter))
            {
                if (partStart >= 0)
                {
                    var end = line >= 2 && content[line - 2] == (byte)'\r' ? line - 2 : Math.Max(partStart, line - 1);
                    var found = FindInPart(body, offset + partStart, offset + Math.Max(partStart, end), depth, ref html);
                    if (found.Start >= 0)
                    {
                        return found;
                    }
                }

                if (text[delimiter.Length..].StartsWith("--"u8))
                {
                    return None;
                }

                partStart = next;
            }

            line = next;
        }

        // The body was cut (or the closing delimiter is missing): the last part runs to the end.
        return partStart >= 0 && partStart < content.Length ? FindInPart(body, offset + partStart, body.Length, depth, ref html) : None;
    }

    private static Part FindInPart(ReadOnlySpan<byte> body, int start, int end, int depth, ref Part html)
    {
        var part = body[start..end];
        ContentType? type = null;
        ContentEncoding? encoding = null;
        var attachment = false;
        var position = 0;
        while (position < part.Length && position < MaxPartHeaderBytes)
        {
            var rest = part[position..];
            if (rest[0] == (byte)'\n' || rest.StartsWith("\r\n"u8))
            {
                position += rest[0] == (byte)'\n' ? 1 : 2;
                break;
            }

            var fieldEnd = FieldTable.FieldEnd(rest, 0);
            var field = rest[..fieldEnd];
            var colon = field.IndexOf((byte)':');
            if (colon > 0)
            {
                var name = field[..colon].TrimEnd(" \t"u8);
                var value = field[(colon + 1)..];
                if (Ascii.EqualsIgnoreCase(name, "Content-Type"u8))
                {
                    type ??= ContentType.TryParse(Options, value.ToArray(), out var parsed) ? parsed : null;
                }
                else if (Ascii.EqualsIgnoreCase(name, "Content-Transfer-Encoding"u8))
                {
                    encoding ??= TransferEncoding(value);
                }
                else if (Ascii.EqualsIgnoreCase(name, "Content-Disposition"u8))
                {
                    attachment |= ContentDisposition.TryParse(Options, value.ToArray(), out var disposition) && disposition.IsAttachment;
                }
            }

            position += fieldEnd;
        }

        position = Math.Min(position, part.Length);
        return Find(new Entity(type, encoding, attachment), body[..end], start + position, depth + 1, ref html);
    }

    private static Entity ParseTop(ReadOnlySpan<byte> contentType, ReadOnlySpan<byte> transferEncoding) =>
        new(contentType.IsEmpty || !ContentType.TryParse(Options, contentType.ToArray(), out var type) ? null : type, TransferEncoding(transferEncoding), false);

    private static ContentEncoding? TransferEncoding(ReadOnlySpan<byte> value)
    {
        var text = value.Trim(" \t\r\n"u8);
        if (Ascii.EqualsIgnoreCase(text, "base64"u8))
        {
            return ContentEncoding.Base64;
        }

        return Ascii.EqualsIgnoreCase(text, "quoted-printable"u8) ? ContentEncoding.QuotedPrintable : null;
    }

    // The part's first bytes decoded (transfer encoding, then charset) into pooled buffers, the tags of HTML
    // dropped, and the white space folded: one string, the preview, is allocated on the common path.
    private static string? Text(Part part, ReadOnlySpan<byte> body, int maxBytes, bool isHtml, ParseLimits limits)
    {
        var content = body.Slice(part.Start, part.Length);

        // Encoded text is never shorter than what it decodes to, so twice the wanted bytes suffice.
        var take = Math.Min(content.Length, part.TransferEncoding is null ? maxBytes : maxBytes * 2);
        IMimeDecoder? decoder = part.TransferEncoding switch
        {
            ContentEncoding.Base64 => new Base64Decoder(),
            ContentEncoding.QuotedPrintable => new QuotedPrintableDecoder(),
            _ => null,
        };

        byte[]? input = null;
        byte[]? output = null;
        char[]? chars = null;
        try
        {
            var bytes = content[..take];
            if (decoder is not null)
            {
                input = ArrayPool<byte>.Shared.Rent(Math.Max(1, take));
                output = ArrayPool<byte>.Shared.Rent(Math.Max(1, decoder.EstimateOutputLength(take)));
                bytes.CopyTo(input);
                var length = decoder.Decode(input, 0, take, output);
                bytes = output.AsSpan(0, Math.Min(length, maxBytes));
            }

            ReadOnlySpan<char> text;
            if (SimpleCharset(part.ContentType, bytes) is { } encoding)
            {
                chars = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(bytes.Length)));
                text = chars.AsSpan(0, encoding.GetChars(bytes, chars));
            }
            else
            {
                text = MimeKitText(part.ContentType, bytes);
            }

            if (isHtml)
            {
                text = StripTags(text);
            }

            return text.IsWhiteSpace() ? null
                : MessageParser.Clip(UnicodeText.CollapseWhitespace(text, controlsAreSpace: true, maxLength: limits.MaxBodyPreviewLength), limits.MaxBodyPreviewLength);
        }
        finally
        {
            Return(input);
            Return(output);
            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private static void Return(byte[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // UTF-8 (declared or not) and ASCII read the same everywhere; every other charset, and bytes that are not
    // valid UTF-8 without a charset, go to MimeKit, whose aliases and fallbacks decide.
    private static Encoding? SimpleCharset(ContentType? type, ReadOnlySpan<byte> bytes)
    {
        var charset = type?.Charset?.Trim();
        if (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8.IsValid(bytes) ? Encoding.UTF8 : null;
        }

        return Ascii.IsValid(bytes) && (charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
            || charset.StartsWith("iso-8859-", StringComparison.OrdinalIgnoreCase)
            || charset.StartsWith("windows-125", StringComparison.OrdinalIgnoreCase)) ? Encoding.ASCII : null;
    }

    // MimeKit's TextPart reads the charset with its aliases and fallbacks.
    private static string MimeKitText(ContentType? type, ReadOnlySpan<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        var text = new TextPart("plain") { Content = new MimeContent(stream) };
        if (type?.Charset is { } charset)
        {
            text.ContentType.Charset = charset;
        }

        return text.Text;
    }

    // A preview only: drops everything between '<' and '>' in one linear pass, then decodes entities.
    private static string StripTags(ReadOnlySpan<char> html)
    {
        var buffer = ArrayPool<char>.Shared.Rent(MaxStrippedLength);
        try
        {
            var length = 0;
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
                    buffer[length++] = ' ';
                }
                else if (!inTag)
                {
                    buffer[length++] = c;
                }

                if (length >= MaxStrippedLength)
                {
                    break;
                }
            }

            return WebUtility.HtmlDecode(new string(buffer, 0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> Field(byte[] block, HeaderField? field, ParseLimits limits) =>
        field is { } f && f.RawLength(block) <= limits.MaxEncodedValueBytes ? block.AsSpan(f.ValueStart, f.ValueLength) : [];

    private static readonly Part None = new(null, null, -1, 0);

    private readonly record struct Entity(ContentType? ContentType, ContentEncoding? TransferEncoding, bool IsAttachment);

    private readonly record struct Part(ContentType? ContentType, ContentEncoding? TransferEncoding, int Start, int Length);
}
