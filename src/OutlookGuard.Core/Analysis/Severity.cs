using System.Text.Json.Serialization;

namespace OutlookGuard.Core.Analysis;

/// <summary>How much a finding matters, lowest first. Serialized in lower case (info, low, medium, high).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("info")]
    Info = 0,

    [JsonStringEnumMemberName("low")]
    Low = 1,

    [JsonStringEnumMemberName("medium")]
    Medium = 2,

    [JsonStringEnumMemberName("high")]
    High = 3,
}
