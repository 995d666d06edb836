
namespace OutlookGuard.Core.Parsing;

/// <summary>
/// The issues of one parse: each code is kept once per header, and at most <see cref="ParseLimits.MaxIssues"/>
/// in all, so a hostile block cannot grow the list with every bad field it repeats.
/// </summary>
internal sealed class IssueList(int capacity)
{
    private readonly List<ParseIssue> _items = [];

    public void Add(ParseIssue issue)
    {
        if (_items.Count >= capacity)
        {
            return;
        }

        foreach (var item in _items)
        {
            if (string.Equals(item.Code, issue.Code, StringComparison.Ordinal)
                && string.Equals(item.Header, issue.Header, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        _items.Add(issue);
    }

    public bool Contains(string code) => _items.Exists(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    public ParseIssue[] ToArray() => [.. _items];
}
