namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>A request the fake Graph received.</summary>
internal sealed record GraphRequest(string Path, IReadOnlyDictionary<string, string> Query, string Authorization);
