using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>A key-ring certificate (RSA, with its private key) written once per test run as a .pfx, as App Service mounts a Key Vault certificate.</summary>
internal static class KeyRingCertificateFile
{
    private static readonly Lazy<string> Instance = new(Create);

    /// <summary>The value for <c>DataProtection:CertificatePath</c>.</summary>
    public static string Path => Instance.Value;

    private static string Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=OutlookGuard key ring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "outlookguard-keyring-" + Guid.NewGuid().ToString("N") + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
        return path;
    }
}
