using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Replies;
using OutlookGuard.Core;
using Polly.CircuitBreaker;
using Polly.Timeout;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace OutlookGuard.Api.Graph;

/// <summary>
/// Finds the message a reply answers through Microsoft Graph on behalf of the caller:
/// <c>GET /me/messages?$filter=internetMessageId eq '…'</c> (the id URL-encoded by the client, quotes doubled as OData
/// wants), else <c>conversationId eq '…'</c>. Several copies can match (the same message in several folders); drafts
/// and the Sent Items folder are skipped and the newest received copy is taken. Uses the one
/// <see cref="GraphServiceClient"/> (<see cref="GraphClientHosting"/>), but gives up after <see cref="MaxSeconds"/>, retries
/// included: a reply check must not hold up Send.
/// </summary>
internal sealed partial class GraphOriginalFinder(
    IOptions<GraphOptions> graphOptions,
    OnBehalfOfCredentials credentials,
    GraphServiceClient client,
    ILogger<GraphOriginalFinder> logger) : IOriginalMessageFinder
{
    /// <summary>The longest the lookup waits for Graph (less when <c>Graph:TimeoutSeconds</c> is smaller).</summary>
    public const int MaxSeconds = 5;

    /// <summary>Copies of one message read at most.</summary>
    public const int MaxCopies = 10;

    /// <summary>The fields read: the message resource of <see cref="GraphMessageSource.Select"/> plus where it lies.</summary>
    public static readonly string[] Select = [.. GraphMessageSource.Select, "isDraft", "parentFolderId"];

    public async Task<OriginalLookup> FindAsync(Caller caller, string? internetMessageId, string? conversationId, CancellationToken cancellationToken)
    {
        var filter = internetMessageId is not null ? $"internetMessageId eq '{Quote(internetMessageId)}'"
            : conversationId is not null ? $"conversationId eq '{Quote(conversationId)}'"
            : null;
        if (filter is null)
        {
            return OriginalLookup.NotFound;
        }

        var options = graphOptions.Value;
        var seconds = Math.Min(options.TimeoutSeconds, MaxSeconds);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            var credential = new CallerCredentialOption(credentials.For(caller));

            var page = await client.Me.Messages.GetAsync(
                request =>
                {
                    request.QueryParameters.Filter = filter;
                    request.QueryParameters.Select = Select;
                    request.QueryParameters.Top = MaxCopies;
                    request.Options.Add(credential);
                },
                timeout.Token);
            var copies = (page?.Value ?? []).Where(m => m.IsDraft != true).ToList();
            if (copies.Count == 0)
            {
                return OriginalLookup.NotFound;
            }

            var sentItems = await client.Me.MailFolders["sentitems"].GetAsync(
                request =>
                {
                    request.QueryParameters.Select = ["id"];
                    request.Options.Add(credential);
                },
                timeout.Token);
            var received = copies
                .Where(m => sentItems?.Id is null || !string.Equals(m.ParentFolderId, sentItems.Id, StringComparison.Ordinal))
                .OrderByDescending(m => m.ReceivedDateTime ?? DateTimeOffset.MinValue)
                .FirstOrDefault();
            LogFound(logger, copies.Count, received is not null);
            return received is null ? OriginalLookup.NotFound : OriginalLookup.Found(ToInput(received));
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailed(logger, "timeout");
            return OriginalLookup.Failure;
        }
        catch (ApiException e)
        {
            LogFailed(logger, $"graph-{e.ResponseStatusCode}");
            return OriginalLookup.Failure;
        }
        catch (AggregateException e) when (e.InnerExceptions.LastOrDefault() is ApiException last)
        {
            LogFailed(logger, $"graph-{last.ResponseStatusCode}");
            return OriginalLookup.Failure;
        }
        catch (BrokenCircuitException)
        {
            LogFailed(logger, "circuit-open");
            return OriginalLookup.Failure;
        }
        catch (AuthenticationFailedException)
        {
            LogFailed(logger, "on-behalf-of");
            return OriginalLookup.Failure;
        }
        catch (HttpRequestException e)
        {
            LogFailed(logger, $"unreachable-{e.HttpRequestError}");
            return OriginalLookup.Failure;
        }
    }

    // OData string literals double a single quote (OData 4.01 ABNF, SQUOTE-in-string).
    private static string Quote(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    private static MessageInput ToInput(Message message) =>
        MessageInput.FromPairs(GraphHeaders.Pairs(message.InternetMessageHeaders ?? [], message), message.BodyPreview);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Reply check: {Copies} copies of the original, one received: {Received}")]
    private static partial void LogFound(ILogger logger, int copies, bool received);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Reply check: the original could not be looked up ({Reason}); recipients are checked without it")]
    private static partial void LogFailed(ILogger logger, string reason);
}
