using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules;

/// <summary>What a rule is: its stable id (used in policy), its group, default severity, and why it exists.</summary>
/// <param name="Id">Stable kebab-case id; never renamed once released, since policies name it.</param>
/// <param name="Group">What the rule looks at (identity, authentication, content, transport, structure).</param>
/// <param name="DefaultSeverity">The severity before context and policy.</param>
/// <param name="Rationale">One line: the attack or risk it answers.</param>
public sealed record RuleDescriptor(string Id, RuleGroup Group, Severity DefaultSeverity, string Rationale);
