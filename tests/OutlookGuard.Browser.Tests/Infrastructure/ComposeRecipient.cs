namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>A recipient of the message being composed, as Office.js returns it (displayName, emailAddress).</summary>
public sealed record ComposeRecipient(string? Name, string Address);
