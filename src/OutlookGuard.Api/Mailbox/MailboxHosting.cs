using Microsoft.Extensions.Options;
using OutlookGuard.Api.Graph;
using OutlookGuard.Api.Hosting;

namespace OutlookGuard.Api.Mailbox;

/// <summary>Where messages are read (<c>Mailbox:Source</c>): Microsoft Graph (default), a folder of .eml files, or nowhere (the taskpane sends the headers); and its readiness check.</summary>
public static class MailboxHosting
{
    public static WebApplicationBuilder AddGuardMailbox(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<MailboxOptions>().BindConfiguration(MailboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailboxOptions>, MailboxOptionsValidator>();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddGuardGraphClient();
        services.AddSingleton<IMessageSource>(sp => sp.GetRequiredService<IOptions<MailboxOptions>>().Value.Source switch
        {
            MailboxSource.Folder => ActivatorUtilities.CreateInstance<FolderMessageSource>(sp),
            MailboxSource.Client => new ClientMessageSource(),
            _ => ActivatorUtilities.CreateInstance<GraphMessageSource>(sp),
        });

        services.AddHealthChecks().AddCheck<MailboxHealthCheck>("mailbox", tags: [OutlookGuardHosting.ReadyTag]);
        return builder;
    }
}
