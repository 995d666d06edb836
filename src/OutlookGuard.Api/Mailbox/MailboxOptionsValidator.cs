using Microsoft.Extensions.Options;
using OutlookGuard.Api.Auth;

namespace OutlookGuard.Api.Mailbox;

/// <summary>
/// At start: a Folder source is for Development only (every caller of every tenant would read the same folder) and
/// needs an existing folder; a Graph source needs the API's client id and one client credential.
/// </summary>
internal sealed class MailboxOptionsValidator(IOptions<AzureAdOptions> azureAd, IHostEnvironment environment) : IValidateOptions<MailboxOptions>
{
    public ValidateOptionsResult Validate(string? name, MailboxOptions options)
    {
        if (!Enum.IsDefined(options.Source))
        {
            return ValidateOptionsResult.Fail("Mailbox:Source must be Graph or Folder.");
        }

        if (options.Source == MailboxSource.Folder)
        {
            if (!environment.IsDevelopment())
            {
                return ValidateOptionsResult.Fail(
                    $"Mailbox:Source=Folder is an offline demo source and runs only with ASPNETCORE_ENVIRONMENT=Development (this is {environment.EnvironmentName}): every caller would read the same folder. Set Mailbox:Source to Graph.");
            }

            return string.IsNullOrWhiteSpace(options.Folder) || !Directory.Exists(options.Folder)
                ? ValidateOptionsResult.Fail("Mailbox:Folder must name an existing folder when Mailbox:Source is Folder.")
                : ValidateOptionsResult.Success;
        }

        var ad = azureAd.Value;
        if (!ad.IsConfigured)
        {
            return ValidateOptionsResult.Fail("Mailbox:Source Graph needs AzureAd:ClientId (or set Mailbox:Source to Folder).");
        }

        var hasCredential = !string.IsNullOrWhiteSpace(ad.ClientSecret)
            || !string.IsNullOrWhiteSpace(ad.ClientCertificatePath)
            || !string.IsNullOrWhiteSpace(ad.ManagedIdentityClientId);
        return hasCredential
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Mailbox:Source Graph needs one of AzureAd:ClientSecret, AzureAd:ClientCertificatePath or AzureAd:ManagedIdentityClientId for the On-Behalf-Of exchange.");
    }
}
