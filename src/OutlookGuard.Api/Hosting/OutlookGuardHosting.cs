using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.History;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Api.Policy;
using OutlookGuard.Api.ScaleOut;
using OutlookGuard.Api.Telemetry;

namespace OutlookGuard.Api.Hosting;

/// <summary>The one composition of the API: <see cref="AddOutlookGuard"/> for services, <see cref="MapOutlookGuard"/> for the pipeline.</summary>
public static class OutlookGuardHosting
{
    /// <summary>The tag of the checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOutlookGuard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails();
        builder.Services.AddTaskpane();
        builder.AddGuardAuth();
        builder.AddGuardPolicy();
        builder.AddGuardMailbox();
        builder.AddGuardHistory();
        builder.AddGuardAnalysis();
        builder.AddGuardTelemetry();
        builder.AddGuardScaleOut();
        return builder;
    }

    public static WebApplication MapOutlookGuard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => Problems.UnexpectedError.ToResult().ExecuteAsync(context),
        });
        app.UseStatusCodePages(context => context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => Problems.NotFound.ToResult().ExecuteAsync(context.HttpContext),
            StatusCodes.Status405MethodNotAllowed => Problems.MethodNotAllowed.ToResult().ExecuteAsync(context.HttpContext),
            StatusCodes.Status415UnsupportedMediaType => Problems.UnsupportedMediaType.ToResult().ExecuteAsync(context.HttpContext),
            _ => Task.CompletedTask,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseTaskpane();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapTaskpaneConfig();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });

        app.MapGroup("/api")
            .MapMessageAnalysisApi()
            .MapHeaderAnalysisApi()
            .MapPolicyApi();
        return app;
    }
}
