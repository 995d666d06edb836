
namespace OutlookGuard.Core.Parsing;

/// <summary>Something in the input that could not be read as written, or a limit that was reached.</summary>
/// <param name="Code">Stable kebab-case code (<c>header-malformed</c>, <c>limit-header-count</c>, ...).</param>
/// <param name="Header">The header concerned, or null for the block as a whole.</param>
/// <param name="Detail">A short fixed description; never the header's value.</param>
public sealed record ParseIssue(string Code, string? Header, string Detail);
