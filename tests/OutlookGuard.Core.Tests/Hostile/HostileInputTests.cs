using System.Diagnostics;
using System.Text;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing;

namespace OutlookGuard.Core.Tests.Hostile;

/// <summary>
/// Input written by an attacker: every case must parse and analyze without an exception, in bounded
/// time, with every reached limit reported as a <see cref="ParseIssue"/> and the facts kept within the limits.
/// </summary>
public sealed class HostileInputTests
{
    // Generous: a hang guard on a shared machine, not a benchmark (see docs/performance.md for timings).
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private static readonly ParseLimits Limits = ParseLimits.Default;

    private const string Head = "Received: from mail.example.net (mail.example.net [198.51.100.7]) by mx.example.com with ESMTPS; Tue, 3 Mar 2020 10:00:00 +0000\r\n"
        + "From: Alice <alice@example.com>\r\n"
        + "To: Bob <bob@example.org>\r\n"
        + "Date: Tue, 3 Mar 2020 10:00:00 +0000\r\n"
        + "Message-ID: <m1@example.com>\r\n";

    private static MessageFacts ParseAndAnalyze(byte[] input)
    {
        var watch = Stopwatch.StartNew();
        var facts = MessageParser.Parse(input);
        var result = GuardEngine.Default.Analyze(facts, Language.En);
        watch.Stop();

        Assert.Same(facts, result.Message);
        Assert.True(watch.Elapsed < HangGuard, $"took {watch.Elapsed}");
        AssertBounded(facts);
        return facts;
    }

    private static MessageFacts ParseAndAnalyze(string input) => ParseAndAnalyze(Encoding.UTF8.GetBytes(input));

    internal static void AssertBounded(MessageFacts facts)
    {
        Assert.InRange(facts.Received.Count, 0, Limits.MaxReceivedHops);
        Assert.InRange(facts.AuthenticationResults.Count, 0, Limits.MaxAuthResultsHeaders);
        Assert.InRange(facts.Issues.Count, 0, Limits.MaxIssues);
        foreach (var list in new[] { facts.From, facts.ReplyTo, facts.To, facts.Cc })
        {
            Assert.InRange(list.Count, 0, Limits.MaxAddressesPerField);
            Assert.All(list, a => Assert.InRange(a.Address.Length, 0, Limits.MaxValueLength));
        }

        Assert.InRange(facts.Subject?.Length ?? 0, 0, Limits.MaxValueLength);
        Assert.InRange(facts.BodyPreview?.Length ?? 0, 0, Limits.MaxBodyPreviewLength);
        Assert.InRange(facts.References.Count, 0, Limits.MaxMessageIds);
    }

