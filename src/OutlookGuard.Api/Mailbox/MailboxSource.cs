namespace OutlookGuard.Api.Mailbox;

/// <summary>The value of <c>Mailbox:Source</c>.</summary>
public enum MailboxSource
{
    /// <summary>Microsoft Graph, on behalf of the signed-in user (production).</summary>
    Graph = 0,

    /// <summary>A folder of .eml files (offline demonstration and evaluation).</summary>
    Folder = 1,
}
