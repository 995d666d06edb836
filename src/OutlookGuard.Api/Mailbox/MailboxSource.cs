namespace OutlookGuard.Api.Mailbox;

/// <summary>The value of <c>Mailbox:Source</c>.</summary>
public enum MailboxSource
{
    /// <summary>Microsoft Graph, on behalf of the signed-in user (production).</summary>
    Graph = 0,

    /// <summary>A folder of .eml files (offline demonstration and evaluation).</summary>
    Folder = 1,

    /// <summary>
    /// No mailbox is read: the taskpane sends the open message's headers itself (<c>POST /api/analysis</c>), so the
    /// service needs no Mail.Read permission. Reading a message by id answers <c>headers-from-pane</c>; the reply check
    /// judges the recipients alone; there is no history.
    /// </summary>
    Client = 2,
}
