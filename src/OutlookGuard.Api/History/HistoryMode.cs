namespace OutlookGuard.Api.History;

/// <summary>The value of <c>Mailbox:History</c>: where the user's history with a sender is read, if at all.</summary>
public enum HistoryMode
{
    /// <summary>No history is read (default): the relationship rules never fire.</summary>
    Off = 0,

    /// <summary>Microsoft Graph on behalf of the user (Mail.Read): one list query for the sender, one Sent Items probe.</summary>
    Graph = 1,

    /// <summary>The folder of <c>Mailbox:Folder</c> (its <c>sent/</c> subfolder for Sent Items), with <c>Mailbox:Source=Folder</c>.</summary>
    Folder = 2,
}
