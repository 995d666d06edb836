using System.Diagnostics;
using System.Globalization;
using System.Text;
using OutlookGuard.Core.Parsing.Received;

namespace OutlookGuard.Core.Tests.Parsing.Received;

// Every value below is quoted from a real sample (named above each test; see TestData/received/SOURCES.md)
// unless it says "constructed".
public sealed class ReceivedParserTests
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    // mha/eop-constantcontact-newsletter-outlookcom-2020.txt, the Exchange Online frontend hop.
    [Fact]
    public void ExchangeOnlineFrontend_ReadsHostsIpTlsAndDate()
    {
        var hop = ReceivedParser.Parse("""
            from ccm27.constantcontact.com (208.75.123.162) by
             HE1EUR04FT039.mail.protection.outlook.com (10.152.26.153) with Microsoft SMTP
             Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
             15.20.3174.21 via Frontend Transport; Tue, 14 Jul 2020 18:41:21 +0000
            """, 2);

        Assert.Equal(2, hop.Index);
        Assert.Equal("ccm27.constantcontact.com", hop.FromHost);
        Assert.Equal("208.75.123.162", hop.FromIp);
        Assert.Equal("HE1EUR04FT039.mail.protection.outlook.com", hop.ByHost);
        Assert.Equal("Microsoft SMTP Server", hop.Protocol);
        Assert.Equal("TLS1_2", hop.TlsVersion);
        Assert.Equal("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", hop.TlsCipher);
        Assert.True(hop.Tls);
        Assert.Equal(At("2020-07-14T18:41:21Z"), hop.Timestamp);
        Assert.Null(hop.Delay);
    }

    // Same sample: an internal hop between two Exchange Online servers, addressed over IPv6.
    [Fact]
    public void ExchangeOnlineInternalHop_ReadsIpv6InParentheses()
    {
        var hop = ReceivedParser.Parse("""
            from HE1EUR04FT039.eop-eur04.prod.protection.outlook.com
             (2a01:111:e400:7e0d::4f) by
             HE1EUR04HT207.eop-eur04.prod.protection.outlook.com (2a01:111:e400:7e0d::405)
             with Microsoft SMTP Server (version=TLS1_2,
             cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.3174.21; Tue, 14 Jul
             2020 18:41:22 +0000
            """, 1);

        Assert.Equal("HE1EUR04FT039.eop-eur04.prod.protection.outlook.com", hop.FromHost);
        Assert.Equal("2a01:111:e400:7e0d::4f", hop.FromIp);
        Assert.Equal("HE1EUR04HT207.eop-eur04.prod.protection.outlook.com", hop.ByHost);
        Assert.Equal("TLS1_2", hop.TlsVersion);
        Assert.Equal(At("2020-07-14T18:41:22Z"), hop.Timestamp);
    }

    // Same sample: delivery to the mailbox over HTTPS, no TLS comment.
    [Fact]
    public void ExchangeOnlineMailboxHop_HttpsCountsAsTls()
    {
        var hop = ReceivedParser.Parse("""
            from HE1EUR04HT207.eop-eur04.prod.protection.outlook.com
             (2603:10b6:408:c0::39) by BN8PR19MB2915.namprd19.prod.outlook.com with HTTPS
             via BN8PR15CA0026.NAMPRD15.PROD.OUTLOOK.COM; Tue, 14 Jul 2020 18:41:23 +0000
            """, 0);

        Assert.Equal("2603:10b6:408:c0::39", hop.FromIp);
        Assert.Equal("BN8PR19MB2915.namprd19.prod.outlook.com", hop.ByHost);
        Assert.Equal("HTTPS", hop.Protocol);
        Assert.Null(hop.TlsVersion);
        Assert.True(hop.Tls);
    }

    // received-chain-nfcu-powermta-to-eop-2018.txt: a frontend hop that states no TLS.
    [Fact]
    public void ExchangeOnlineFrontendWithoutTls_IsNotTls()
    {
        var hop = ReceivedParser.Parse("""
            from vmta6.response.nfcu.org (199.204.166.217) by
             BN3NAM04FT003.mail.protection.outlook.com (10.152.92.112) with Microsoft SMTP
             Server id 15.20.696.11 via Frontend Transport; Sat, 21 Apr 2018 03:01:32
             +0000
            """, 2);

        Assert.Equal("199.204.166.217", hop.FromIp);
        Assert.Equal("Microsoft SMTP Server", hop.Protocol);
        Assert.False(hop.Tls);
        Assert.Equal(At("2018-04-21T03:01:32Z"), hop.Timestamp);
    }

    // eml_analyzer invalid_datetime.eml: Postfix with its TLS comment and an rDNS name before the address.
    [Fact]
    public void Postfix_ReadsRdnsAndUsingTlsComment()
    {
        var hop = ReceivedParser.Parse("""
            from out15-200.antispamcloud.com (out15-200.antispamcloud.com [185.201.19.200])
            	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
            	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
            	(No client certificate requested)
            	by aspmx1.migadu.com (Postfix) with ESMTPS id AF39D5CA5
            	for <xxx@xxxxx.xxx>; Mon, 07 Oct 2024 20:59:29 +0200 (CEST)
            """, 2);

        Assert.Equal("out15-200.antispamcloud.com", hop.FromHost);
        Assert.Equal("185.201.19.200", hop.FromIp);
        Assert.Equal("out15-200.antispamcloud.com", hop.ReverseDns);
        Assert.Equal("aspmx1.migadu.com", hop.ByHost);
        Assert.Equal("ESMTPS", hop.Protocol);
        Assert.Equal("TLSv1.3", hop.TlsVersion);
        Assert.Equal("TLS_AES_256_GCM_SHA384", hop.TlsCipher);
        Assert.Equal(At("2024-10-07T18:59:29Z"), hop.Timestamp);
    }

    // MHA received-edge-cases.txt (postfix): a local submission, no from clause.
    [Fact]
    public void PostfixLocalSubmission_HasOnlyByAndDate()
    {
        var hop = ReceivedParser.Parse("by example.com (Postfix, from userid 1001)\n id 1234ABCD; Thu, 21 Aug 2014 12:12:48 +0200 (CEST)", 0);

        Assert.Null(hop.FromHost);
        Assert.Null(hop.FromIp);
        Assert.Equal("example.com", hop.ByHost);
        Assert.Equal(At("2014-08-21T10:12:48Z"), hop.Timestamp);
    }

    // eml_analyzer raw_email_reply.eml: "unknown" rDNS is not a name; the HELO name is kept.
    [Fact]
    public void PostfixUnknownRdns_KeepsHeloNameAndLoopbackIp()
    {
        var hop = ReceivedParser.Parse("""
            from smtp.xxxx.org (unknown [127.0.0.1])
            	by xxxxx1.xxxx.net (Postfix) with ESMTP id F128477EB5;
            	Sun, 18 Nov 2007 00:56:32 -0800 (PST)
            """, 1);

        Assert.Equal("smtp.xxxx.org", hop.FromHost);
        Assert.Equal("127.0.0.1", hop.FromIp);
        Assert.Null(hop.ReverseDns);
        Assert.Equal(At("2007-11-18T08:56:32Z"), hop.Timestamp);
    }

    // eml_analyzer raw_email_reply.eml: "(really [ip])" names the true peer behind a literal HELO.
    [Fact]
    public void ReallyComment_GivesTheConnectingIp()
    {
        var hop = ReceivedParser.Parse("""
            from [10.0.0.1] (really [124.183.219.10])
                      by oaamta05sl.mx.bigpond.com with ESMTP
                      id <20071118085627.TQWF6995.oaamta05sl.mx.bigpond.com@[10.0.0.1]>;
                      Sun, 18 Nov 2007 08:56:27 +0000
            """, 4);

        Assert.Equal("124.183.219.10", hop.FromIp);
        Assert.Null(hop.FromHost);
        Assert.Null(hop.ReverseDns);
        Assert.Equal("oaamta05sl.mx.bigpond.com", hop.ByHost);
        Assert.Equal(At("2007-11-18T08:56:27Z"), hop.Timestamp);
    }

    // invalid_datetime.eml: Gmail's own hop, TLS in "version= cipher= bits=" form.
    [Fact]
    public void GmailEsmtps_ReadsVersionCipherComment()
    {
        var hop = ReceivedParser.Parse("""
            from smtp-0e5735ba3263bb3ba.core1.sfdc-yfeipo.mta.salesforce.com (smtp-0e5735ba3263bb3ba.core1.sfdc-yfeipo.mta.salesforce.com. [18.233.71.187])
                    by mx.google.com with ESMTPS id d75a77b69052e-45da75e22d7si9991251cf.372.2024.10.04.17.48.25
                    for <spprtmailgun@gmail.com>
                    (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);
                    Fri, 04 Oct 2024 17:48:25 -0700 (PDT)
            """, 6);

        Assert.Equal("18.233.71.187", hop.FromIp);
        Assert.Equal("smtp-0e5735ba3263bb3ba.core1.sfdc-yfeipo.mta.salesforce.com", hop.ReverseDns);
        Assert.Equal("mx.google.com", hop.ByHost);
        Assert.Equal("ESMTPS", hop.Protocol);
        Assert.Equal("TLS1_3", hop.TlsVersion);
        Assert.Equal("TLS_AES_256_GCM_SHA384", hop.TlsCipher);
        Assert.Equal(At("2024-10-05T00:48:25Z"), hop.Timestamp);
    }

    // sublime-rules impersonation.eml: Gmail-to-Gmail over SMTPS with "(Google Transport Security)".
    [Fact]
    public void GmailSmtps_IsTlsByProtocol()
    {
        var hop = ReceivedParser.Parse("""
            from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])
                    by mx.google.com with SMTPS id h17sor9568062ilr.14.2019.10.21.11.23.38
                    for <ian@sublimesecurity.com>
                    (Google Transport Security);
                    Mon, 21 Oct 2019 11:23:39 -0700 (PDT)
            """, 1);

        Assert.Equal("209.85.220.41", hop.FromIp);
        Assert.Equal("SMTPS", hop.Protocol);
        Assert.True(hop.Tls);
        Assert.Null(hop.TlsVersion);
        Assert.Equal(At("2019-10-21T18:23:39Z"), hop.Timestamp);
    }

    // ews-extracted-gmail-to-outlook-2018.txt: a literal HELO, the real client address in the comment.
    [Fact]
    public void GmailSubmission_PrefersCommentIpOverHeloLiteral()
    {
        var hop = ReceivedParser.Parse("""
            from [10.233.168.165] ([186.2.138.141])
                    by smtp.gmail.com with ESMTPSA id 72-v6sm5966316vko.20.2018.05.21.09.08.52
                    (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);
                    Mon, 21 May 2018 09:08:53 -0700 (PDT)
            """, 4);

        Assert.Equal("186.2.138.141", hop.FromIp);
        Assert.Equal("smtp.gmail.com", hop.ByHost);
        Assert.Equal("ESMTPSA", hop.Protocol);
        Assert.Equal("ECDHE-RSA-AES128-GCM-SHA256", hop.TlsCipher);
    }

    // invalid_datetime.eml: Exim's "(TLSv1.3:cipher:bits)" and lower-case "esmtps".
    [Fact]
    public void Exim_ReadsColonTlsComment()
    {
        var hop = ReceivedParser.Parse("""
            from m140-82.mailgun.net ([159.135.140.82])
            	by mx303.antispamcloud.com with esmtps (TLSv1.3:TLS_AES_256_GCM_SHA384:256)
            	(Exim 4.92)
            	(envelope-from <bounce+6162d2.05fa3-xxx=xxxxx.xxx@rolo-sistemi.si>)
            	id 1sxswz-00COfK-Qx
            	for xxx@xxxxx.xxx; Mon, 07 Oct 2024 20:59:28 +0200
            """, 3);

        Assert.Equal("m140-82.mailgun.net", hop.FromHost);
        Assert.Equal("159.135.140.82", hop.FromIp);
        Assert.Equal("mx303.antispamcloud.com", hop.ByHost);
        Assert.Equal("esmtps", hop.Protocol);
        Assert.Equal("TLSv1.3", hop.TlsVersion);
        Assert.Equal("TLS_AES_256_GCM_SHA384", hop.TlsCipher);
        Assert.Equal(At("2024-10-07T18:59:28Z"), hop.Timestamp);
    }

    // Constructed in Exchange Server's on-premises form: "(TLS)" states encryption without a version.
    [Fact]
    public void ExchangeServerOnPremises_BareTlsComment_IsTls()
    {
        var hop = ReceivedParser.Parse("from EXCH01.corp.example (10.0.0.5) by EXCH02.corp.example (10.0.0.6) with Microsoft SMTP Server (TLS) id 14.3.123.3; Mon, 1 Jan 2018 10:00:00 +0900", 0);

        Assert.Equal("10.0.0.5", hop.FromIp);
        Assert.Equal("Microsoft SMTP Server", hop.Protocol);
        Assert.Equal("TLS", hop.TlsVersion);
        Assert.True(hop.Tls);
        Assert.Equal(At("2018-01-01T01:00:00Z"), hop.Timestamp);
    }

    // MHA received-edge-cases.txt (qmail): everything is a comment; "-0000" is an unknown zone, read as UTC.
    [Fact]
    public void Qmail_InvokedFromNetwork_HasOnlyDate()
    {
        var hop = ReceivedParser.Parse("(qmail 10876 invoked from network); 24 Aug 2014 16:13:38 -0000", 0);

        Assert.Null(hop.FromHost);
        Assert.Null(hop.FromIp);
        Assert.Null(hop.ByHost);
        Assert.Equal(At("2014-08-24T16:13:38Z"), hop.Timestamp);
    }

    // sublime-rules office365_covid_phish.eml: a Cisco gateway's qmail-style line with "ESMTP/TLS/cipher".
    [Fact]
    public void IronPortQmailStyle_ReadsHeloIpAndSlashTls()
    {
        var hop = ReceivedParser.Parse("""
            from unknown (HELO vps.server.com) ([185.243.112.105])
              by esa2.hc2528-13.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES128-GCM-SHA256; 03 Feb 2021 07:09:42 -0500
            """, 4);

        Assert.Equal("vps.server.com", hop.FromHost);
        Assert.Equal("185.243.112.105", hop.FromIp);
        Assert.Equal("esa2.hc2528-13.iphmx.com", hop.ByHost);
        Assert.Equal("ESMTP", hop.Protocol);
        Assert.Equal("ECDHE-RSA-AES128-GCM-SHA256", hop.TlsCipher);
        Assert.True(hop.Tls);
        Assert.Equal(At("2021-02-03T12:09:42Z"), hop.Timestamp);
    }

    // office365_covid_phish.eml: sendmail relaying from itself, and its local submission "(from root@localhost)".
    [Fact]
    public void Sendmail_LocalhostRelayAndSubmission()
    {
        var relay = ReceivedParser.Parse("""
            from vps.server.com (localhost [127.0.0.1])
            	by vps.server.com (8.14.7/8.14.7) with ESMTP id 113C9e2c031727
            	for <rachael@tyrellcorp.io>; Wed, 3 Feb 2021 07:09:40 -0500
            """, 5);
        var submission = ReceivedParser.Parse("""
            (from root@localhost)
            	by vps.server.com (8.14.7/8.14.7/Submit) id 113C9eDc031722;
            	Wed, 3 Feb 2021 07:09:40 -0500
            """, 6);

        Assert.Equal("vps.server.com", relay.FromHost);
        Assert.Equal("127.0.0.1", relay.FromIp);
        Assert.Equal("localhost", relay.ReverseDns);
        Assert.Equal("ESMTP", relay.Protocol);
        Assert.False(relay.Tls);
        Assert.Null(submission.FromHost);
        Assert.Equal("vps.server.com", submission.ByHost);
        Assert.Equal(At("2021-02-03T12:09:40Z"), submission.Timestamp);
    }

    // mha/eop-constantcontact-newsletter-outlookcom-2020.txt: ecelerity writes the client port after the address.
    [Fact]
    public void Ecelerity_DropsPortAndUsesHeloName()
    {
        var hop = ReceivedParser.Parse("""
            from [10.252.1.143] ([10.252.1.143:47944] helo=p2-jbemailsyndicator32.ctct.net)
            	by 10.249.244.10 (envelope-from <AqeHmUtTNRpaUZj9CNd6Rxg==_1115276745036_oCND0ALXEeiiWdSuUo6yew==@in.constantcontact.com>)
            	(ecelerity 4.3.1.69340 r(Core:4.3.1.0)) with ESMTP
            	id C8/A8-65519-05CFD0F5; Tue, 14 Jul 2020 14:41:20 -0400
            """, 3);

        Assert.Equal("10.252.1.143", hop.FromIp);
        Assert.Equal("p2-jbemailsyndicator32.ctct.net", hop.FromHost);
        Assert.Equal("10.249.244.10", hop.ByHost);
        Assert.Equal("ESMTP", hop.Protocol);
        Assert.Equal(At("2020-07-14T18:41:20Z"), hop.Timestamp);
    }

    // MHA received-edge-cases.txt (sendGrid2): no ';' before the date, fractional seconds, "(UTC)".
    [Fact]
    public void NoSemicolon_DateFoundAfterId()
    {
        var hop = ReceivedParser.Parse("""
            from smtp.github.com (out-8.smtp.github.com [192.30.252.199])
             by ismtpd0003p1iad2.sendgrid.net (SG) with ESMTP id gDQRSEGgSqCsi9tFtF1Vtg
             Mon, 26 Mar 2018 13:35:36.102 +0000 (UTC)
            """, 0);

        Assert.Equal("smtp.github.com", hop.FromHost);
        Assert.Equal("192.30.252.199", hop.FromIp);
        Assert.Equal("out-8.smtp.github.com", hop.ReverseDns);
        Assert.Equal("ismtpd0003p1iad2.sendgrid.net", hop.ByHost);
        Assert.Equal("ESMTP", hop.Protocol);
        Assert.Equal(At("2018-03-26T13:35:36.102Z"), hop.Timestamp);
    }

    // MHA received-edge-cases.txt (sendGrid): Go's "2018-03-26 13:35:36.270951634 +0000 UTC", no ';'.
    [Fact]
    public void NoSemicolon_GoStyleDateWithNanoseconds()
    {
        var hop = ReceivedParser.Parse("by filter0383p1iad2.sendgrid.net with SMTP id filter0383p1iad2-15318-5AB8F728-C\n 2018-03-26 13:35:36.270951634 +0000 UTC", 0);

        Assert.Equal("filter0383p1iad2.sendgrid.net", hop.ByHost);
        Assert.Equal("SMTP", hop.Protocol);
        Assert.Equal(At("2018-03-26T13:35:36.2709516Z"), hop.Timestamp);
    }

    // invalid_datetime.eml (Salesforce EaaS): no ';', the date follows a "for" with a quoted display part.
    [Fact]
    public void NoSemicolon_AfterQuotedForAddress()
    {
        var hop = ReceivedParser.Parse("""
            from 127.0.0.1 (localhost. [127.0.0.1]) by eaas-14 (EaaS) id
              <3Thv2000000000000000000000000000000000000000000000SKUY8N00aedB7EYkReS0pVnlOnnFXA@sfdc.net>
              for <"spprtmailgun@gmail.com" <spprtmailgun@gmail.com>> Sat, 5 Oct 2024
              00:48:25 GMT (GMT)
            """, 8);

        Assert.Equal("127.0.0.1", hop.FromIp);
        Assert.Equal("localhost", hop.FromHost);
        Assert.Equal("eaas-14", hop.ByHost);
        Assert.Equal(At("2024-10-05T00:48:25Z"), hop.Timestamp);
    }

    // MHA received-edge-cases.txt (case1): keywords in mixed case.
    [Fact]
    public void MixedCaseKeywords_AreRead()
    {
        var hop = ReceivedParser.Parse("""
            From BN3NAM04HT205.eop-NAM04.prod.protection.outlook.com
             (2a01:111:e400:c418::34) By SN1PR16MB0494.namprd16.prod.outlook.com With
             HTTPS Via SN1PR15CA0024.NAMPRD15.PROD.OUTLOOK.COM; Sat, 21 Apr 2018 03:01:33
             +0000
            """, 0);

        Assert.Equal("BN3NAM04HT205.eop-NAM04.prod.protection.outlook.com", hop.FromHost);
        Assert.Equal("2a01:111:e400:c418::34", hop.FromIp);
        Assert.Equal("SN1PR16MB0494.namprd16.prod.outlook.com", hop.ByHost);
        Assert.Equal("HTTPS", hop.Protocol);
        Assert.Equal(At("2018-04-21T03:01:33Z"), hop.Timestamp);
    }

    // MHA received-edge-cases.txt (dupe1): repeated keywords, the first of each counts.
    [Fact]
    public void RepeatedKeywords_FirstWins()
    {
        var hop = ReceivedParser.Parse("by me by you with this with that with whatever\n 2018-03-26 13:35:36.270951634 +0000 UTC", 0);

        Assert.Equal("me", hop.ByHost);
        Assert.Equal("this", hop.Protocol);
        Assert.Equal(At("2018-03-26T13:35:36.2709516Z"), hop.Timestamp);
    }

    // MHA received-edge-cases.txt (broke1..broke4).
    [Theory]
    [InlineData("Sun, 22 Apr 2018 02:54:19\n +0000", "2018-04-22T02:54:19Z")]
    [InlineData("22 Apr 2018", null)]
    [InlineData("; 22 Apr 2018", null)]
    [InlineData(";", null)]
    [InlineData("", null)]
    public void BrokenValues_ReadWhatIsThere(string value, string? expected)
    {
        var hop = ReceivedParser.Parse(value, 0);

        Assert.Equal(expected is null ? null : At(expected), hop.Timestamp);
        Assert.Null(hop.FromHost);
        Assert.Null(hop.ByHost);
    }

    // MHA received-date-formats.txt (every "Received: test; <date>" line), plus RFC 2822 A.6.3's
    // two-digit year (eml_analyzer rfc2822/example12), and constructed lines for the rest.
    [Theory]
    [InlineData("Sat, 21 Apr 2018 03:01:01 +0000", "2018-04-21T03:01:01Z")]
    [InlineData("Saturday, 21 Apr 2018 03:01:02 +0000", "2018-04-21T03:01:02Z")]
    [InlineData("21 Apr 2018 03:01:03 +0000", "2018-04-21T03:01:03Z")]
    [InlineData("Apr 21 2018 03:01:04 +0000", "2018-04-21T03:01:04Z")]
    [InlineData("Apr 21 2018 3:01:05 +0000", "2018-04-21T03:01:05Z")]
    [InlineData("4/20/2018 23:01:06 -0400 (EDT)", "2018-04-21T03:01:06Z")]
    [InlineData("4/20/2018 11:01:16 PM -0400 (EDT)", "2018-04-21T03:01:16Z")]
    [InlineData("4/20/2018 11:01:26 PM +0000", "2018-04-20T23:01:26Z")]
    [InlineData("4/20/2018 11:01:36 PM", "2018-04-20T23:01:36Z")]
    [InlineData("4-20-2018 11:01:07 PM", "2018-04-20T23:01:07Z")]
    [InlineData("2018-4-20 11:01:08 PM", "2018-04-20T23:01:08Z")]
    [InlineData("Mon, 26 Mar 2018 13:35:09 +0000 (UTC)", "2018-03-26T13:35:09Z")]
    [InlineData("Mon, 26 Mar 2018 13:35:10.102 +0000 (UTC)", "2018-03-26T13:35:10.102Z")]
    [InlineData("Mon, 26 Mar 2018 13:35:11.102 +0000 UTC", "2018-03-26T13:35:11.102Z")]
    [InlineData("21 Nov 97 09:55:06 GMT", "1997-11-21T09:55:06Z")]
    [InlineData("1 Jan 20 10:00:00 EST", "2020-01-01T15:00:00Z")]
    [InlineData("Thu, 13 Feb 1969 23:32 -0330 (Newfoundland Time)", "1969-02-14T03:02:00Z")]
    [InlineData("Tue, 17 Nov 2026 18:12:44 JST", "2026-11-17T09:12:44Z")]
    [InlineData("Tue, 17 Nov 2026 09:12:44 Z", "2026-11-17T09:12:44Z")]
    [InlineData("Tue, 17 Nov 2026 09:12:44 A", "2026-11-17T09:12:44Z")]
    [InlineData("Tue Nov 17 09:12:44 2026", "2026-11-17T09:12:44Z")]
    [InlineData("Tue, 30 Jun 2026 23:59:60 +0000", "2026-06-30T23:59:59Z")]
    public void DateFormats_AreRead(string date, string expected)
    {
        var hop = ReceivedParser.Parse("test; " + date, 0);

        Assert.Equal(At(expected), hop.Timestamp);
    }

    // Constructed: values that look like dates but are not.
    [Theory]
    [InlineData("32 Jan 2020 10:00:00 +0000")]
    [InlineData("Feb 30 2020 10:00:00 +0000")]
    [InlineData("29 Feb 2019 10:00:00 +0000")]
    [InlineData("1 Jan 2020 25:00:00 +0000")]
    [InlineData("1 Jan 2020 10:61:00 +0000")]
    [InlineData("1 Jan 2020 10:00:00 +9999")]
    [InlineData("1 Jan 2020 10:00:00 -1500")]
    [InlineData("13/40/2020 10:00:00")]
    [InlineData("1 Foo 2020 10:00:00 +0000")]
    [InlineData("10:00:00")]
    [InlineData("1 Jan 2020 13:00:00 PM")]
    public void ImpossibleDates_AreNull(string date)
    {
        var hop = ReceivedParser.Parse("test; " + date, 0);

        Assert.Null(hop.Timestamp);
    }

    // Constructed in the Postfix form of the samples: RFC 5321 IPv6 address literals.
    [Theory]
    [InlineData("from mail.example.org (mail.example.org [IPv6:2001:db8::1]) by mx.example.net (Postfix) with ESMTPS id 4F3; Tue, 17 Nov 2026 09:12:41 +0000", "2001:db8::1")]
    [InlineData("from [IPv6:2001:DB8:0:0:0:0:0:1] by mx.example.net with ESMTP id 4F3; Tue, 17 Nov 2026 09:12:41 +0000", "2001:db8::1")]
    [InlineData("from mail.example.org (mail.example.org [::ffff:198.51.100.7]) by mx.example.net with ESMTP; Tue, 17 Nov 2026 09:12:41 +0000", "198.51.100.7")]
    [InlineData("from mail.example.org (fe80::1%eth0) by mx.example.net with ESMTP; Tue, 17 Nov 2026 09:12:41 +0000", "fe80::1")]
    [InlineData("from mp2.migadu.com ([2001:41d0:303:e224::]) by ms9.migadu.com with LMTPS; Mon, 07 Oct 2024 20:59:30 +0200", "2001:41d0:303:e224::")]
    public void Ipv6Literals_AreNormalized(string value, string expected)
    {
        var hop = ReceivedParser.Parse(value, 0);

        Assert.Equal(expected, hop.FromIp);
        Assert.NotNull(hop.ByHost);
        Assert.NotNull(hop.Timestamp);
    }

    [Theory]
    [InlineData("ESMTPS", true)]
    [InlineData("esmtps", true)]
    [InlineData("ESMTPSA", true)]
    [InlineData("LMTPS", true)]
    [InlineData("UTF8SMTPS", true)]
    [InlineData("HTTPS", true)]
    [InlineData("SMTPS", true)]
    [InlineData("ESMTP", false)]
    [InlineData("ESMTPA", false)]
    [InlineData("SMTP", false)]
    [InlineData("LMTPA", false)]
    [InlineData("mapi", false)]
    [InlineData("Microsoft SMTP Server", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsEncryptedProtocol_KnowsRfc3848Names(string? protocol, bool expected)
    {
        Assert.Equal(expected, ReceivedParser.IsEncryptedProtocol(protocol));
    }

    // Hostile input: every case must return quickly without throwing. The bound is generous for a shared
    // two-core machine; a backtracking or quadratic parser takes far longer on these sizes.
    public static TheoryData<string, string> HostileValues => new()
    {
        { "long", "from " + new string('a', 10_000) + " by b; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "long-words", string.Concat(Enumerable.Repeat("from by with id for via ", 2_000)) },
        { "unbalanced-open", "from a (b [198.51.100.1] by c with ESMTP; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "unbalanced-many", new string('(', 10_000) + "; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "unbalanced-close", new string(')', 10_000) + "from a by b; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "nested", "from a " + new string('(', 1_000) + "x" + new string(')', 1_000) + " by b; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "nested-unclosed", "from a " + string.Concat(Enumerable.Repeat("(x ", 1_000)) },
        { "angle", "from a by b for " + new string('<', 10_000) + "; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "quotes", "from a by b for " + new string('"', 9_999) + "; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "semicolons", new string(';', 10_000) },
        { "dates", string.Concat(Enumerable.Repeat("Tue, 17 Nov 2026 ", 1_000)) },
        { "colons", string.Concat(Enumerable.Repeat("1:2:3:4:5 ", 1_000)) },
        { "control", "from a\0\u0001\u007f by b\r\n\t; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "backslashes", "from a (" + new string('\\', 10_000) + ") by b; Tue, 17 Nov 2026 09:12:41 +0000" },
        { "huge", new string('x', 1_000_000) },
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void HostileValue_NeverThrowsAndReturnsQuickly(string name, string value)
    {
        var stopwatch = Stopwatch.StartNew();

        var hop = ReceivedParser.Parse(value, 0);

        stopwatch.Stop();
        Assert.NotNull(hop);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"{name} took {stopwatch.Elapsed}");
    }

    // Every Received value of the copied real samples, cut at every 5th character: never a throw, and the
    // whole value always yields a hop with a by host or a date.
    [Fact]
    public void EveryRealValueAndItsTruncations_NeverThrow()
    {
        var files = Directory.GetFiles(Fixtures.PathOf("received"), "*.txt")
            .Concat(Directory.GetFiles(Fixtures.PathOf("parser"), "*.eml"))
            .ToList();
        var values = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.AsSpan().StartsWith("From "u8))
            {
                // An mbox separator line comes before the headers.
                bytes = bytes[(Array.IndexOf(bytes, (byte)'\n') + 1)..];
            }

            using var stream = new MemoryStream(bytes);
            foreach (var header in MimeKit.HeaderList.Load(stream).Where(h => h.Field.Equals("Received", StringComparison.OrdinalIgnoreCase)))
            {
                var value = header.Value;
                values++;
                var whole = ReceivedParser.Parse(value, 0);
                Assert.True(whole.ByHost is not null || whole.Timestamp is not null, value);
                for (var cut = 0; cut < value.Length; cut += 5)
                {
                    Assert.NotNull(ReceivedParser.Parse(value[..cut], 0));
                }
            }
        }

        Assert.True(values > 30, $"only {values} Received values found");
    }

    [Fact]
    public void UnclosedComment_StillFindsTheDateAfterTheLastSemicolon()
    {
        var hop = ReceivedParser.Parse("from a (b [198.51.100.1] by c with ESMTP; Tue, 17 Nov 2026 09:12:41 +0000", 0);

        Assert.Equal("a", hop.FromHost);
        Assert.Equal(At("2026-11-17T09:12:41Z"), hop.Timestamp);
    }

    [Fact]
    public void NestedComments_KeepTheClausesAfterThem()
    {
        var value = "from a.example " + new string('(', 1_000) + "x" + new string(')', 1_000) + " by b.example with ESMTP; Tue, 17 Nov 2026 09:12:41 +0000";

        var hop = ReceivedParser.Parse(value, 0);

        Assert.Equal("a.example", hop.FromHost);
        Assert.Equal("b.example", hop.ByHost);
        Assert.Equal("ESMTP", hop.Protocol);
        Assert.Equal(At("2026-11-17T09:12:41Z"), hop.Timestamp);
    }

    [Fact]
    public void TenThousandCharacterHost_IsCutNotFailed()
    {
        var value = new StringBuilder("from ").Append('a', 10_000).Append(" by b.example; Tue, 17 Nov 2026 09:12:41 +0000").ToString();

        var hop = ReceivedParser.Parse(value, 0);

        Assert.Equal("b.example", hop.ByHost);
        Assert.Equal(At("2026-11-17T09:12:41Z"), hop.Timestamp);
        Assert.True(hop.FromHost is null || hop.FromHost.Length <= 512);
    }
}
