using Microsoft.Extensions.Options;
using OutlookGuard.Api.Mailbox;

namespace OutlookGuard.Api.History;

/// <summary>The history source of <c>Mailbox:History</c> (none when Off) and the service that bounds and caches it.</summary>
public static class HistoryHosting
{
    public static WebApplicationBuilder AddGuardHistory(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<MailboxOptions>, HistoryOptionsValidator>();
        services.AddSingleton<ICorrespondenceHistorySource>(sp =>
            sp.GetRequiredService<IOptions<MailboxOptions>>().Value.History == HistoryMode.Folder
                ? ActivatorUtilities.CreateInstance<FolderHistorySource>(sp)
                : ActivatorUtilities.CreateInstance<GraphHistorySource>(sp));
        services.AddSingleton<HistoryService>();
        return builder;
    }
}
