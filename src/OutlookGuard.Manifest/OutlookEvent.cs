namespace OutlookGuard.Manifest;

/// <summary>
/// One Outlook event that can launch the add-in, under its names in both manifest formats and the
/// Mailbox requirement set that introduced it ("Activate add-ins with events", Supported events).
/// </summary>
/// <param name="XmlName">The <c>LaunchEvent Type</c> in the add-in only (XML) manifest.</param>
/// <param name="UnifiedName">The <c>autoRunEvents[].events[].type</c> in the unified manifest.</param>
/// <param name="MinimumMailbox">The first Mailbox requirement set that raises the event.</param>
public sealed record OutlookEvent(string XmlName, string UnifiedName, string MinimumMailbox)
{
    /// <summary>Composing a new message, a reply, a reply all or a forward (not reopening a draft).</summary>
    public static readonly OutlookEvent NewMessageCompose = new("OnNewMessageCompose", "newMessageComposeCreated", "1.10");

    /// <summary>Send was selected (Smart Alerts); the only event that takes a send mode.</summary>
    public static readonly OutlookEvent MessageSend = new("OnMessageSend", "messageSending", "1.12");

    /// <summary>
    /// The message-compose events a reply guard can use, as Outlook documents them. Neither schema checks
    /// event names (the XSD types <c>Type</c> as a short string, the JSON schema <c>type</c> as any string
    /// of up to 64 characters), so the validators check them against this list: a misspelt event is
    /// accepted by Outlook and simply never fires.
    /// </summary>
    public static readonly IReadOnlyList<OutlookEvent> Documented =
    [
        NewMessageCompose,
        new("OnMessageRecipientsChanged", "messageRecipientsChanged", "1.11"),
        new("OnMessageCompose", "messageComposeOpened", "1.12"),
        MessageSend,
    ];
}
