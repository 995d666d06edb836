using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Cli;

/// <summary>What <c>analyze</c> prints for one input: its report, or the reason it could not be read.</summary>
internal sealed record Report(string Path, string? Output, Verdict Verdict, string? Error);
