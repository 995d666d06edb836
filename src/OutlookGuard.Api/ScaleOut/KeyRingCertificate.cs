using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>The key-ring certificate of <see cref="KeyRingOptions"/>, loaded once; null when none is configured.</summary>
internal sealed class KeyRingCertificate(IOptions<KeyRingOptions> options) : IDisposable
{
    private readonly Lazy<X509Certificate2?> _certificate = new(() =>
        string.IsNullOrWhiteSpace(options.Value.CertificatePath)
            ? null
            : X509CertificateLoader.LoadPkcs12FromFile(options.Value.CertificatePath, options.Value.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet));

    public X509Certificate2? Certificate => _certificate.Value;

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }
}
