
namespace OutlookGuard.Core.Parsing.Received;

/// <summary>
/// Turns the Received values (topmost first, as they stand in the header block) into hops, each with its
/// delay from the hop below it (the older one, next index). A negative delay means the two servers'
/// clocks disagree; it is kept as is, because skew is itself worth seeing.
/// </summary>
public static class ReceivedChain
{
    /// <summary>Builds the chain with the default limits; see <see cref="Build(IReadOnlyList{string}, ParseLimits, ICollection{ParseIssue})"/>.</summary>
    public static IReadOnlyList<ReceivedHop> Build(IReadOnlyList<string> values) => Build(values, ParseLimits.Default, []);

    /// <summary>
    /// Builds the chain, reading at most <see cref="ParseLimits.MaxReceivedHops"/> values (the topmost ones,
    /// written by the servers closest to the mailbox); when there are more, a <c>limit-received-hops</c>
    /// issue is added and the oldest are ignored.
    /// </summary>
    public static IReadOnlyList<ReceivedHop> Build(IReadOnlyList<string> values, ParseLimits limits, ICollection<ParseIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(issues);

        var count = Math.Min(values.Count, Math.Max(0, limits.MaxReceivedHops));
        if (values.Count > count)
        {
            issues.Add(new ParseIssue("limit-received-hops", "Received", "More Received headers than the analysis reads; the oldest were ignored."));
        }

        var hops = new ReceivedHop[count];
        var tokens = new List<ReceivedToken>(32);
        for (var i = count - 1; i >= 0; i--)
        {
            hops[i] = ReceivedParser.Parse(values[i] ?? string.Empty, i, tokens, i + 1 < count ? hops[i + 1].Timestamp : null);
        }

        return hops;
    }
}
