using System.Text.Json;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>What one event handler passed to event.completed, and how long it took from the event to that call.</summary>
public sealed record EventCompletion(string Api, string Key, JsonElement? Options, int Milliseconds)
{
    /// <summary>allowEvent as given; Outlook treats a missing option as allowed.</summary>
    public bool Allowed => Options is not { ValueKind: JsonValueKind.Object } options
        || !options.TryGetProperty("allowEvent", out var allow) || allow.GetBoolean();

    public string? ErrorMessage => Options is { ValueKind: JsonValueKind.Object } options && options.TryGetProperty("errorMessage", out var text)
        ? text.GetString()
        : null;
}
