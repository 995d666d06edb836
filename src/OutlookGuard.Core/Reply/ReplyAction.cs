using System.Text.Json.Serialization;

namespace OutlookGuard.Core.Reply;

/// <summary>What the reply guard tells Outlook to do at Send. Serialized in lower case.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplyAction>))]
public enum ReplyAction
{
    [JsonStringEnumMemberName("allow")]
    Allow = 0,

    [JsonStringEnumMemberName("warn")]
    Warn = 1,
}
