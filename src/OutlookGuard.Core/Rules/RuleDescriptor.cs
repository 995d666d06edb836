using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Rules;

/// <summary>What a rule is: its stable id (used in policy), default severity, and why it exists.</summary>
/// <param name="Id">Stable kebab-case id; never renamed once released, since policies name it.</param>
/// <param name="DefaultSeverity">The severity before context and policy.</param>
/// <param name="Rationale">One line: the attack or risk it answers.</param>
public sealed record RuleDescriptor(string Id, Severity DefaultSeverity, string Rationale);
