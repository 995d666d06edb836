using System.Text.Json.Serialization;

namespace OutlookGuard.Core.History;

/// <summary>
/// How much of the relationship was read: rules never read a history that was not read as "new". Serialized in
/// lower case (none, partial, full).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HistoryCompleteness>))]
public enum HistoryCompleteness
{
    /// <summary>No history was read (history off, no mailbox, or nothing arrived in time): every relationship rule stays silent.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>One of the two reads answered (the messages from the sender, or the Sent Items probe), the other did not.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial = 1,

    /// <summary>Both reads answered, each within its bounded window.</summary>
    [JsonStringEnumMemberName("full")]
    Full = 2,
}
