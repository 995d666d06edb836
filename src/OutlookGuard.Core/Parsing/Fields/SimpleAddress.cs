using System.Buffers;
using System.Text;

namespace OutlookGuard.Core.Parsing.Fields;

/// <summary>
/// The one address of a field written as a bare or bracketed ASCII addr-spec (<c>user@example.com</c>,
/// <c>&lt;user@example.com&gt;</c>): a dot-atom local part and a host name, nothing else. Most To, Cc and Return-Path
/// values are this; reading them needs no address parser. Anything else (a display name, a comment, a quoted local
/// part, a list, an encoded word, an A-label) is left to MimeKit, so the result is always what MimeKit would give.
/// </summary>
internal static class SimpleAddress
{
    private static readonly SearchValues<byte> LocalPart =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-/=?^_`{|}~."u8);

    private static readonly SearchValues<byte> HostName =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-."u8);

    /// <summary>The address, or null when the value is anything but one plain addr-spec.</summary>
    public static string? TryRead(ReadOnlySpan<byte> value)
    {
        var text = value.Trim(" \t\r\n"u8);
        if (text.Length > 2 && text[0] == (byte)'<' && text[^1] == (byte)'>')
        {
            text = text[1..^1];
        }

        var at = text.IndexOf((byte)'@');
        if (at <= 0 || at == text.Length - 1 || text.Length > 254)
        {
            return null;
        }

        var local = text[..at];
        var host = text[(at + 1)..];
        return IsDotAtom(local, LocalPart) && IsDotAtom(host, HostName) && host.Contains((byte)'.')
            && host.IndexOf("xn--"u8) < 0 && host.IndexOf("XN--"u8) < 0
            ? Encoding.ASCII.GetString(text)
            : null;
    }

    // Allowed bytes only, no dot at either end, no two dots in a row.
    private static bool IsDotAtom(ReadOnlySpan<byte> atom, SearchValues<byte> allowed) =>
        atom.IndexOfAnyExcept(allowed) < 0 && atom[0] != (byte)'.' && atom[^1] != (byte)'.' && atom.IndexOf(".."u8) < 0;
}
