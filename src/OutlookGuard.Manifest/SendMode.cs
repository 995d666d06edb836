namespace OutlookGuard.Manifest;

/// <summary>
/// What Outlook offers the user when the reply guard stops a send (the manifest's <c>SendMode</c> on
/// <c>OnMessageSend</c>). <c>Block</c>, which stops the send whenever the add-in cannot run, is left out on
/// purpose: a guard that only warns must never keep mail from leaving when the API is down.
/// </summary>
public enum SendMode
{
    /// <summary>The dialog offers "Send Anyway"; if the add-in cannot load, the message is sent. The default.</summary>
    PromptUser,

    /// <summary>Only the add-in decides; the message is still sent if the add-in is unavailable.</summary>
    SoftBlock,
}
