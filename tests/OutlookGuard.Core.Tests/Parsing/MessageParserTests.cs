using System.Text;
using System.Text.Json;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Parsing;
using OutlookGuard.Core.Parsing.Exchange;

namespace OutlookGuard.Core.Tests.Parsing;

public sealed class MessageParserTests
{
    private static MessageFacts Parse(string fixture) => MessageParser.Parse(Fixtures.Bytes(fixture));

    [Fact]
    public void ExchangeOnlineNewsletter_ReadsAddressesOfEveryRole()
    {
        var facts = Parse("parser/eop-constantcontact-newsletter-outlookcom-2020.txt");

        Assert.Equal("memberservices@wtvi.org", Assert.Single(facts.From).Address);
        Assert.Equal("PBS Charlotte", facts.From[0].DisplayName);
        Assert.Equal("wtvi.org", facts.From[0].Domain!.Registrable);
        Assert.Equal("memberservices@wtvi.org", Assert.Single(facts.ReplyTo).Address);
        Assert.NotNull(facts.Sender);
        Assert.EndsWith("ccsend.com", facts.Sender!.Domain!.Ascii, StringComparison.Ordinal);
        Assert.NotNull(facts.ReturnPath);
        Assert.Equal("test@outlook.com", Assert.Single(facts.To).Address);
        Assert.Equal("Hear Hamilton Anytime, Anywhere", facts.Subject);
        Assert.NotNull(facts.Date);
        Assert.NotNull(facts.MessageId);
        Assert.True(facts.HeaderCount > 40);
    }

    [Fact]
    public void ExchangeOnlineNewsletter_ReadsAuthenticationResultsWithTheirPlace()
    {
        var facts = Parse("parser/eop-constantcontact-newsletter-outlookcom-2020.txt");

        var header = Assert.Single(facts.AuthenticationResults);
        Assert.Null(header.AuthServId);
        Assert.Equal(0, header.Ordinal);
        Assert.True(header.Position > 0);
        Assert.Equal("pass", header.Find("spf")!.Result);
        Assert.Equal("in.constantcontact.com", header.Find("spf")!.Property("smtp.mailfrom"));
        Assert.Equal("pass", header.Find("dkim")!.Result);
        Assert.Equal("pbscharlotte.ccsend.com", header.Find("dkim")!.Property("header.d"));
        var dmarc = header.Find("dmarc")!;
        Assert.Equal("none", dmarc.Result);
        Assert.Equal("wtvi.org", dmarc.Property("header.from"));
        Assert.Equal("none", dmarc.Property("action"));
        var compauth = header.Find("compauth")!;
        Assert.Equal("fail", compauth.Result);
        Assert.Equal("001", compauth.Reason);
    }

    [Fact]
    public void ExchangeOnlineNewsletter_ReadsExchangeStamps()
    {
        // Through the engine: the origin is the facts stage's, the stamps are the parser's.
        var facts = GuardEngine.Default.ReadFacts(MessageInput.FromBytes(Fixtures.Bytes("parser/eop-constantcontact-newsletter-outlookcom-2020.txt")));

        var report = facts.Forefront!;
        Assert.Equal("208.75.123.162", report.Cip);
        Assert.Equal("US", report.Ctry);
        Assert.Equal("en", report.Lang);
        Assert.Equal("NSPM", report.Sfv);
        Assert.Equal("NONE", report.Cat);
        Assert.Equal("NLI", report.Ipv);
        Assert.Equal("INB", report.Dir);
        Assert.Equal("Anonymous", facts.Exchange.AuthAs);
        Assert.Equal("Incoming", facts.Exchange.MessageDirectionality);
        Assert.Equal(0, facts.Exchange.Scl);
        Assert.Equal(1, facts.Exchange.Bcl);
        Assert.Equal("208.75.123.162", facts.Origin!.Ip);
        Assert.Equal("US", facts.Origin.Country);
    }

    [Fact]
    public void Parser_KnowsNoPolicy_LeavesTheOriginToTheEngine()
    {
        var parsed = Parse("parser/eop-constantcontact-newsletter-outlookcom-2020.txt");

        Assert.Equal("208.75.123.162", parsed.Forefront!.Cip);
        Assert.Null(parsed.Origin);
    }

