using System.ComponentModel.DataAnnotations;
using OutlookGuard.Api.History;

namespace OutlookGuard.Api.Mailbox;

/// <summary>The <c>Mailbox</c> section: where <c>GET /api/messages/{id}/analysis</c> reads messages.</summary>
public sealed class MailboxOptions
{
    public const string SectionName = "Mailbox";

    /// <summary><c>Graph</c> (default) or <c>Folder</c>.</summary>
    public MailboxSource Source { get; set; } = MailboxSource.Graph;

    /// <summary>With <c>Folder</c>: the folder of .eml (or .txt) files; the id is the file name without extension.</summary>
    public string? Folder { get; set; }

    /// <summary>Where the user's history with a sender is read: <c>Off</c> (default), <c>Graph</c> or <c>Folder</c>.</summary>
    public HistoryMode History { get; set; } = HistoryMode.Off;

    /// <summary>
    /// With <c>History=Folder</c>: the exported mailbox (its <c>sent/</c> subfolder for Sent Items); a relative path is
    /// read under <see cref="Folder"/>. Default: <see cref="Folder"/> itself.
    /// </summary>
    public string? HistoryFolder { get; set; }

    /// <summary>The folder the history is read from with <c>History=Folder</c>.</summary>
    public string? EffectiveHistoryFolder =>
        HistoryFolder is null || Folder is null ? HistoryFolder ?? Folder : Path.Combine(Folder, HistoryFolder);

    /// <summary>Milliseconds the history may take; what has not arrived by then is left unread (partial). Default 2500.</summary>
    [Range(100, 30_000)]
    public int HistoryBudgetMilliseconds { get; set; } = 2500;

    /// <summary>Earlier messages from the sender read (Graph's <c>$top</c>, one page). Default 25, at most 50.</summary>
    [Range(1, 50)]
    public int HistoryMaxMessages { get; set; } = 25;

    /// <summary>Minutes the derived features of one (tenant, user, sender) are kept in memory. Default 60.</summary>
    [Range(1, 1440)]
    public int HistoryCacheMinutes { get; set; } = 60;
}
