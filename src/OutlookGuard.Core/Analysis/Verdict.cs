using System.Text.Json.Serialization;

namespace OutlookGuard.Core.Analysis;

/// <summary>The one-word answer for the reader: danger if any finding is high, caution if any is medium, safe otherwise.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("safe")]
    Safe = 0,

    [JsonStringEnumMemberName("caution")]
    Caution = 1,

    [JsonStringEnumMemberName("danger")]
    Danger = 2,
}
