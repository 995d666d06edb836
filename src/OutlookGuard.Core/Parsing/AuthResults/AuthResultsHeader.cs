
namespace OutlookGuard.Core.Parsing.AuthResults;

/// <summary>
/// One Authentication-Results (RFC 8601) or ARC-Authentication-Results (RFC 8617) header.
/// Where it sits matters: only results written by the receiving system itself can be trusted,
/// everything below the organization's inbound hop may have been written by the sender.
/// </summary>
/// <param name="HeaderName">The header's name as written.</param>
/// <param name="Position">0-based position among all headers of the block (0 = the topmost header).</param>
/// <param name="Ordinal">0-based position among headers of the same name (0 = the topmost one).</param>
/// <param name="AuthServId">The authserv-id, or null when absent (Exchange Online writes none).</param>
/// <param name="Instance">The ARC instance (i=) for ARC-Authentication-Results.</param>
/// <param name="Results">The method results, in header order.</param>
public sealed record AuthResultsHeader(
    string HeaderName,
    int Position,
    int Ordinal,
    string? AuthServId,
    int? Instance,
    IReadOnlyList<AuthResult> Results)
{
    /// <summary>The first result for a method (spf, dkim, dmarc, compauth, arc), or null.</summary>
    public AuthResult? Find(string method)
    {
        foreach (var result in Results)
        {
            if (string.Equals(result.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                return result;
            }
        }

        return null;
    }
}