    [Fact]
    public void ForefrontReport_WithIpv6ClientAddress_KeepsTheWholeAddress()
    {
        var report = ForefrontParser.Parse("CIP:2a01:111:f400:fe5a::70d;CTRY:IE;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:EUR05-AM6-obe.outbound.protection.outlook.com;PTR:;CAT:NONE;DIR:INB;")!;

        Assert.Equal("2a01:111:f400:fe5a::70d", report.Cip);
        Assert.Equal("IE", report.Ctry);
        Assert.Null(report.Ptr);
        Assert.Equal(1, report.Scl);
    }

    [Fact]
    public void ForefrontReport_RealSampleWithLongRuleList_ReadsLaterFields()
    {
        var text = Fixtures.Text("parser/antispam-header-values.txt");
        var line = text.Split('\n').First(l => l.StartsWith("CIP:40.107.68.131", StringComparison.Ordinal));

        var report = ForefrontParser.Parse(line)!;

        Assert.Equal("40.107.68.131", report.Cip);
        Assert.Equal(1, report.Scl);
        Assert.Equal("en", report.Lang);
        Assert.Equal("mail-eopbgr680131.outbound.protection.outlook.com", report.Ptr);
        Assert.Equal("NLI", report.Fields["EFV"]);
    }

    [Fact]
    public void MicrosoftAntispam_WithNullNoise_StillReadsTheVerdict()
    {
        var fields = ForefrontParser.ParseFields("UIP:(null);(null);(null)SFV:SKI");

        Assert.Equal("SKI", fields["SFV"]);
        Assert.Equal("(null)", fields["UIP"]);
        Assert.Equal(1, ForefrontParser.ParseBcl("BCL:1;"));
        Assert.Null(ForefrontParser.ParseBcl("SFV:SKI"));
    }

    [Fact]
    public void GraphPairs_AndRawBlock_GiveTheSameFacts()
    {
        var raw = Fixtures.Text("parser/eop-constantcontact-newsletter-outlookcom-2020.txt");
        var pairs = Unfold(raw);

        var fromRaw = MessageParser.Parse(raw);
        var fromGraph = MessageParser.ParsePairs(pairs, bodyPreview: null);

        Assert.Equal(Json(fromRaw), Json(fromGraph));
    }

    [Fact]
    public void GraphPairs_WithEncodedWordsAndJapanese_GiveTheSameFacts()
    {
        var raw = Fixtures.Text("parser/japanese_iso_2022.eml");
        var headerBlock = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

        var fromRaw = MessageParser.Parse(headerBlock);
        var fromGraph = MessageParser.ParsePairs(Unfold(headerBlock), bodyPreview: null);

        Assert.Equal(Json(fromRaw), Json(fromGraph));
        Assert.Equal("まみむめも", fromGraph.Subject);
    }

