namespace OutlookGuard.Cli;

/// <summary>One line of <c>outlookguard rules --format json</c>.</summary>
internal sealed record RuleRow(string Id, string DefaultSeverity, string Rationale);
