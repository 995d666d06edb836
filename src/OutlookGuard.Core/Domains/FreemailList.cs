using OutlookGuard.Core.Data;

namespace OutlookGuard.Core.Domains;

/// <summary>
/// Free-mail and consumer mailbox domains (gmail.com, yahoo.co.jp, docomo.ne.jp, ...): a Reply-To that
/// leaves a company for one of them is the classic business-email-compromise move.
/// Entries follow SpamAssassin's convention: <c>*</c> matches any run of characters within one label.
/// </summary>
public sealed class FreemailList
{
    private static readonly Lazy<FreemailList> LazyDefault =
        new(() => Create(EmbeddedData.ReadLines("freemail_domains.txt")));

    private readonly HashSet<string> _exact;
    private readonly string[][] _patterns;

    private FreemailList(HashSet<string> exact, string[][] patterns)
    {
        _exact = exact;
        _patterns = patterns;
    }

    /// <summary>The embedded list (SpamAssassin's plus Japanese carriers and ISPs).</summary>
    public static FreemailList Default => LazyDefault.Value;

    /// <summary>Number of entries (exact names and patterns).</summary>
    public int Count => _exact.Count + _patterns.Length;

    /// <summary>Builds a list from entries; lines starting with '#' and blank lines are ignored.</summary>
    public static FreemailList Create(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var patterns = new List<string[]>();
        Add(entries, exact, patterns);
        return new FreemailList(exact, [.. patterns]);
    }

    /// <summary>A new list with more entries (an admin's <c>FreemailDomains</c>).</summary>
    public FreemailList With(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var exact = new HashSet<string>(_exact, StringComparer.Ordinal);
        var patterns = new List<string[]>(_patterns);
        Add(entries, exact, patterns);
        return new FreemailList(exact, [.. patterns]);
    }

    /// <summary>True when the domain (any form) is a free-mail domain.</summary>
    public bool Contains(DomainName? domain) => domain is not null && Contains(domain.Ascii);

    /// <summary>True when the A-label domain is a free-mail domain.</summary>
    public bool Contains(string asciiDomain)
    {
        ArgumentNullException.ThrowIfNull(asciiDomain);
        if (_exact.Contains(asciiDomain))
        {
            return true;
        }

        if (_patterns.Length == 0)
        {
            return false;
        }

        var labels = asciiDomain.Split('.');
        foreach (var pattern in _patterns)
        {
            if (pattern.Length == labels.Length && Matches(pattern, labels))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the entry is a valid list entry (a domain, optionally with '*' inside labels).</summary>
    public static bool IsValidEntry(string entry)
    {
        if (string.IsNullOrWhiteSpace(entry))
        {
            return false;
        }

        var probe = entry.Trim().Replace('*', 'x');
        return Idn.ToAscii(probe) is { } ascii && ascii.Contains('.', StringComparison.Ordinal);
    }

    private static void Add(IEnumerable<string> entries, HashSet<string> exact, List<string[]> patterns)
    {
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            if (entry.Contains('*', StringComparison.Ordinal))
            {
                patterns.Add(entry.ToLowerInvariant().Split('.'));
            }
            else if (Idn.ToAscii(entry) is { } ascii)
            {
                exact.Add(ascii);
            }
        }
    }

    private static bool Matches(string[] pattern, string[] labels)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (!LabelMatches(pattern[i], labels[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Glob within one label: '*' matches any run of characters except '.', with no backtracking blow-up
    // (labels are at most 63 characters and patterns hold one or two stars).
    private static bool LabelMatches(string pattern, string label)
    {
        var p = 0;
        var l = 0;
        var star = -1;
        var mark = 0;
        while (l < label.Length)
        {
            if (p < pattern.Length && pattern[p] == label[l])
            {
                p++;
                l++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = l;
            }
            else if (star >= 0)
            {
                p = star + 1;
                l = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
