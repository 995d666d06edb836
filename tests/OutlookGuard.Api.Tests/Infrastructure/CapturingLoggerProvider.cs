using System.Collections.Concurrent;

namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>Keeps every log line the API writes (all categories, the framework's included) for assertions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void Dispose()
    {
    }
}
