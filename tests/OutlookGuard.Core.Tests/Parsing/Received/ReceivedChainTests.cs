using System.Globalization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Core.Tests.Parsing.Received;

public sealed class ReceivedChainTests
{
    private static MessageFacts Parse(string fixture, MessageParserOptions? options = null) =>
        MessageParser.Parse(Fixtures.Bytes("received/" + fixture), options);

    // MHA's test for this chain expects a total of "310 minutes 14 seconds"; the first hop into Exchange
    // Online holds almost all of it (PowerMTA stamped 17:51:19 -0400, Exchange Online 03:01:32 +0000).
    [Fact]
    public void NfcuChain_DelaysAreDifferencesToTheOlderHop()
    {
        var hops = Parse("received-chain-nfcu-powermta-to-eop-2018.txt").Received;

        Assert.Equal(4, hops.Count);
        Assert.Equal([0, 1, 2, 3], hops.Select(h => h.Index));
        Assert.Equal(TimeSpan.FromSeconds(1), hops[0].Delay);
        Assert.Equal(TimeSpan.Zero, hops[1].Delay);
        Assert.Equal(new TimeSpan(5, 10, 13), hops[2].Delay);
        Assert.Null(hops[3].Delay);
        Assert.Equal(new TimeSpan(5, 10, 14), hops[0].Timestamp - hops[3].Timestamp);
    }

    // The SendGrid filter stamped 02:54:17.028 and the Exchange Online frontend 02:54:17 (whole seconds):
    // the later hop looks 28.7 ms older. The negative delay is kept, not clamped.
    [Fact]
    public void ClockSkew_KeepsNegativeDelay()
    {
        var hops = Parse("received-chain-github-sendgrid-to-eop-2018.txt").Received;

        Assert.Equal(5, hops.Count);
        Assert.Equal(TimeSpan.FromTicks(-287047), hops[2].Delay);
        Assert.True(hops[2].Delay < TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromTicks(417047), hops[3].Delay);
    }

    [Fact]
    public void EwsGmailChain_EveryHopHasATimeAndTlsWhereStated()
    {
        var hops = Parse("ews-extracted-gmail-to-outlook-2018.txt").Received;

        Assert.Equal(5, hops.Count);
        Assert.All(hops, h => Assert.NotNull(h.Timestamp));
        Assert.Equal([true, true, true, false, true], hops.Select(h => h.Tls));
        Assert.Equal(TimeSpan.FromSeconds(1), hops[3].Delay);
    }

    [Fact]
    public void HopWithoutDate_LeavesBothNeighbouringDelaysUnknown()
    {
        var hops = ReceivedChain.Build([
            "from b.example by c.example; Tue, 17 Nov 2026 09:12:44 +0000",
            "from a.example by b.example with ESMTP",
            "from x.example by a.example; Tue, 17 Nov 2026 09:12:40 +0000",
        ]);

        Assert.Null(hops[0].Delay);
        Assert.Null(hops[1].Delay);
        Assert.Null(hops[2].Delay);
    }

    [Fact]
    public void MoreHopsThanTheLimit_KeepsTheTopmostAndRecordsAnIssue()
    {
        var issues = new List<ParseIssue>();
        var values = Enumerable.Range(0, 5)
            .Select(i => $"from h{i + 1}.example by h{i}.example; Tue, 17 Nov 2026 09:12:{50 - i:00} +0000")
            .ToList();

        var hops = ReceivedChain.Build(values, ParseLimits.Default with { MaxReceivedHops = 3 }, issues);

        Assert.Equal(3, hops.Count);
        Assert.Equal("h0.example", hops[0].ByHost);
        Assert.Equal(TimeSpan.FromSeconds(1), hops[1].Delay);
        Assert.Null(hops[2].Delay);
        var issue = Assert.Single(issues);
        Assert.Equal("limit-received-hops", issue.Code);
        Assert.Equal("Received", issue.Header);
    }

    [Fact]
    public void ExactlyTheLimit_RecordsNoIssue()
    {
        var issues = new List<ParseIssue>();

        var hops = ReceivedChain.Build(["by a.example; Tue, 17 Nov 2026 09:12:50 +0000", "by b.example; Tue, 17 Nov 2026 09:12:49 +0000"], ParseLimits.Default with { MaxReceivedHops = 2 }, issues);

        Assert.Equal(2, hops.Count);
        Assert.Empty(issues);
    }

    [Fact]
    public void MessageParser_AppliesTheHopLimitOnce()
    {
        var facts = Parse("received-chain-nfcu-powermta-to-eop-2018.txt", new MessageParserOptions { Limits = ParseLimits.Default with { MaxReceivedHops = 2 } });

        Assert.Equal(2, facts.Received.Count);
        Assert.Single(facts.Issues, i => i.Code == "limit-received-hops");
    }

    [Fact]
    public void EmptyChain_IsEmpty()
    {
        Assert.Empty(ReceivedChain.Build([]));
    }

    [Fact]
    public void PairsAndBlock_GiveTheSameHops()
    {
        var text = Fixtures.Text("received/received-chain-github-sendgrid-to-eop-2018.txt");
        var block = MessageParser.Parse(text);
        var pairs = MessageParser.ParsePairs(Unfold(text), bodyPreview: null);

        Assert.Equal(5, block.Received.Count);
        Assert.Equal(block.Received, pairs.Received);
    }

    private static List<KeyValuePair<string, string>> Unfold(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]) && pairs.Count > 0)
            {
                var last = pairs[^1];
                pairs[^1] = new(last.Key, last.Value + " " + line.Trim());
            }
            else
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                pairs.Add(new(line[..colon], line[(colon + 1)..].Trim()));
            }
        }

        return pairs;
    }

    [Fact]
    public void Timestamps_KeepTheWrittenOffset()
    {
        var hops = Parse("received-chain-nfcu-powermta-to-eop-2018.txt").Received;

        Assert.Equal(TimeSpan.FromHours(-4), hops[3].Timestamp!.Value.Offset);
        Assert.Equal(DateTimeOffset.Parse("2018-04-20T21:51:19Z", CultureInfo.InvariantCulture), hops[3].Timestamp);
    }
}
