namespace OutlookGuard.Core.Headers;

/// <summary>Turns the Received values (topmost first) into hops with delays.</summary>
public static class ReceivedChain
{
    public static IReadOnlyList<ReceivedHop> Build(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var hops = new ReceivedHop[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            hops[i] = ReceivedParser.Parse(values[i], i);
        }

        return hops;
    }
}
