using System.Text.Json.Serialization;

namespace OutlookGuard.Core.Policy;

/// <summary>
/// How Outlook treats a reply the guard stops at Send (the manifest's <c>SendMode</c> of <c>OnMessageSend</c>).
/// Outlook's third mode, <c>Block</c>, is left out: it stops every message whenever the add-in cannot run.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplySendMode>))]
public enum ReplySendMode
{
    /// <summary>The dialog offers Send Anyway; if the add-in cannot run, the message is sent.</summary>
    PromptUser = 0,

    /// <summary>The user must change the message; if the add-in cannot run, the message is sent.</summary>
    SoftBlock = 1,
}
