namespace OutlookGuard.Core.Rules;

/// <summary>The one list of rules, in banner priority order: when findings tie on severity, the earlier rule speaks.</summary>
public static class RuleCatalog
{
    /// <summary>Every built-in rule.</summary>
    public static IReadOnlyList<IRule> All { get; } =
    [
        new DisplayNameImpersonationRule(),
        new LookalikeDomainRule(),
    ];

    /// <summary>Every built-in rule id.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(r => r.Descriptor.Id)];
}
