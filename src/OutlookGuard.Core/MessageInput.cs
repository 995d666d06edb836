
namespace OutlookGuard.Core;

/// <summary>
/// One message as a caller has it, before parsing: a raw header block or whole message (.eml bytes), header
/// text with an optional body preview (what Office.js <c>getAllInternetHeadersAsync</c> returns), or Graph's
/// <c>internetMessageHeaders</c> pairs with its <c>bodyPreview</c>. Every form goes through the same parser
/// and gives the same facts.
/// </summary>
public abstract record MessageInput
{
    private protected MessageInput()
    {
    }

    /// <summary>A header block or a whole message, as bytes.</summary>
    public static MessageInput FromBytes(ReadOnlyMemory<byte> bytes) => new HeaderBlock(bytes);

    /// <summary>A header block (or whole message) as text, with an optional plain-text body preview that replaces the one read from the text.</summary>
    public static MessageInput FromText(string headers, string? bodyPreview = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new HeaderText(headers, bodyPreview);
    }

    /// <summary>Graph's <c>internetMessageHeaders</c> (name/value pairs in message order) and its <c>bodyPreview</c>.</summary>
    public static MessageInput FromPairs(IEnumerable<KeyValuePair<string, string>> headers, string? bodyPreview = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new HeaderPairs(headers, bodyPreview);
    }

    /// <summary>A header block or a whole message (.eml) as bytes.</summary>
    public sealed record HeaderBlock(ReadOnlyMemory<byte> Bytes) : MessageInput;

    /// <summary>Header text; <paramref name="BodyPreview"/>, when given, is used as the body preview.</summary>
    public sealed record HeaderText(string Text, string? BodyPreview) : MessageInput;

    /// <summary>Graph's header pairs and body preview.</summary>
    public sealed record HeaderPairs(IEnumerable<KeyValuePair<string, string>> Headers, string? BodyPreview) : MessageInput;
}
