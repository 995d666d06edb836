using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// At start: outside Development a shared Redis cache needs the key-ring certificate, since a key ring stored in clear
/// next to the cache would let whoever can write to Redis also forge entries; a named certificate must exist.
/// </summary>
internal sealed class KeyRingOptionsValidator(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return File.Exists(options.CertificatePath)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("DataProtection:CertificatePath does not name a readable file.");
        }

        var redis = !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ScaleOutHosting.RedisConnectionName));
        return redis && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail("DataProtection:CertificatePath is required outside Development when ConnectionStrings:Redis is set: it encrypts the key ring that protects the shared cache.")
            : ValidateOptionsResult.Success;
    }
}
