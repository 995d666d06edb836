
namespace OutlookGuard.Core.Policy;

/// <summary>
/// What an admin tunes without code: the <c>Guard</c> section, the same shape in appsettings.json,
/// environment variables (<c>Guard__InternalDomains__0</c>) and a policy file (<c>{ "Guard": { ... } }</c>).
/// Every list is empty by default; the built-in free-mail list is always on.
/// </summary>
public sealed class GuardPolicy
{
    /// <summary>Domains of the organization itself (registrable or exact). A From in them is a colleague.</summary>
    public List<string> InternalDomains { get; set; } = [];

    /// <summary>People whose names attackers borrow (executives, finance): display names compared against them.</summary>
    public List<string> ProtectedNames { get; set; } = [];

    /// <summary>Partner or brand domains to protect from lookalikes, besides the internal ones.</summary>
    public List<string> ProtectedDomains { get; set; } = [];

    /// <summary>Registrable domains a Reply-To may point to without a finding (help desk, CRM).</summary>
    public List<string> TrustedReplyToDomains { get; set; } = [];

    /// <summary>Free-mail domains added to the built-in list; <c>*</c> matches within one label.</summary>
    public List<string> FreemailDomains { get; set; } = [];

    /// <summary>authserv-ids of a third-party gateway whose Authentication-Results are trusted (RFC 8601 §5).</summary>
    public List<string> TrustedAuthServIds { get; set; } = [];

    /// <summary>Host names (or suffixes beginning with '.') of the organization's own inbound gateways.</summary>
    public List<string> GatewayHosts { get; set; } = [];

    /// <summary>
    /// Platforms whose authenticated mail notifies on a person's behalf (file share, forms, calendar, ticketing): a
    /// domain (covering its subdomains) or one address. Added to the ones recognized by their no-reply address.
    /// </summary>
    public List<string> NotificationSenders { get; set; } = [];

    /// <summary>The reply guard: whether replies are checked at Send, and the manifest's send mode.</summary>
    public ReplyGuardSettings ReplyGuard { get; set; } = new();

    /// <summary>
    /// The mailbox the taskpane's "Report to IT" opens a message to (one plain e-mail address, e.g.
    /// <c>phishing@contoso.com</c>); null hides that action. Set for the whole service, not per tenant.
    /// </summary>
    public string? ReportMailbox { get; set; }

    /// <summary>
    /// Languages the organization writes in (primary subtags such as <c>ja</c>): a message from an internal address
    /// that entered from outside in another language gets <c>language-shift</c> even without a history.
    /// </summary>
    public List<string> UsualLanguages { get; set; } = [];

    /// <summary>Per-rule overrides by rule id.</summary>
    public Dictionary<string, RuleSettings> Rules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-tenant policies (by Entra tenant id), merged over this one: lists are added, rule overrides replace.</summary>
    public Dictionary<string, GuardPolicy> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
