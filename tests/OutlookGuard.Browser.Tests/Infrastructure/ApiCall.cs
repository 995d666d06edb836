namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>One request the taskpane made to the API, and the status it got.</summary>
public sealed record ApiCall(string Method, string Path, string? Authorization, string? AcceptLanguage, int Status);
