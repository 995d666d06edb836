
namespace OutlookGuard.Core.Parsing.Received;

/// <summary>
/// One Received header (RFC 5321 §4.4), read tolerantly: every part is optional because real servers
/// write many dialects (no ';' before the date, Postfix and qmail comments, odd date formats).
/// </summary>
/// <param name="Index">Position in the chain, 0 = the topmost (last added, closest to the mailbox).</param>
/// <param name="FromHost">The host name the sender gave or the receiver resolved (the "from" clause).</param>
/// <param name="FromIp">The sending IP address found in the from clause, normalized (IPv4 or IPv6).</param>
/// <param name="ByHost">The receiving host (the "by" clause).</param>
/// <param name="Protocol">The "with" protocol (SMTP, ESMTPS, ESMTPSA, HTTPS, mapi, ...).</param>
/// <param name="TlsVersion">TLS version when stated (TLSv1.3, TLS1_2, ...).</param>
/// <param name="TlsCipher">Cipher when stated.</param>
/// <param name="Timestamp">The date after ';' (or the trailing date when the ';' is missing).</param>
/// <param name="Delay">Time since the previous (older) hop, when both have a time; negative under clock skew.</param>
public sealed record ReceivedHop(
    int Index,
    string? FromHost,
    string? FromIp,
    string? ByHost,
    string? Protocol,
    string? TlsVersion,
    string? TlsCipher,
    DateTimeOffset? Timestamp,
    TimeSpan? Delay)
{
    /// <summary>
    /// The name the receiver found for the sending IP (Postfix and sendmail write it before the address:
    /// <c>(rdns [1.2.3.4])</c>), when stated; "unknown" is not kept.
    /// </summary>
    public string? ReverseDns { get; init; }

    /// <summary>True when the hop states encryption: a TLS version or cipher, or an "S" protocol (ESMTPS, HTTPS, LMTPS).</summary>
    public bool Tls => TlsVersion is not null || TlsCipher is not null || ReceivedParser.IsEncryptedProtocol(Protocol);
}
