namespace OutlookGuard.Core.Reply;

/// <summary>A mailbox as the compose form or a header shows it: the display name (or null) and the address.</summary>
public sealed record ReplyAddress(string? Name, string Address);
