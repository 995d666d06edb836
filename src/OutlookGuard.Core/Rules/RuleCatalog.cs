using OutlookGuard.Core.Rules.Authentication;
using OutlookGuard.Core.Rules.Content;
using OutlookGuard.Core.Rules.Identity;
using OutlookGuard.Core.Rules.Relationship;
using OutlookGuard.Core.Rules.Structure;
using OutlookGuard.Core.Rules.Transport;

namespace OutlookGuard.Core.Rules;

/// <summary>
/// The one list of rules, in banner priority order: when findings tie on severity, the earlier rule speaks.
/// Rules are listed group by group (relationship, identity, authentication, content, transport, structure);
/// registering a new rule is one line in its group's block. The relationship rules come first: they fire only
/// with a history, and then their evidence ("has never asked you to reply to this address before") is the
/// plainest banner.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Every built-in rule.</summary>
    public static IReadOnlyList<IRule> All { get; } =
    [
        new NewReplyToRule(),
        new UnusualOriginRule(),
        new LanguageShiftRule(),
        new FirstContactRule(),

        new ReplyToMismatchRule(),
        new InternalDomainSpoofRule(),
        new DisplayNameImpersonationRule(),
        new LookalikeDomainRule(),
        new AuthFailureRule(),
        new ProviderVerdictRule(),
        new FakeThreadRule(),
        new PaymentChangeRule(),
        new BecContentRule(),
        new SendingOriginRule(),
        new UnencryptedHopRule(),
        new DuplicateHeaderRule(),
        new MalformedHeadersRule(),
    ];

    /// <summary>Every built-in rule id.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(r => r.Descriptor.Id)];
}
