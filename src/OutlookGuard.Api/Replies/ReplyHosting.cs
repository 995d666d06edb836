using Microsoft.Extensions.Options;
using OutlookGuard.Api.Graph;
using OutlookGuard.Api.Mailbox;

namespace OutlookGuard.Api.Replies;

/// <summary>The reply check: its service, and the original's lookup in the configured mailbox source.</summary>
public static class ReplyHosting
{
    public static WebApplicationBuilder AddGuardReplies(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ReplyCheckService>();
        services.AddSingleton<IOriginalMessageFinder>(sp => sp.GetRequiredService<IOptions<MailboxOptions>>().Value.Source switch
        {
            MailboxSource.Folder => ActivatorUtilities.CreateInstance<FolderOriginalFinder>(sp, TimeProvider.System),
            MailboxSource.Client => new NoOriginalFinder(),
            _ => ActivatorUtilities.CreateInstance<GraphOriginalFinder>(sp),
        });
        return builder;
    }
}
