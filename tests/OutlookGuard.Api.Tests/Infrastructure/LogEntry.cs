namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>One captured log line.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, string? Exception);
