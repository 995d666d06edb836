using OutlookGuard.Core.Facts;

namespace OutlookGuard.Core.History;

/// <summary>
/// Where a message entered, as one comparable value: <c>internal</c> when Exchange Online says it was submitted
/// inside the organization (AuthAs Internal, or CIP 255.255.255.255), else the origin's country (CTRY, or GeoIP),
/// else null.
/// </summary>
public static class MessageOrigin
{
    /// <summary>The value for mail submitted inside the organization.</summary>
    public const string Internal = "internal";

    public static string? Of(MessageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (IsInternal(facts))
        {
            return Internal;
        }

        return facts.Origin?.Country is { Length: > 0 } country ? country.ToUpperInvariant() : null;
    }

    /// <summary>True when Exchange Online stamped the message as written inside the organization.</summary>
    public static bool IsInternal(MessageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return string.Equals(facts.Exchange.AuthAs, "Internal", StringComparison.OrdinalIgnoreCase)
            || facts.Forefront?.IsInternalSubmission == true;
    }
}
