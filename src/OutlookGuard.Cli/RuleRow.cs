namespace OutlookGuard.Cli;

/// <summary>One line of <c>outlookguard rules --format json</c>.</summary>
internal sealed record RuleRow(string Id, string Group, string DefaultSeverity, string Rationale);
