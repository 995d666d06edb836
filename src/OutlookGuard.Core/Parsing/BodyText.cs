using System.Buffers;
using System.Net;
using System.Text;
using MimeKit;
using OutlookGuard.Core.Parsing.Fields;

namespace OutlookGuard.Core.Parsing;

/// <summary>
/// The body preview of a whole message: the first plain-text part that is not an attachment (else the first
/// HTML part, tags dropped), its first <see cref="MaxDecodedBytes"/> bytes decoded. Multiparts are walked in
/// order only until that part is found, without building the MIME tree; every loop is bounded by the body
/// bytes read (<see cref="ParseLimits.MaxBodyBytes"/>) and the nesting by <see cref="MaxDepth"/>.
/// </summary>
internal static class BodyText
{
    /// <summary>Decoded bytes of the chosen part: the preview is 2,048 characters; HTML needs room for its tags.</summary>
    public const int MaxDecodedBytes = 32 * 1024;

    private const int MaxDepth = 8;

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
        string? text;
        if (found.Start >= 0)
        {
            text = Decode(found, body);
        }
        else if (html.Start >= 0)
        {
            text = StripTags(Decode(html, body));
        }
        else
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(text) ? null : MessageParser.Clip(MessageParser.Collapse(text), limits.MaxBodyPreviewLength);
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

            var fieldEnd = FieldEnd(rest);
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

    private static int FieldEnd(ReadOnlySpan<byte> text)
    {
        var end = 0;
        while (true)
        {
            var eol = text[end..].IndexOf((byte)'\n');
            if (eol < 0)
            {
                return text.Length;
            }

            end += eol + 1;
            if (end >= text.Length || (text[end] != (byte)' ' && text[end] != (byte)'\t'))
            {
                return end;
            }
        }
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

    // MimeKit's TextPart decodes the transfer encoding and the charset (with its aliases and fallbacks) of the
    // first bytes only: encoded text is never shorter than what it decodes to, so twice the wanted bytes suffice.
    private static string Decode(Part part, ReadOnlySpan<byte> body)
    {
        var content = body.Slice(part.Start, part.Length);
        var take = Math.Min(content.Length, part.TransferEncoding is null ? MaxDecodedBytes : MaxDecodedBytes * 2);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, take));
        try
        {
            content[..take].CopyTo(buffer);
            using var stream = new MemoryStream(buffer, 0, take, writable: false);
            var text = new TextPart("plain") { Content = new MimeContent(stream, part.TransferEncoding ?? ContentEncoding.Default) };
            if (part.ContentType?.Charset is { } charset)
            {
                text.ContentType.Charset = charset;
            }

            return text.Text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A preview only: drops everything between '<' and '>' in one linear pass.
    private static string StripTags(string html)
    {
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

    private static ReadOnlySpan<byte> Field(byte[] block, HeaderField? field, ParseLimits limits) =>
        field is { } f && f.RawLength(block) <= limits.MaxEncodedValueBytes ? block.AsSpan(f.ValueStart, f.ValueLength) : [];

    private static readonly Part None = new(null, null, -1, 0);

    private readonly record struct Entity(ContentType? ContentType, ContentEncoding? TransferEncoding, bool IsAttachment);

    private readonly record struct Part(ContentType? ContentType, ContentEncoding? TransferEncoding, int Start, int Length);
}
