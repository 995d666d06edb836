
namespace OutlookGuard.Core.Domains;

/// <summary>
/// A DNS domain in both of its IDNA forms (RFC 5890) with its registrable ("organizational") domain
/// from the Public Suffix List, the unit DMARC (RFC 7489 §3.2) uses to decide whether two names
/// belong to the same organization.
/// </summary>
/// <param name="Ascii">The lower-case A-label form (<c>xn--…</c> for internationalized labels).</param>
/// <param name="Unicode">The U-label form, as a reader sees it.</param>
/// <param name="Registrable">The registrable domain in A-label form; the whole name when no public suffix rule applies.</param>
/// <param name="IsIdn">True when any label is internationalized.</param>
public sealed record DomainName(string Ascii, string Unicode, string Registrable, bool IsIdn)
{
    /// <summary>The registrable domain in U-label form.</summary>
    public string RegistrableUnicode => IsIdn ? Idn.ToUnicode(Registrable) : Registrable;

    /// <summary>True when both names belong to the same organization (same registrable domain).</summary>
    public bool IsSameOrganization(DomainName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Registrable, other.Registrable, StringComparison.Ordinal);
    }

    /// <summary>Builds a domain from any form a header may carry (A-label, U-label, mixed case, trailing dot).</summary>
    /// <returns>null when the text is not a usable domain name.</returns>
    public static DomainName? TryCreate(string? text)
    {
        var ascii = Idn.ToAscii(text);
        if (ascii is null)
        {
            return null;
        }

        var unicode = Idn.ToUnicode(ascii);
        var registrable = PublicSuffixList.Default.GetRegistrableDomain(ascii) ?? ascii;
        return new DomainName(ascii, unicode, registrable, !string.Equals(ascii, unicode, StringComparison.Ordinal));
    }

    public override string ToString() => Ascii;
}
