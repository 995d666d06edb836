using System.Text;
using OutlookGuard.Core.Domains;
using OutlookGuard.Core.Parsing.AuthResults;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Facts;

/// <summary>
/// Picks the Authentication-Results (RFC 8601) written by the organization's own receiving system: for
/// Exchange Online the topmost header, which carries no authserv-id; for a third-party gateway, headers whose
/// authserv-id is in <c>TrustedAuthServIds</c>. Everything below the organization's inbound hop may have been
/// written by the sender, so it is never read.
/// </summary>
internal static class TrustedAuthResults
{
    /// <summary>The first trusted header with a dmarc or compauth result about the From domain, or null.</summary>
    public static AuthResultsHeader? ForFrom(RuleContext context)
    {
        var fromDomain = context.From?.Domain;
        foreach (var header in context.Message.AuthenticationResults)
        {
            if (!IsTrusted(context, header))
            {
                continue;
            }

            var dmarc = header.Find("dmarc");
            if (dmarc is null && header.Find("compauth") is null)
            {
                continue;
            }

            // A dmarc result about another domain (a second From, a forwarder) says nothing about this From.
            if (dmarc?.Property("header.from") is { } checkedDomain && fromDomain is not null
                && DomainName.TryCreate(checkedDomain) is { } checkedName
                && !string.Equals(checkedName.Ascii, fromDomain.Ascii, StringComparison.Ordinal))
            {
                continue;
            }

            return header;
        }

        return null;
    }

    /// <summary>True when the header was written by the organization's own receiving system.</summary>
    private static bool IsTrusted(RuleContext context, AuthResultsHeader header) =>
        header.AuthServId is null
            ? header.Ordinal == 0
            : context.Policy.IsTrustedAuthServId(header.AuthServId);

    /// <summary>
    /// The DMARC and compauth results as written (<see cref="Describe"/>), each also added to <paramref name="evidence"/>
    /// under the header they came from.
    /// </summary>
    public static List<string> DescribeInto(AuthResultsHeader header, AuthResult? dmarc, AuthResult? compauth, List<Analysis.Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(evidence);
        var results = new List<string>(2);
        foreach (var result in (ReadOnlySpan<AuthResult?>)[dmarc, compauth])
        {
            if (result is not null)
            {
                var text = Describe(result);
                results.Add(text);
                evidence.Add(new(header.HeaderName, text));
            }
        }

        return results;
    }

    /// <summary>One method result as written: <c>dmarc=fail action=oreject header.from=contoso.com</c>.</summary>
    public static string Describe(AuthResult result)
    {
        var sb = new StringBuilder();
        sb.Append(result.Method).Append('=').Append(result.Result);
        if (!string.IsNullOrEmpty(result.Reason))
        {
            sb.Append(" reason=").Append(result.Reason);
        }

        if (result.Property("action") is { } action)
        {
            sb.Append(" action=").Append(action);
        }

        if (result.Property("header.from") is { } headerFrom)
        {
            sb.Append(" header.from=").Append(headerFrom);
        }

        if (!string.IsNullOrEmpty(result.Comment) && result.Comment.Length <= 80)
        {
            sb.Append(" (").Append(result.Comment).Append(')');
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when the From domain's own DMARC policy asks receivers to quarantine or reject: Exchange Online's
    /// <c>action=</c> (reject, oreject, quarantine, oquarantine, pct.quarantine, pct.reject) or the <c>p=</c>
    /// other receivers put in the comment.
    /// </summary>
    public static bool PolicyEnforces(AuthResult? dmarc)
    {
        if (dmarc is null)
        {
            return false;
        }

        if (dmarc.Property("action") is { } action
            && (action.Contains("reject", StringComparison.OrdinalIgnoreCase) || action.Contains("quarantine", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (dmarc.Comment is { } comment)
        {
            foreach (var token in comment.Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.StartsWith("p=", StringComparison.OrdinalIgnoreCase)
                    && (token.EndsWith("reject", StringComparison.OrdinalIgnoreCase) || token.EndsWith("quarantine", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
