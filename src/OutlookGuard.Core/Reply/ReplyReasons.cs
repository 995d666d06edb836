namespace OutlookGuard.Core.Reply;

/// <summary>Why a recipient is flagged, as the API and the command line write it. Part of the contract: never rename one.</summary>
public static class ReplyReasons
{
    /// <summary>The recipient is the original's Reply-To, not its From, and the reading pane's Reply-To finding was medium or high.</summary>
    public const string ReplyToDivergence = "reply-to-divergence";

    /// <summary>The recipient's domain imitates an internal or protected domain (needs no original).</summary>
    public const string LookalikeDomain = "lookalike-domain";

    /// <summary>A free-mail recipient whose display name is a colleague's (from the original) or a protected name.</summary>
    public const string NameOnFreemail = "name-on-freemail";
}
