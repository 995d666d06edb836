using OutlookGuard.Core.Data;

namespace OutlookGuard.Core.Domains;

/// <summary>
/// The Public Suffix List (https://publicsuffix.org, MPL-2.0), embedded: tells <c>co.jp</c> and <c>co.uk</c>
/// from the names registered under them, which is how DMARC (RFC 7489 §3.2) finds an "organizational
/// domain". Rules are matched with the list's algorithm: the longest matching rule wins, exception
/// rules (<c>!</c>) beat wildcards (<c>*</c>), and an unlisted TLD is treated as a public suffix of one label.
/// </summary>
public sealed class PublicSuffixList
{
    private static readonly Lazy<PublicSuffixList> LazyDefault =
        new(() => Parse(EmbeddedData.ReadText("public_suffix_list.dat")));

    // The rules, the wildcard rules' parents and the exception rules, looked up by span, so that walking a name's
    // suffixes allocates nothing.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ruleLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wildcardLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exceptionLookup;

    private PublicSuffixList(HashSet<string> rules, HashSet<string> wildcards, HashSet<string> exceptions)
    {
        _ruleLookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _wildcardLookup = wildcards.GetAlternateLookup<ReadOnlySpan<char>>();
        _exceptionLookup = exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded list, parsed once.</summary>
    public static PublicSuffixList Default => LazyDefault.Value;

    /// <summary>Parses the list's text format (comments with //, one rule per line, ICANN and private sections alike).</summary>
    public static PublicSuffixList Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var wildcards = new HashSet<string>(StringComparer.Ordinal);
        var exceptions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var space = line.IndexOfAny([' ', '\t']);
            if (space > 0)
            {
                line = line[..space];
            }

            if (line.StartsWith('!'))
            {
                AddAscii(exceptions, line[1..]);
            }
            else if (line.StartsWith("*.", StringComparison.Ordinal))
            {
                AddAscii(wildcards, line[2..]);
            }
            else
            {
                AddAscii(rules, line);
            }
        }

        return new PublicSuffixList(rules, wildcards, exceptions);
    }

    /// <summary>The public suffix of an A-label domain (<c>co.jp</c> for <c>mail.hanabi.co.jp</c>).</summary>
    public string GetPublicSuffix(string asciiDomain)
    {
        ArgumentNullException.ThrowIfNull(asciiDomain);
        var domain = asciiDomain.TrimEnd('.').ToLowerInvariant();

        // Walk suffixes from the longest (the whole name) to the shortest; the first match is the longest rule.
        // The lists are looked up by span: only the answer becomes a string.
        var start = 0;
        while (true)
        {
            var candidate = domain.AsSpan(start);
            if (_exceptionLookup.Contains(candidate))
            {
                // An exception rule: the public suffix is the candidate minus its leftmost label.
                var dot = candidate.IndexOf('.');
                return dot < 0 ? domain[start..] : domain[(start + dot + 1)..];
            }

            if (_ruleLookup.Contains(candidate))
            {
                return domain[start..];
            }

            var next = candidate.IndexOf('.');
            if (next >= 0 && _wildcardLookup.Contains(candidate[(next + 1)..]))
            {
                return domain[start..];
            }

            if (next < 0)
            {
                // Unlisted TLD: the "*" default rule makes the last label the suffix.
                return domain[start..];
            }

            start += next + 1;
        }
    }

    /// <summary>
    /// The registrable domain (public suffix plus one label) of an A-label domain, or null when the name
    /// is itself a public suffix (or empty).
    /// </summary>
    public string? GetRegistrableDomain(string asciiDomain)
    {
        ArgumentNullException.ThrowIfNull(asciiDomain);
        var domain = asciiDomain.TrimEnd('.').ToLowerInvariant();
        if (domain.Length == 0)
        {
            return null;
        }

        var suffix = GetPublicSuffix(domain);
        if (suffix.Length >= domain.Length)
        {
            return null;
        }

        var head = domain[..(domain.Length - suffix.Length - 1)];
        var lastDot = head.LastIndexOf('.');
        return (lastDot < 0 ? head : head[(lastDot + 1)..]) + "." + suffix;
    }

    private static void AddAscii(HashSet<string> set, string rule)
    {
        var ascii = Idn.ToAscii(rule);
        if (ascii is not null)
        {
            set.Add(ascii);
        }
    }
}
