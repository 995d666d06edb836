using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Policy;

/// <summary>An admin's override for one rule: switch it off, or fix its severity.</summary>
public sealed class RuleSettings
{
    /// <summary>False turns the rule off. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When set, replaces the severity the rule would give. Default null (the rule decides from context).</summary>
    public Severity? Severity { get; set; }
}
