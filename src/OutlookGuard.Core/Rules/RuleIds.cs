
namespace OutlookGuard.Core.Rules;

/// <summary>The one table of rule ids. Ids are part of the policy contract: never rename one.</summary>
public static class RuleIds
{
    public const string ReplyToMismatch = "reply-to-mismatch";
    public const string InternalDomainSpoof = "internal-domain-spoof";
    public const string AuthFailure = "auth-failure";
    public const string DisplayNameImpersonation = "display-name-impersonation";
    public const string LookalikeDomain = "lookalike-domain";
    public const string ProviderVerdict = "provider-verdict";
    public const string UnencryptedHop = "unencrypted-hop";
    public const string SendingOrigin = "sending-origin";
    public const string BecContent = "bec-content";
    public const string FakeThread = "fake-thread";
    public const string DuplicateHeader = "duplicate-header";
    public const string MalformedHeaders = "malformed-headers";

    // Payment-destination changes.
    public const string PaymentChange = "payment-change";
    // Relationship: the message against the user's history with the sender.
    public const string NewReplyTo = "new-reply-to";
    public const string LanguageShift = "language-shift";
    public const string UnusualOrigin = "unusual-origin";
    public const string FirstContact = "first-contact";
}
