namespace OutlookGuard.Core.Headers;

/// <summary>Reads one Received header value into a <see cref="ReceivedHop"/> (placeholder: being written).</summary>
public static class ReceivedParser
{
    /// <summary>True for protocols that imply TLS (RFC 3848: ESMTPS, ESMTPSA, LMTPS, LMTPSA; and HTTPS).</summary>
    public static bool IsEncryptedProtocol(string? protocol) =>
        protocol is not null && (protocol.EndsWith('S') || protocol.EndsWith("SA", StringComparison.OrdinalIgnoreCase) || protocol.Equals("https", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses one value; never throws.</summary>
    public static ReceivedHop Parse(string value, int index)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ReceivedHop(index, null, null, null, null, null, null, null, null);
    }
}
