using System.Net;
using System.Net.Sockets;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// Reads the IP address forms mail headers carry (<c>[1.2.3.4]</c>, <c>[IPv6:2001:db8::1]</c>,
/// <c>1.2.3.4:47944</c>, <c>fe80::1%eth0</c>, <c>::ffff:1.2.3.4</c>) into one canonical text, and tells
/// public addresses from private, loopback and link-local ones. Hand-written checks, no regex.
/// </summary>
public static class IpAddresses
{
    private const int MaxTextLength = 64;

    /// <summary>Parses an address as written in a header; null when the text is not strictly an IP address.</summary>
    /// <remarks>
    /// Strict on purpose: <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> alone accepts "1" or "1.2.3",
    /// which would turn a Received id or version number into an address. IPv4 must be a dotted quad; IPv6 must
    /// hold a ':'. Brackets, an <c>IPv6:</c> prefix (RFC 5321 §4.1.3), an IPv4 port, a zone and a trailing dot
    /// are dropped; an IPv4-mapped IPv6 address becomes the IPv4 address.
    /// </remarks>
    public static IPAddress? TryParse(string? text) => text is null ? null : TryParse(text.AsSpan());

    /// <summary>Parses an address as written in a header; see <see cref="TryParse(string?)"/>.</summary>
    public static IPAddress? TryParse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > MaxTextLength)
        {
            return null;
        }

        var span = text.Trim();
        if (span.Length > 0 && span[0] == '[')
        {
            var close = span.IndexOf(']');
            span = close < 0 ? span[1..] : span[1..close];
        }

        if (span.StartsWith("IPv6:", StringComparison.OrdinalIgnoreCase))
        {
            span = span[5..];
        }

        span = span.TrimEnd('.');
        var percent = span.IndexOf('%');
        if (percent >= 0)
        {
            span = span[..percent];
        }

        if (span.IsEmpty)
        {
            return null;
        }

        IPAddress? address;
        if (span.Contains('.') && span.IndexOf(':') is var colon and > 0 && span.LastIndexOf(':') == colon)
        {
            // 10.252.1.143:47944 (ecelerity writes the client port after the address).
            span = span[..colon];
        }

        if (span.Contains(':'))
        {
            if (!IsHexColonText(span) || !IPAddress.TryParse(span, out address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return null;
            }

            return address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        }

        return IsDottedQuad(span) && IPAddress.TryParse(span, out address) ? address : null;
    }

    /// <summary>The canonical text of an address as written in a header (see <see cref="TryParse(string?)"/>), or null.</summary>
    public static string? Normalize(string? text) => TryParse(text)?.ToString();

    /// <summary>
    /// True for an address on the public internet: false for unspecified, loopback, private (RFC 1918), shared
    /// (RFC 6598, carrier-grade NAT), link-local, unique-local (RFC 4193), site-local, multicast and reserved ranges.
    /// Documentation ranges (RFC 5737, RFC 3849) count as public so that examples behave like real senders.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (IsPrivateOrLocal(address))
        {
            return false;
        }

        Span<byte> b = stackalloc byte[16];
        var length = Bytes(address, b);
        if (length == 4)
        {
            return !(b[0] == 0 || (b[0] == 192 && b[1] == 0 && b[2] == 0) || b[0] >= 224);
        }

        return length == 16 && !(IPAddress.IPv6None.Equals(address)
            || b[0] == 0xFF // multicast
            || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0)); // ::/64 (IPv4-compatible, unspecified)
    }

    /// <summary>
    /// True for an address of one machine or one site's own network: loopback, private (RFC 1918), shared (RFC 6598,
    /// carrier-grade NAT), link-local, unique-local (RFC 4193) and site-local. A hop from such an address never
    /// crossed the internet. Unspecified, multicast and reserved addresses are neither this nor public.
    /// </summary>
    public static bool IsPrivateOrLocal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> b = stackalloc byte[16];
        var length = Bytes(address, b);
        if (length == 4)
        {
            return b[0] == 10
                || b[0] == 127
                || (b[0] == 100 && (b[1] & 0xC0) == 64)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && (b[1] & 0xF0) == 16)
                || (b[0] == 192 && b[1] == 168);
        }

        return length == 16 && (IPAddress.IPv6Loopback.Equals(address)
            || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
            || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) // fe80::/10 link-local
            || (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)); // fec0::/10 site-local (deprecated)
    }

    // The address's bytes, an IPv4-mapped IPv6 address as IPv4; 0 when they cannot be written.
    private static int Bytes(IPAddress address, Span<byte> bytes)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.TryWriteBytes(bytes, out var length) ? length : 0;
    }

    /// <summary>True when the text is an address (see <see cref="TryParse(string?)"/>) on the public internet.</summary>
    public static bool IsPublic(string? text) => TryParse(text) is { } address && IsPublic(address);

    private static bool IsHexColonText(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!(char.IsAsciiHexDigit(c) || c == ':' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDottedQuad(ReadOnlySpan<char> span)
    {
        var parts = 0;
        var digits = 0;
        var value = 0;
        foreach (var c in span)
        {
            if (c == '.')
            {
                if (digits == 0)
                {
                    return false;
                }

                parts++;
                digits = 0;
                value = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++digits > 3)
            {
                return false;
            }

            value = (value * 10) + (c - '0');
            if (value > 255)
            {
                return false;
            }
        }

        return parts == 3 && digits > 0;
    }
}