    private static bool HasIssue(MessageFacts facts, string code, string? header = null) =>
        facts.Issues.Any(i => i.Code == code && (header is null || string.Equals(i.Header, header, StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public void OneMegabyteSubject_IsCutAndReported()
    {
        var facts = ParseAndAnalyze(Head + "Subject: " + new string('A', 1_000_000) + "\r\n\r\nbody");

        Assert.Equal("alice@example.com", Assert.Single(facts.From).Address);
        Assert.NotNull(facts.Subject);
        Assert.Equal(Limits.MaxValueLength, facts.Subject!.Length);
        Assert.True(HasIssue(facts, "limit-value-length", "Subject") || HasIssue(facts, "limit-header-bytes"));
    }

    [Fact]
    public void FiftyThousandReceivedLines_ReadsOnlyTheLimit()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            sb.Append("Received: from h").Append(i).Append(".example.net ([192.0.2.1]) by mx.example.com; Tue, 3 Mar 2020 10:00:00 +0000\r\n");
        }

        var facts = ParseAndAnalyze(Head + sb + "Subject: hops\r\n\r\n");

        Assert.Equal(Limits.MaxReceivedHops, facts.Received.Count);
        Assert.True(HasIssue(facts, "limit-received-hops"));
        Assert.True(HasIssue(facts, "limit-header-bytes") || HasIssue(facts, "limit-header-count"));
    }

    [Fact]
    public void FiftyThousandReceivedPairsFromGraph_ReadsOnlyTheLimit()
    {
        var pairs = Enumerable.Range(0, 50_000)
            .Select(i => new KeyValuePair<string, string>("Received", $"from h{i}.example.net ([192.0.2.1]) by mx.example.com; Tue, 3 Mar 2020 10:00:00 +0000"))
            .Prepend(new KeyValuePair<string, string>("From", "alice@example.com"));

        var facts = MessageParser.ParsePairs(pairs, null);

        AssertBounded(facts);
        Assert.Equal(Limits.MaxReceivedHops, facts.Received.Count);
        Assert.True(HasIssue(facts, "limit-header-count"));
        Assert.True(HasIssue(facts, "limit-received-hops"));
    }

    [Fact]
    public void HeaderFoldedOverManyLines_CostsLinearTime()
    {
        static byte[] Folded(int lines)
        {
            var sb = new StringBuilder(Head + "X-Long: x");
            for (var i = 0; i < lines; i++)
            {
                sb.Append("\r\n =?us-ascii?q?gWBCRMVAgEBhnodhiYmGz4BgUG?=");
            }

            return Encoding.ASCII.GetBytes(sb.Append("\r\nSubject: after\r\n\r\n").ToString());
        }

        static double Best(byte[] input)
        {
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                var facts = MessageParser.Parse(input);
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                Assert.Equal("after", facts.Subject);
            }

            return best;
        }

        var small = Folded(2_000);
        var large = Folded(20_000);
        Best(small);

        var ratio = Best(large) / Math.Max(Best(small), 0.5);

        // Ten times the input: linear is ~10x; reading the field line by line into a growing buffer was ~100x.
        Assert.True(ratio < 40, $"20,000 folded lines took {ratio:F1}x the time of 2,000");
        ParseAndAnalyze(large);
    }

    [Fact]
    public void NulBytes_AreReadWithoutFailing()
    {
        var input = Encoding.UTF8.GetBytes(Head + "Subject: a\0b\0\0c\r\nReply-To: x\0y@example.net\r\n\0\0\r\n\r\nbody\0");

        var facts = ParseAndAnalyze(input);

        Assert.Equal("alice@example.com", Assert.Single(facts.From).Address);
        Assert.NotNull(facts.Subject);
    }

    [Fact]
    public void NulBytesOnly_GiveNoHeadersAndAnIssue()
    {
        var facts = ParseAndAnalyze(new byte[64 * 1024]);

        Assert.Empty(facts.From);
        Assert.NotEmpty(facts.Issues);
    }

