
namespace OutlookGuard.Core.Analysis;

/// <summary>One fact a finding rests on: the header read (or a derived fact such as <c>origin</c>) and its value.</summary>
public sealed record Evidence(string Header, string Value);
