namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// The <c>DataProtection</c> section: the certificate that encrypts the Data Protection key ring kept in Redis
/// (<see cref="ProtectedDistributedCache"/>). In Azure it is a Key Vault certificate App Service loads
/// (<c>/var/ssl/private/{thumbprint}.p12</c>); required outside Development whenever <c>ConnectionStrings:Redis</c> is set.
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Path of a PKCS#12 (.pfx/.p12) file with an RSA certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of that file, if any.</summary>
    public string? CertificatePassword { get; set; }
}
