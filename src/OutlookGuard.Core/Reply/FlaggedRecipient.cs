namespace OutlookGuard.Core.Reply;

/// <summary>A recipient the reply guard warns about, and why (one of <see cref="ReplyReasons"/>).</summary>
public sealed record FlaggedRecipient(string Address, string Reason);
