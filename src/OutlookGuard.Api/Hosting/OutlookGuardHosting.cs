using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Analysis;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Endpoints;
using OutlookGuard.Api.Graph;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Api.ScaleOut;
using OutlookGuard.Core.Policy;

namespace OutlookGuard.Api.Hosting;

/// <summary>The one composition of the API: <see cref="AddOutlookGuard"/> for services, <see cref="MapOutlookGuard"/> for the pipeline.</summary>
public static class OutlookGuardHosting
{
    public static WebApplicationBuilder AddOutlookGuard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<AzureAdOptions>().BindConfiguration(AzureAdOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureAdOptions>, AzureAdOptionsValidator>();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailboxOptions>, MailboxOptionsValidator>();
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GuardPolicy>().BindConfiguration("Guard").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<GuardPolicy>, GuardPolicyValidator>();

        services.AddProblemDetails();
        services.AddHttpClient(HttpClientNames.Identity);
        services.AddHttpClient(HttpClientNames.Graph);

        var development = builder.Environment.IsDevelopment();
        var authentication = services.AddAuthentication(AuthNames.EntraScheme).AddJwtBearer(AuthNames.EntraScheme);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, EntraJwtBearerSetup>();
        string[] schemes = [AuthNames.EntraScheme];
        if (development)
        {
            // dotnet user-jwts writes Authentication:Schemes:Bearer to user secrets; never registered outside Development.
            authentication.AddJwtBearer(AuthNames.DevelopmentScheme);
            services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, DevelopmentJwtSetup>();
            schemes = [AuthNames.EntraScheme, AuthNames.DevelopmentScheme];
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthNames.UserPolicy, policy => policy
                .AddAuthenticationSchemes(schemes)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(AuthNames.Scope)))
            .AddPolicy(AuthNames.AdminPolicy, policy => policy
                .AddAuthenticationSchemes(schemes)
                .RequireAuthenticatedUser()
                .AddRequirements(new ScopeRequirement(AuthNames.Scope), new AppRoleRequirement(AuthNames.AdminRole)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        builder.AddOutlookGuardScaleOut();
        services.AddHybridCache();
        services.AddSingleton<OnBehalfOfCredentials>();
        services.AddGeoIp();
        services.AddSingleton<TenantPolicies>();
        services.AddSingleton<AnalysisService>();
        services.AddSingleton<IMessageSource>(sp =>
            sp.GetRequiredService<IOptions<MailboxOptions>>().Value.Source == MailboxSource.Folder
                ? ActivatorUtilities.CreateInstance<FolderMessageSource>(sp)
                : ActivatorUtilities.CreateInstance<GraphMessageSource>(sp));

        services.AddHealthChecks()
            .AddCheck<SigningKeysHealthCheck>("signing-keys", tags: ["ready"])
            .AddCheck<MailboxHealthCheck>("mailbox", tags: ["ready"]);
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
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapTaskpaneConfig();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        app.MapGroup("/api")
            .MapMessageAnalysisApi()
            .MapHeaderAnalysisApi()
            .MapPolicyApi();
        return app;
    }
}
