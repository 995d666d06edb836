using Microsoft.AspNetCore.Diagnostics;
using OutlookGuard.Api.Endpoints;

namespace OutlookGuard.Api.Hosting;

/// <summary>
/// Clean failures: every problem in the reader's language (<see cref="ProblemLanguage"/>), Kestrel's request limits
/// stated once, a request the client sent badly (too slowly, cut off, too large) answered 408/400/413 and logged at
/// Information without a stack, any other exception 500 <c>unexpected-error</c>, and a problem body on every error
/// status the pipeline produces without one (status-code pages).
/// </summary>
public static partial class FailureHosting
{
    /// <summary>Kestrel: bytes of all request headers together (431 beyond). Kestrel's default, stated.</summary>
    public const int MaxRequestHeadersTotalBytes = 32 * 1024;

    /// <summary>Kestrel: header fields in one request (431 beyond).</summary>
    public const int MaxRequestHeaderCount = 100;

    /// <summary>Kestrel: bytes of the request line, URL included (414 beyond). Kestrel's default, stated.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>Kestrel: seconds to receive all request headers (408 beyond).</summary>
    public const int RequestHeadersTimeoutSeconds = 30;

    /// <summary>Kestrel: the slowest request body accepted, after a 5-second grace (408 below).</summary>
    public const double MinRequestBodyBytesPerSecond = 240;

    public static WebApplicationBuilder AddGuardFailures(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemLanguage.Apply);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var limits = kestrel.Limits;
            limits.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalBytes;
            limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
            limits.MaxRequestLineSize = MaxRequestLineBytes;
            limits.MaxRequestBodySize = Problems.MaxRequestBodyBytes;
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(RequestHeadersTimeoutSeconds);
            limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(5));
        });
        return builder;
    }

    public static WebApplication UseGuardFailures(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FailureHosting).FullName!);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                if (error is BadHttpRequestException bad)
                {
                    LogBadRequest(logger, bad.StatusCode);
                    return ForBadRequest(bad.StatusCode).ToResult().ExecuteAsync(context);
                }

                return Problems.UnexpectedError.ToResult().ExecuteAsync(context);
            },
            // The client's fault, logged above at Information: no Error line with a stack for it.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages(context => Problems.ForStatus(context.HttpContext.Response.StatusCode).ToResult().ExecuteAsync(context.HttpContext));
        return app;
    }

    private static ProblemText ForBadRequest(int status) => status switch
    {
        StatusCodes.Status408RequestTimeout => Problems.RequestTimeout,
        StatusCodes.Status413PayloadTooLarge => Problems.RequestTooLarge,
        _ => Problems.BadRequest,
    };

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Request refused as the client sent it badly ({Status})")]
    private static partial void LogBadRequest(ILogger logger, int status);
}
