using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.History;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Api.Policy;
using OutlookGuard.Api.RateLimiting;
using OutlookGuard.Api.Replies;
using OutlookGuard.Api.ScaleOut;
using OutlookGuard.Api.Telemetry;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Api.Hosting;

/// <summary>The one composition of the API: <see cref="AddOutlookGuard"/> for services, <see cref="MapOutlookGuard"/> for the pipeline.</summary>
public static class OutlookGuardHosting
{
    /// <summary>The tag of the checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOutlookGuard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        MailEncodings.Register();
        builder.AddDevelopmentSettings();
        builder.AddGuardFailures();
        builder.Services.AddApiJson();
        builder.Services.AddTaskpane();
        builder.AddGuardAuth();
        builder.AddGuardRateLimiting();
        builder.AddGuardPolicy();
        builder.AddGuardMailbox();
        builder.AddGuardHistory();
        builder.AddGuardAnalysis();
        builder.AddGuardReplies();
        builder.AddGuardTelemetry();
        builder.AddGuardScaleOut();
        return builder;
    }

    public static WebApplication MapOutlookGuard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseGuardFailures();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseTaskpane();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapTaskpaneConfig();
        app.MapEventsAllowList();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });

        app.MapGroup("/api")
            .RequireGuardRateLimits()
            .MapMessageAnalysisApi()
            .MapHeaderAnalysisApi()
            .MapReplyCheckApi()
            .MapPolicyApi()
            .MapFeedbackApi();
        return app;
    }
}
