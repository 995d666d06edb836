using System.Text.RegularExpressions;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using Microsoft.Kiota.Abstractions;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OutlookGuard.Api.Graph;

/// <summary>
/// Reads a message through Microsoft Graph on behalf of the caller: one <c>GET /me/messages/{id}</c> with the
/// headers and typed addresses selected; when Graph has no headers for it (Sent Items, attached items), the MIME
/// from <c>/$value</c>. Uses the one <see cref="GraphServiceClient"/> (<see cref="GraphClientHosting"/>: retries,
/// time-out and circuit breaker), gives up after <c>Graph:TimeoutSeconds</c>, and turns every failure into a
/// <see cref="MessageSourceError"/>.
/// </summary>
internal sealed partial class GraphMessageSource(
    IOptions<GraphOptions> graphOptions,
    OnBehalfOfCredentials credentials,
    GraphServiceClient client,
    ILogger<GraphMessageSource> logger) : IMessageSource
{
    /// <summary>The fields read, exactly: headers come back only when selected.</summary>
    public static readonly string[] Select =
    [
        "internetMessageHeaders", "from", "sender", "replyTo", "toRecipients", "ccRecipients", "subject",
        "bodyPreview", "receivedDateTime", "conversationId", "internetMessageId",
    ];

    /// <summary>Bytes of MIME read: the header block and the start of the body.</summary>
    private const int MaxMimeBytes = (1024 * 1024) + (256 * 1024);

    public bool IsValidId(string id) => RestIdShape().IsMatch(id);

    public async Task<MessageInput> ReadAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (!IsValidId(id))
        {
            throw new MessageSourceException(MessageSourceError.InvalidId);
        }

        var options = graphOptions.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            var credential = new CallerCredentialOption(credentials.For(caller));
            var message = await client.Me.Messages[id].GetAsync(
                request =>
                {
                    request.QueryParameters.Select = Select;
                    request.Options.Add(credential);
                },
                timeout.Token);
            if (message is null)
            {
                throw new MessageSourceException(MessageSourceError.NotFound);
            }

            if (message.InternetMessageHeaders is { Count: > 0 } headers)
            {
                return MessageInput.FromPairs(GraphHeaders.Pairs(headers, message), message.BodyPreview);
            }

            LogMimeFallback(logger);
            await using var mime = await client.Me.Messages[id].Content.GetAsync(
                request => request.Options.Add(credential), timeout.Token);
            if (mime is null)
            {
                throw new MessageSourceException(MessageSourceError.NotFound);
            }

            var buffer = new byte[MaxMimeBytes];
            var read = await mime.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, timeout.Token);
            return MessageInput.FromBytes(buffer.AsMemory(0, read));
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTimedOut(logger, options.TimeoutSeconds);
            throw new MessageSourceException(MessageSourceError.TimedOut);
        }
        catch (ApiException e)
        {
            LogGraphFailed(logger, e.ResponseStatusCode, (e as Microsoft.Graph.Models.ODataErrors.ODataError)?.Error?.Code ?? "none");
            throw new MessageSourceException(FromStatus(e.ResponseStatusCode), e);
        }
        catch (BrokenCircuitException e)
        {
            LogCircuitOpen(logger);
            throw new MessageSourceException(MessageSourceError.Unavailable, e);
        }
        catch (AuthenticationFailedException e)
        {
            var error = FromExchangeFailure(e);
            LogExchangeFailed(logger, error, (e.InnerException as MsalException)?.ErrorCode ?? "none");
            throw new MessageSourceException(error, e);
        }
        catch (HttpRequestException e)
        {
            LogGraphUnreachable(logger, e.HttpRequestError);
            throw new MessageSourceException(MessageSourceError.Unavailable, e);
        }
    }

    private static MessageSourceError FromStatus(int status) => status switch
    {
        400 => MessageSourceError.InvalidId,
        401 => MessageSourceError.SignInAgain,
        403 => MessageSourceError.ConsentMissing,
        404 => MessageSourceError.NotFound,
        _ => MessageSourceError.Unavailable,
    };

    private static MessageSourceError FromExchangeFailure(AuthenticationFailedException e) => e.InnerException switch
    {
        MsalUiRequiredException { Classification: UiRequiredExceptionClassification.ConsentRequired } => MessageSourceError.ConsentMissing,
        MsalUiRequiredException ui when ui.Message.Contains("AADSTS65001", StringComparison.Ordinal) => MessageSourceError.ConsentMissing,
        MsalUiRequiredException => MessageSourceError.SignInAgain,
        MsalServiceException { StatusCode: 400 } => MessageSourceError.SignInAgain,
        _ => MessageSourceError.SignInServiceUnavailable,
    };

    /// <summary>REST ids (convertToRestId): URL-safe base64, 16 to 512 characters.</summary>
    [GeneratedRegex("^[A-Za-z0-9_=-]{16,512}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex RestIdShape();

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Microsoft Graph answered {Status} ({GraphCode})")]
    private static partial void LogGraphFailed(ILogger logger, int status, string graphCode);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Microsoft Graph did not answer within {Seconds} s")]
    private static partial void LogTimedOut(ILogger logger, int seconds);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "On-Behalf-Of exchange failed: {Error} ({MsalCode})")]
    private static partial void LogExchangeFailed(ILogger logger, MessageSourceError error, string msalCode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Graph returned no internet headers; reading the MIME content")]
    private static partial void LogMimeFallback(ILogger logger);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Microsoft Graph unreachable ({Error})")]
    private static partial void LogGraphUnreachable(ILogger logger, HttpRequestError error);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Microsoft Graph not called: too many recent failures (circuit open)")]
    private static partial void LogCircuitOpen(ILogger logger);
}
