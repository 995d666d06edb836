using System.Globalization;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Tests.Rules;

namespace OutlookGuard.Core.Tests.Relationship;

/// <summary>
/// A mailbox built in a test from realistic header blocks: an internal colleague's mail (Exchange's AuthAs Internal),
/// or outside mail stamped by Exchange Online Protection (CIP, CTRY, LANG), parsed by the engine like any message.
/// </summary>
internal sealed class SyntheticMailbox(CompiledPolicy? policy = null)
{
    public const string Me = "yui.sato@hanabi-foods.co.jp";

    private const string JapaneseBody = "お疲れさまです。来週の会議の資料をお送りします。ご確認をお願いいたします。";
    private const string EnglishBody = "Hi Yui, please find attached the updated delivery schedule for next month. Best regards.";

    private readonly List<MessageFacts> _received = [];
    private readonly List<MessageFacts> _sent = [];
    private readonly GuardEngine _engine = RuleTestKit.EngineFor(policy);

    /// <summary>
    /// Earlier messages from <c>from</c>, one every <c>everyDays</c> days from <c>start</c>; <c>origin</c> is
    /// <c>internal</c> for a colleague's mail, else the country Exchange Online stamped (CTRY); <c>language</c> is the
    /// LANG Exchange stamped, or (for internal mail, which has none) the script of the text.
    /// </summary>
    public SyntheticMailbox Received(
        string from,
        int count,
        string language = "ja",
        string origin = "internal",
        string? replyTo = null,
        string? listId = null,
        DateTimeOffset? start = null,
        int everyDays = 14)
    {
        var first = start ?? new DateTimeOffset(2025, 1, 6, 9, 30, 0, TimeSpan.FromHours(9));
        for (var i = 0; i < count; i++)
        {
            _received.Add(_engine.ReadFacts(MessageInput.FromText(
                Message(from, Me, first.AddDays(i * everyDays), language, origin, replyTo, listId, $"{i}.{from}"))));
        }

        return this;
    }

    /// <summary>Messages the user sent to <paramref name="to"/>.</summary>
    public SyntheticMailbox Sent(string to, int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            _sent.Add(_engine.ReadFacts(MessageInput.FromText(
                Message(Me, to, new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.FromHours(9)).AddDays(i), "ja", "internal", null, null, $"sent{i}.{to}"))));
        }

        return this;
    }

    public MailboxHistory Build() => MailboxHistory.Build(_received, _sent, Me);

    /// <summary>The history with the From of <paramref name="message"/>.</summary>
    public CorrespondenceHistory For(MessageFacts message) => Build().For(message);

    /// <summary>A header block (and short body) in the shape Exchange Online writes.</summary>
    public static string Message(
        string from,
        string to,
        DateTimeOffset date,
        string language,
        string origin,
        string? replyTo = null,
        string? listId = null,
        string? id = null)
    {
        var rfcDate = date.ToString("ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(29, 1);
        var stamp = origin == MessageOrigin.Internal
            ? """
              X-MS-Exchange-Organization-AuthAs: Internal
              X-MS-Exchange-Organization-MessageDirectionality: Originating
              """
            : $"""
              Received: from mail.{origin.ToLowerInvariant()}-relay.example (203.0.113.{Octet(origin)}) by
               TY2PEPF0000AB87.mail.protection.outlook.com (10.167.248.5) with Microsoft SMTP
               Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.14 via Frontend Transport; {rfcDate}
              Authentication-Results: spf=pass (sender IP is 203.0.113.{Octet(origin)})
               smtp.mailfrom={Domain(from)}; dkim=pass (signature was verified)
               header.d={Domain(from)};dmarc=pass action=none header.from={Domain(from)};compauth=pass reason=100
              X-MS-Exchange-Organization-AuthAs: Anonymous
              X-MS-Exchange-Organization-MessageDirectionality: Incoming
              X-Forefront-Antispam-Report: CIP:203.0.113.{Octet(origin)};CTRY:{origin};LANG:{language};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.{origin.ToLowerInvariant()}-relay.example;PTR:mail.{origin.ToLowerInvariant()}-relay.example;CAT:NONE;DIR:INB;
              """;
        var extra = (replyTo is null ? string.Empty : $"Reply-To: {replyTo}\n")
            + (listId is null ? string.Empty : $"List-Id: <{listId}>\nList-Post: <mailto:{from}>\n");
        var body = language == "ja" ? JapaneseBody : EnglishBody;
        return $"""
            {stamp}
            From: {from}
            To: {to}
            {extra}Subject: {(language == "ja" ? "定例会議の資料" : "Delivery schedule")}
            Date: {rfcDate}
            Message-ID: <{id ?? Guid.NewGuid().ToString("N")}@mail.example>
            Content-Type: text/plain; charset="utf-8"

            {body}
            """;
    }

    // One relay address per country, inside the documentation range.
    private static int Octet(string country) => 10 + ((country[0] * 31) + country[^1]) % 200;

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..].TrimEnd('>');
}
