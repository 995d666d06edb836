using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>Decrypts a key <see cref="CertificateKeyEncryptor"/> wrote, with the configured key-ring certificate's private key.</summary>
internal sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var certificate = services.GetRequiredService<KeyRingCertificate>().Certificate
            ?? throw new CryptographicException("The key ring is encrypted but DataProtection:CertificatePath is not set.");
        if (!string.Equals((string?)encryptedElement.Attribute("thumbprint"), certificate.Thumbprint, StringComparison.OrdinalIgnoreCase))
        {
            throw new CryptographicException("The key was encrypted with another certificate than DataProtection:CertificatePath.");
        }

        using var rsa = certificate.GetRSAPrivateKey() ?? throw new CryptographicException("The key-ring certificate has no RSA private key.");
        var key = rsa.Decrypt(Read(encryptedElement, "wrappedKey"), RSAEncryptionPadding.OaepSHA256);
        var ciphertext = Read(encryptedElement, "value");
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, CertificateKeyEncryptor.TagBytes))
        {
            aes.Decrypt(Read(encryptedElement, "nonce"), ciphertext, Read(encryptedElement, "tag"), plaintext);
        }

        CryptographicOperations.ZeroMemory(key);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }

    private static byte[] Read(XElement element, string name) =>
        Convert.FromBase64String((string?)element.Element(name) ?? throw new CryptographicException($"The encrypted key has no {name}."));
}
