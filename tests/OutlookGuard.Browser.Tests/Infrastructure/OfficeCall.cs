using System.Text.Json;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>One Office.js call the taskpane made, as the stand-in recorded it.</summary>
public sealed record OfficeCall(
    string Api,
    string? ItemId,
    string? Key,
    string? Type,
    string? Message,
    string? Icon,
    string? RestVersion,
    string? EventType,
    IReadOnlyList<string>? ToRecipients = null,
    string? Subject = null,
    IReadOnlyList<JsonElement>? Attachments = null);