    [Fact]
    public void InvalidUtf8AndMixedCharsets_AreDecodedOrReported()
    {
        var prefix = Encoding.ASCII.GetBytes(Head.Replace("From: Alice <alice@example.com>\r\n", string.Empty, StringComparison.Ordinal));
        byte[] shiftJisName = [0x83, 0x65, 0x83, 0x58, 0x83, 0x67];
        byte[] brokenUtf8 = [0xE9, 0x20, 0xC0, 0xAF, 0x80, 0xFF, 0xFE];
        var lines = new List<byte[]>
        {
            prefix,
            // Raw Shift_JIS and raw Latin-1 in one block, with an overlong UTF-8 sequence and a lone continuation byte.
            Encoding.ASCII.GetBytes("From: "),
            shiftJisName,
            Encoding.ASCII.GetBytes(" <a@example.com>\r\nSubject: caf"),
            brokenUtf8,
            Encoding.ASCII.GetBytes(" =?iso-2022-jp?B?GyRCJUYlOSVIGyhC?= =?utf-8?Q?=E2=82?= =?bogus-charset?Q?x?=\r\n"),
            Encoding.ASCII.GetBytes("Reply-To: =?utf-8?B?////?= <b@example.net>\r\n\r\n"),
        };

        var facts = ParseAndAnalyze(lines.SelectMany(l => l).ToArray());

        Assert.Equal("a@example.com", Assert.Single(facts.From).Address);
        Assert.Equal("b@example.net", Assert.Single(facts.ReplyTo).Address);
        Assert.Contains("テスト", facts.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\r\n")]
    public void BareLineEnds_AreReadWithoutFailing(string eol)
    {
        var input = $"From: alice@example.com{eol}To: bob@example.org{eol}Subject: line{eol}ends{eol}{eol}body{eol}";

        var facts = ParseAndAnalyze(input);

        Assert.NotEqual(0, facts.HeaderCount);
        if (eol == "\n")
        {
            Assert.Equal("alice@example.com", Assert.Single(facts.From).Address);
            Assert.Equal("bob@example.org", Assert.Single(facts.To).Address);
        }
    }

    [Fact]
    public void EncodedWordBomb_IsDecodedOnlyUpToTheLimit()
    {
        var word = "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("ほげ")) + "?=";
        var subject = string.Join(' ', Enumerable.Repeat(word, 30_000));
        var hugeWord = "=?utf-8?Q?" + new string('x', 200_000) + "?=";

        var facts = ParseAndAnalyze(Head + "Subject: " + subject + "\r\nThread-Topic: " + hugeWord + "\r\nReply-To: " + hugeWord + " <r@example.net>\r\n\r\n");

        Assert.True(HasIssue(facts, "limit-value-length", "Subject"));
        // Adjacent encoded words join without the space (RFC 2047 §6.2); only the first 64 KiB were decoded.
        Assert.StartsWith("ほげほげほげ", facts.Subject, StringComparison.Ordinal);
        Assert.InRange(facts.Subject!.Length, 1000, Limits.MaxValueLength);
        Assert.True(HasIssue(facts, "limit-value-length", "Reply-To") || facts.ReplyTo.Count == 1);
    }

    [Fact]
    public void DeeplyNestedComments_InAnAddress_AreSkipped()
    {
        var depth = 100_000;
        var from = "From: " + new string('(', depth) + "x" + new string(')', depth) + " alice@example.com\r\n";

        var facts = ParseAndAnalyze(from + "To: bob@example.org\r\n\r\n");

        Assert.Equal("bob@example.org", Assert.Single(facts.To).Address);
    }

    [Fact]
    public void UnclosedComment_InAnAddress_IsReported()
    {
        var facts = ParseAndAnalyze("From: " + new string('(', 200_000) + " alice@example.com\r\nTo: bob@example.org\r\n\r\n");

        Assert.Empty(facts.From);
        Assert.True(HasIssue(facts, "address-unreadable", "From"));
    }

    [Fact]
    public void DeeplyNestedGroups_InAnAddress_ReadOnlyTheAllowedDepth()
    {
        var depth = 10_000;
        var sb = new StringBuilder("To: ");
        for (var i = 0; i < depth; i++)
        {
            sb.Append('g').Append(i).Append(": outer").Append(i).Append("@example.org, ");
        }

        sb.Append("deep@example.org").Append(string.Concat(Enumerable.Repeat(";", depth)));

        var facts = ParseAndAnalyze(Head.Replace("To: Bob <bob@example.org>\r\n", string.Empty, StringComparison.Ordinal) + sb + "\r\n\r\n");

        Assert.DoesNotContain(facts.To, a => a.Address == "deep@example.org");
        Assert.Equal("alice@example.com", Assert.Single(facts.From).Address);
    }

    [Fact]
    public void TenThousandRecipients_KeepsTheLimitAndReports()
    {
        var to = "To: " + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"User {i} <u{i}@example.org>"));
        var cc = "Cc: team: " + string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"c{i}@example.org")) + ";";

        var facts = ParseAndAnalyze(Head.Replace("To: Bob <bob@example.org>\r\n", string.Empty, StringComparison.Ordinal) + to + "\r\n" + cc + "\r\n\r\n");

        Assert.Equal(Limits.MaxAddressesPerField, facts.To.Count);
        Assert.Equal(Limits.MaxAddressesPerField, facts.Cc.Count);
        Assert.Equal("u0@example.org", facts.To[0].Address);
        Assert.Single(facts.Issues, i => i.Code == "limit-addresses" && i.Header == "To");
        Assert.Single(facts.Issues, i => i.Code == "limit-addresses" && i.Header == "Cc");
    }

    [Fact]
    public void IdnMixingScripts_KeepsBothForms()
    {
        // "pаypal" with a Cyrillic а (U+0430) in a Latin name, plus a Greek-Latin mix in the Reply-To.
        var facts = ParseAndAnalyze("From: PayPal <service@p\u0430ypal.com>\r\nReply-To: <x@\u03B1pple-example.com>\r\nTo: bob@example.org\r\n\r\n");

        var domain = Assert.Single(facts.From).Domain;
        Assert.NotNull(domain);
        Assert.True(domain!.IsIdn);
        Assert.StartsWith("xn--", domain.Ascii, StringComparison.Ordinal);
        Assert.Equal("p\u0430ypal.com", domain.Unicode);
        Assert.True(Assert.Single(facts.ReplyTo).Domain!.IsIdn);
    }

    [Fact]
    public void InvalidPunycode_GivesNoDomainRatherThanFailing()
    {
        var facts = ParseAndAnalyze("From: a@xn--zz-\u0430.xn--.com\r\nReply-To: b@" + new string('a', 70) + ".xn--" + new string('9', 60) + ".com\r\n\r\n");

        Assert.Single(facts.From);
        Assert.Single(facts.ReplyTo);
    }

    [Fact]
    public void DuplicatedFromAndReplyTo_TheFirstWinsAndTheDuplicationIsRecorded()
    {
        var input = "From: Boss <boss@example.com>\r\n"
            + "Reply-To: boss@example.com\r\n"
            + "From: Attacker <attacker@evil.example>\r\n"
            + "Reply-To: attacker@evil.example\r\n"
            + "To: bob@example.com\r\n\r\n";

        var facts = ParseAndAnalyze(input);

        Assert.Equal("boss@example.com", Assert.Single(facts.From).Address);
        Assert.Equal("boss@example.com", Assert.Single(facts.ReplyTo).Address);
        Assert.Contains("From", facts.DuplicatedHeaders);
        Assert.Contains("Reply-To", facts.DuplicatedHeaders);
        Assert.True(HasIssue(facts, "header-duplicated", "From"));
        Assert.True(HasIssue(facts, "header-duplicated", "Reply-To"));
    }

    [Fact]
    public void DuplicatedFromInGraphPairs_IsRecordedToo()
    {
        var facts = MessageParser.ParsePairs(
            [new("From", "boss@example.com"), new("From", "attacker@evil.example")],
            null);

        Assert.Equal("boss@example.com", Assert.Single(facts.From).Address);
        Assert.Equal(["From"], facts.DuplicatedHeaders);
    }

    [Fact]
    public void NoBlankLine_TheWholeInputIsTheHeaderBlock()
    {
        var facts = ParseAndAnalyze(Head + "Subject: no body");

        Assert.Equal(6, facts.HeaderCount);
        Assert.Equal("no body", facts.Subject);
        Assert.Null(facts.BodyPreview);
    }

    [Fact]
    public void EmptyInput_GivesEmptyFactsAndAnIssue()
    {
        var facts = ParseAndAnalyze([]);

        Assert.Equal(0, facts.HeaderCount);
        Assert.Empty(facts.From);
        Assert.True(HasIssue(facts, "header-block-empty"));
        Assert.Equal(0, MessageParser.Parse(string.Empty).HeaderCount);
        Assert.Equal(0, MessageParser.ParsePairs([], null).HeaderCount);
    }

    [Fact]
    public void HugeStringInput_IsNotEncodedWhole()
    {
        var text = Head + "X-Filler: " + new string('x', 8 * 1024 * 1024) + "\r\n\r\n";

        var facts = MessageParser.Parse(text);

        AssertBounded(facts);
        Assert.True(HasIssue(facts, "limit-header-bytes"));
        Assert.Equal("alice@example.com", Assert.Single(facts.From).Address);
    }

    [Fact]
    public void FloodOfInvalidGraphNames_StopsAtTheCountLimit()
    {
        var pairs = Enumerable.Range(0, 1_000_000).Select(i => new KeyValuePair<string, string>("bad name " + i, "v"));

        var facts = MessageParser.ParsePairs(pairs, new string('x', 1024 * 1024));

        AssertBounded(facts);
        Assert.True(HasIssue(facts, "header-name-invalid"));
        Assert.True(HasIssue(facts, "limit-header-count"));
    }
}
