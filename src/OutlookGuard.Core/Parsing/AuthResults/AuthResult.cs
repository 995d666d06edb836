
namespace OutlookGuard.Core.Parsing.AuthResults;

/// <summary>
/// One method result inside an Authentication-Results header (RFC 8601 §2.2), e.g.
/// <c>dmarc=fail action=oreject header.from=contoso.com</c> or Microsoft's <c>compauth=fail reason=601</c>.
/// </summary>
/// <param name="Method">The method, lower case: spf, dkim, dmarc, compauth, arc, ...</param>
/// <param name="Result">The result, lower case: pass, fail, softfail, none, neutral, temperror, permerror, ...</param>
/// <param name="Reason">The reason= value (Microsoft's compauth reason code), or null.</param>
/// <param name="Comment">The comment after the result, e.g. <c>(sender IP is 192.0.2.1)</c>, or null.</param>
/// <param name="Properties">ptype.property=value pairs (smtp.mailfrom, header.d, header.from, ...) and Microsoft's bare keys (action).</param>
public sealed record AuthResult(
    string Method,
    string Result,
    string? Reason,
    string? Comment,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>A property value by its key (<c>header.from</c>, <c>smtp.mailfrom</c>, <c>action</c>), or null.</summary>
    public string? Property(string key) => Properties.TryGetValue(key, out var value) ? value : null;

    /// <summary>True for <c>pass</c>.</summary>
    public bool Passed => string.Equals(Result, "pass", StringComparison.Ordinal);
}
