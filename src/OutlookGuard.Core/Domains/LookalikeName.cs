using System.Globalization;
using System.Text;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Domains;

/// <summary>
/// A domain reduced once to what <see cref="LookalikeMatcher"/> compares: its organization (registrable domain, or
/// tenant name on a shared tenant domain), that name's first label and suffix, and the label's comparison keys.
/// The policy holds one per look-alike target, built when it is compiled; a message's domain is reduced once, however
/// many targets it is compared with.
/// </summary>
internal sealed class LookalikeName
{
    private string? _folded;
    private string? _plain;
    private string? _imitated;

    private LookalikeName(DomainName domain)
    {
        Domain = domain;
        Organization = LookalikeMatcher.OrganizationOf(domain);
        (Label, Suffix) = LookalikeMatcher.Split(Organization);
        Key = Label.Length == 0 ? string.Empty : KeyOf(Idn.ToUnicode(Label));
    }

    public DomainName Domain { get; }

    /// <summary>"hanabi-foods.co.jp", or "hanabifoods.onmicrosoft.com" for a tenant domain.</summary>
    public string Organization { get; }

    /// <summary>The organization's first label as registered (A-label): "hanabi-foods".</summary>
    public string Label { get; }

    /// <summary>What follows the first label: "co.jp".</summary>
    public string Suffix { get; }

    /// <summary>The label's comparison key (<see cref="KeyOf"/>).</summary>
    public string Key { get; }

    /// <summary>The key without combining marks (<see cref="FoldOf"/>).</summary>
    public string Folded => _folded ??= FoldOf(Key);

    /// <summary>The key without hyphens.</summary>
    public string Plain => _plain ??= Key.Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>The organization as a reader sees it (U-labels).</summary>
    public string Imitated => _imitated ??= Idn.ToUnicode(Organization);

    public static LookalikeName Of(DomainName domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return new LookalikeName(domain);
    }

    /// <summary>Comparison key of a U-label: lower case, confusable skeleton, lower case again (the skeleton maps 0 to O).</summary>
    public static string KeyOf(string label) =>
        ConfusableSkeleton.Of(label.ToLowerInvariant()).ToLowerInvariant();

    /// <summary>The key without combining marks: robínhood → robinhood.</summary>
    public static string FoldOf(string key)
    {
        var decomposed = UnicodeText.Decompose(key);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
