namespace OutlookGuard.Core.Reply;

/// <summary>The message being answered, as far as the guard needs it: its From and its Reply-To.</summary>
public sealed record ReplyOriginal(ReplyAddress From, IReadOnlyList<ReplyAddress> ReplyTo);
