using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Graph;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Api.History;

/// <summary>
/// The user's history with a sender from Microsoft Graph, on behalf of the user (Mail.Read), in two calls run side by
/// side: <b>A</b> the latest messages from the sender (<c>GET /me/messages</c>, <c>$filter</c> on receivedDateTime
/// first because it is the <c>$orderby</c> property, then the sender; one page of at most
/// <c>Mailbox:HistoryMaxMessages</c>, never following <c>@odata.nextLink</c>; only the fields the features need) and
/// <b>B</b> one Sent Items probe (<c>$search="to:sender"</c>, <c>$top=1</c>). Both go through the one Graph client
/// (<see cref="GraphClientHosting"/>: retries honour Retry-After); a call that fails or does not answer within the
/// history budget is left unread.
/// </summary>
internal sealed partial class GraphHistorySource(
    GraphServiceClient client,
    OnBehalfOfCredentials credentials,
    IOptions<MailboxOptions> mailboxOptions,
    ILogger<GraphHistorySource> logger) : ICorrespondenceHistorySource
{
    /// <summary>The fields of call A: what the features read, nothing else.</summary>
    public static readonly string[] Select = ["id", "receivedDateTime", "replyTo", "internetMessageId", "bodyPreview", "internetMessageHeaders"];

    /// <summary>The lower bound of the date filter: the ordered property must come first in <c>$filter</c>.</summary>
    public const string Since = "2000-01-01T00:00:00Z";

    public async Task<CorrespondenceHistory> ReadAsync(Caller caller, GuardEngine engine, MessageFacts message, CancellationToken cancellationToken)
    {
        if (HistoryAddress.Of(message) is not { } sender)
        {
            return CorrespondenceHistory.Unknown;
        }

        var started = Stopwatch.GetTimestamp();
        var credential = new CallerCredentialOption(credentials.For(caller));
        var received = ReadReceivedAsync(credential, engine, sender, message.MessageId, cancellationToken);
        var sent = ReadSentAsync(credential, sender, cancellationToken);
        await Task.WhenAll(received, sent);

        var history = CorrespondenceHistory.Build(sender, await received, await sent);
        var elapsed = Stopwatch.GetElapsedTime(started);
        LogRead(logger, history.Completeness, history.ReceivedCount, (long)elapsed.TotalMilliseconds);
        return history;
    }

    private async Task<List<HistoryMessage>?> ReadReceivedAsync(
        CallerCredentialOption credential, GuardEngine engine, string sender, string? currentId, CancellationToken cancellationToken)
    {
        try
        {
            var page = await client.Me.Messages.GetAsync(
                request =>
                {
                    request.QueryParameters.Filter = $"receivedDateTime ge {Since} and from/emailAddress/address eq '{sender.Replace("'", "''", StringComparison.Ordinal)}'";
                    request.QueryParameters.Orderby = ["receivedDateTime desc"];
                    request.QueryParameters.Top = mailboxOptions.Value.HistoryMaxMessages;
                    request.QueryParameters.Select = Select;
                    request.Options.Add(credential);
                },
                cancellationToken);
            var current = HistoryAddress.MessageIdKey(currentId);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var items = new List<HistoryMessage>();
            foreach (var item in (page?.Value ?? []).Take(mailboxOptions.Value.HistoryMaxMessages))
            {
                var key = HistoryAddress.MessageIdKey(item.InternetMessageId) ?? item.Id ?? string.Empty;
                if ((current is not null && key == current) || !seen.Add(key))
                {
                    continue;
                }

                items.Add(Features(engine, item));
            }

            return items;
        }
        catch (Exception e) when (IsExpected(e))
        {
            LogPartFailed(logger, "received", Describe(e));
            return null;
        }
    }

    private async Task<int?> ReadSentAsync(CallerCredentialOption credential, string sender, CancellationToken cancellationToken)
    {
        try
        {
            var page = await client.Me.MailFolders["sentitems"].Messages.GetAsync(
                request =>
                {
                    request.QueryParameters.Search = $"\"to:{sender}\"";
                    request.QueryParameters.Top = 1;
                    request.QueryParameters.Select = ["id"];
                    request.Options.Add(credential);
                },
                cancellationToken);
            return page?.Value?.Count ?? 0;
        }
        catch (Exception e) when (IsExpected(e))
        {
            LogPartFailed(logger, "sent", Describe(e));
            return null;
        }
    }

    // The features of one earlier message: its headers when Graph gave them (inbound mail), else its typed Reply-To
    // and the script of its preview.
    private static HistoryMessage Features(GuardEngine engine, Message item)
    {
        if (item.InternetMessageHeaders is { Count: > 0 } headers)
        {
            var facts = engine.ReadFacts(MessageInput.FromPairs(GraphHeaders.Pairs(headers, item), item.BodyPreview));
            return HistoryMessage.From(facts, item.ReceivedDateTime);
        }

        return new HistoryMessage(
            item.ReceivedDateTime,
            [.. (item.ReplyTo ?? []).Select(r => r.EmailAddress?.Address?.ToLowerInvariant()).OfType<string>()],
            MessageLanguage.FromScript(item.BodyPreview ?? string.Empty),
            null);
    }

    // A part that fails or runs out of time is left unread; the history service tells the budget from the caller giving up.
    private static bool IsExpected(Exception e) =>
        e switch
        {
            OperationCanceledException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException => true,
            ApiException or HttpRequestException or Azure.Identity.AuthenticationFailedException => true,
            AggregateException aggregate => aggregate.InnerExceptions.All(inner => inner is ApiException or HttpRequestException),
            _ => false,
        };

    private static string Describe(Exception e) => e switch
    {
        OperationCanceledException or Polly.Timeout.TimeoutRejectedException => "timed-out",
        Polly.CircuitBreaker.BrokenCircuitException => "circuit-open",
        ApiException api => api.ResponseStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AggregateException { InnerExceptions: [.., ApiException last] } => last.ResponseStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        HttpRequestException => "unreachable",
        _ => "sign-in",
    };

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "History read: {Completeness}, {Count} earlier messages in {Milliseconds} ms")]
    private static partial void LogRead(ILogger logger, HistoryCompleteness completeness, int count, long milliseconds);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "History read left {Part} unread ({Reason})")]
    private static partial void LogPartFailed(ILogger logger, string part, string reason);
}
