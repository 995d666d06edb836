using OutlookGuard.Core.Domains;

namespace OutlookGuard.Core.Facts;

/// <summary>One mailbox from an address header (RFC 5322 §3.4), with its domain resolved.</summary>
/// <param name="DisplayName">The decoded display name (RFC 2047 words decoded), or null.</param>
/// <param name="Address">The addr-spec as written, local part and domain.</param>
/// <param name="Domain">The domain part, or null when the address has none or it is not a valid name.</param>
public sealed record NamedAddress(string? DisplayName, string Address, DomainName? Domain)
{
    public override string ToString() =>
        string.IsNullOrEmpty(DisplayName) ? Address : $"{DisplayName} <{Address}>";
}
