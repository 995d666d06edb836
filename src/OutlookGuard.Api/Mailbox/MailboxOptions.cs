namespace OutlookGuard.Api.Mailbox;

/// <summary>The <c>Mailbox</c> section: where <c>GET /api/messages/{id}/analysis</c> reads messages.</summary>
public sealed class MailboxOptions
{
    public const string SectionName = "Mailbox";

    /// <summary><c>Graph</c> (default) or <c>Folder</c>.</summary>
    public MailboxSource Source { get; set; } = MailboxSource.Graph;

    /// <summary>With <c>Folder</c>: the folder of .eml (or .txt) files; the id is the file name without extension.</summary>
    public string? Folder { get; set; }
}
