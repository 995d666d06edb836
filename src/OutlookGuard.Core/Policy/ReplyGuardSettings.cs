namespace OutlookGuard.Core.Policy;

/// <summary>The reply guard (<c>Guard:ReplyGuard</c>): the check Outlook runs when a user sends a message.</summary>
public sealed class ReplyGuardSettings
{
    /// <summary>False: every reply check answers allow without looking. Default true. A tenant can switch it off for itself.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// What the manifest asks Outlook to do with a stopped message. One manifest serves every tenant, so only the
    /// top-level value counts; <c>outlookguard manifest --policy</c> reads it. Default <see cref="ReplySendMode.PromptUser"/>.
    /// </summary>
    public ReplySendMode SendMode { get; set; } = ReplySendMode.PromptUser;
}