    [Fact]
    public void GraphPairs_WithLineBreakInAValue_CannotInjectAHeader()
    {
        var facts = MessageParser.ParsePairs(
            [new("Subject", "hello\r\nReply-To: attacker@example.net"), new("From", "a@contoso.com")],
            bodyPreview: null);

        Assert.Empty(facts.ReplyTo);
        Assert.Contains("Reply-To", facts.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphPairs_WithInvalidHeaderName_SkipsItAndSaysSo()
    {
        var facts = MessageParser.ParsePairs([new("Bad Name", "x"), new("From", "a@contoso.com")], bodyPreview: "preview");

        Assert.Equal("a@contoso.com", Assert.Single(facts.From).Address);
        Assert.Contains(facts.Issues, i => i.Code == "header-name-invalid");
        Assert.Equal("preview", facts.BodyPreview);
    }

    [Fact]
    public void Iso2022JpEncodedWords_AreDecoded()
    {
        var facts = MessageParser.Parse(
            "From: =?iso-2022-jp?B?GyRCPzkbKEIgGyRCTVtmRhsoQg==?= <haruto.mori@hanabi-foods.co.jp>\r\n" +
            "Subject: =?ISO-2022-JP?B?GyRCTWg9NSROMnE1RCROO3FOQRsoQg==?=\r\n\r\n");

        Assert.Equal("森 陽翔", facts.From[0].DisplayName);
        Assert.Equal("来週の会議の資料", facts.Subject);
    }

    [Fact]
    public void ShiftJisEncodedWords_AreDecoded()
    {
        var encoded = Convert.ToBase64String(CodePages().GetBytes("至急のお願い"));
        var facts = MessageParser.Parse($"From: a@contoso.co.jp\r\nSubject: =?Shift_JIS?B?{encoded}?=\r\n\r\n");

        Assert.Equal("至急のお願い", facts.Subject);
    }

    [Fact]
    public void ShiftJisBody_GivesAJapanesePreview()
    {
        var facts = Parse("parser/japanese_shift_jis.eml");

        Assert.NotNull(facts.BodyPreview);
        Assert.Contains("あいうえお", facts.BodyPreview, StringComparison.Ordinal);
    }

    [Fact]
    public void RawUtf8Headers_AreReadAsUtf8()
    {
        var facts = Parse("parser/utf8_headers.eml");

        Assert.Equal("Jöhn Doe", facts.From[0].DisplayName);
        Assert.Equal("mächine.example", facts.From[0].Domain!.Unicode);
        Assert.Equal("xn--mchine-bua.example", facts.From[0].Domain!.Ascii);
        Assert.True(facts.From[0].Domain!.IsIdn);
    }

    [Fact]
    public void PunycodeSender_HasBothLabelForms()
    {
        var facts = Parse("parser/punycode_robinhood.eml");

        var domain = facts.From[0].Domain!;
        Assert.Equal("xn--robnhood-e2a.com", domain.Ascii);
        Assert.Equal("robínhood.com", domain.Unicode);
        Assert.Equal("xn--robnhood-e2a.com", facts.ReturnPath!.Domain!.Ascii);
    }

    [Fact]
    public void MultipleFromAddresses_AreAllKept()
    {
        var facts = Parse("parser/raw_email_multiple_from.eml");

        Assert.True(facts.From.Count >= 2);
    }

    [Fact]
    public void DisplayNameHoldingAnAddress_IsKeptAsWritten()
    {
        var facts = Parse("parser/office365_covid_phish.eml");

        Assert.Equal("HR tyrellcorp <noreply@tyrellcorp.io>", facts.From[0].DisplayName);
        Assert.Equal("rachael@tyrellcorp.io", facts.From[0].Address);
        Assert.Equal("root@vps.server.com", facts.ReturnPath!.Address);
        Assert.Equal("SKN", facts.Forefront!.Sfv);
        Assert.Equal("CAL", facts.Forefront.Ipv);
        Assert.Equal(-1, facts.Forefront.Scl);
        Assert.Equal("905", facts.AuthenticationResults[0].Find("compauth")!.Reason);
    }

    [Fact]
    public void ReplyHeaders_AreRead()
    {
        var facts = MessageParser.Parse(
            "From: a@contoso.com\r\nSubject: RE: invoice\r\nIn-Reply-To: <1@contoso.com>\r\n" +
            "References: <0@contoso.com> <1@contoso.com>\r\nList-Id: Dev <dev.lists.example.org>\r\n" +
            "List-Post: <mailto:dev@lists.example.org>\r\n\r\n");

        Assert.Equal(["1@contoso.com"], facts.InReplyTo);
        Assert.Equal(["0@contoso.com", "1@contoso.com"], facts.References);
        Assert.Equal("Dev <dev.lists.example.org>", facts.ListId);
        Assert.Equal("<mailto:dev@lists.example.org>", facts.ListPost);
    }

    [Fact]
    public void SeveralAuthenticationResults_AreNumberedTopDown()
    {
        var facts = Parse("parser/invalid_datetime.eml");

        Assert.True(facts.AuthenticationResults.Count >= 2);
        for (var i = 0; i < facts.AuthenticationResults.Count; i++)
        {
            Assert.Equal(i, facts.AuthenticationResults[i].Ordinal);
        }

        Assert.True(facts.AuthenticationResults[0].Position < facts.AuthenticationResults[1].Position);
        Assert.NotEmpty(facts.ArcAuthenticationResults);
        Assert.All(facts.ArcAuthenticationResults, h => Assert.NotNull(h.Instance));
    }

    [Fact]
    public void DuplicatedFrom_FirstWinsAndIsReported()
    {
        var facts = MessageParser.Parse("From: boss@contoso.com\r\nFrom: attacker@example.net\r\nSubject: x\r\n\r\n");

        Assert.Equal("boss@contoso.com", Assert.Single(facts.From).Address);
        Assert.Contains("From", facts.DuplicatedHeaders);
        Assert.Contains(facts.Issues, i => i.Code == "header-duplicated" && i.Header == "From");
    }

    [Fact]
    public void NullReturnPath_IsNull()
    {
        var facts = MessageParser.Parse("Return-Path: <>\r\nFrom: mailer-daemon@contoso.com\r\n\r\n");

        Assert.Null(facts.ReturnPath);
        Assert.Single(facts.From);
    }

    [Fact]
    public void MboxFromLine_IsSkipped()
    {
        var facts = MessageParser.Parse("From alice@example.com Mon Nov 16 10:00:00 2026\nFrom: alice@example.com\nSubject: hi\n\nbody\n");

        Assert.Equal("alice@example.com", Assert.Single(facts.From).Address);
        Assert.Equal("hi", facts.Subject);
        Assert.Equal("body", facts.BodyPreview);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("not a header at all")]
    [InlineData("From: \"unterminated <a@b\r\n")]
    [InlineData("Subject: =?utf-8?B?////?=\r\n")]
    [InlineData("From: a@b.c\0\0\0\r\nSubject: nul\0inside\r\n\r\n")]
    [InlineData("Received: from\r\n")]
    [InlineData("From: a@contoso.com\rSubject: bare CR\rTo: b@contoso.com\r\r")]
    public void MalformedInput_NeverThrows(string input)
    {
        var facts = MessageParser.Parse(input);

        Assert.NotNull(facts);
    }

    [Fact]
    public void TruncatedSample_StillReadsWhatIsThere()
    {
        var bytes = Fixtures.Bytes("parser/eop-constantcontact-newsletter-outlookcom-2020.txt");

        for (var cut = 0; cut < bytes.Length; cut += 97)
        {
            var facts = MessageParser.Parse(bytes.AsSpan(0, cut));
            Assert.NotNull(facts);
        }
    }

    [Fact]
    public void HeaderBlockOverTheLimit_IsCutAndReported()
    {
        var options = new MessageParserOptions { Limits = ParseLimits.Default with { MaxHeaderBytes = 1024 } };
        var block = "From: a@contoso.com\r\n" + string.Concat(Enumerable.Repeat("X-Filler: " + new string('x', 60) + "\r\n", 100));

        var facts = MessageParser.Parse(Encoding.ASCII.GetBytes(block), options);

        Assert.Contains(facts.Issues, i => i.Code == "limit-header-bytes");
        Assert.Equal("a@contoso.com", Assert.Single(facts.From).Address);
        Assert.True(facts.HeaderCount < 20);
    }

    [Fact]
    public void ManyRecipients_AreBoundedAndReported()
    {
        var to = string.Join(", ", Enumerable.Range(0, 2000).Select(i => $"user{i}@contoso.com"));

        var facts = MessageParser.Parse($"From: a@contoso.com\r\nTo: {to}\r\n\r\n");

        Assert.Equal(ParseLimits.Default.MaxAddressesPerField, facts.To.Count);
        Assert.Contains(facts.Issues, i => i.Code == "limit-addresses" && i.Header == "To");
    }

    private static List<KeyValuePair<string, string>> Unfold(string block)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var line in block.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length == 0)
            {
                if (pairs.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (line[0] is ' ' or '\t' && pairs.Count > 0)
            {
                var last = pairs[^1];
                pairs[^1] = new(last.Key, last.Value + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                pairs.Add(new(line[..colon], line[(colon + 1)..].TrimStart()));
            }
        }

        return pairs;
    }

    private static string Json(MessageFacts facts) =>
        JsonSerializer.Serialize(new AnalysisResult { Verdict = Verdict.Safe, Banner = null, Findings = [], Message = facts }, AnalysisJsonContext.Default.AnalysisResult);

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("shift_jis");
    }
}
