using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace OutlookGuard.Api.ScaleOut;

/// <summary>
/// Encrypts each Data Protection key before it is stored in Redis: AES-256-GCM under a fresh key, that key wrapped with
/// the certificate's RSA public key (OAEP-SHA256). <see cref="CertificateKeyDecryptor"/> reverses it.
/// </summary>
internal sealed class CertificateKeyEncryptor(X509Certificate2 certificate) : IXmlEncryptor
{
    public const int NonceBytes = 12;
    public const int TagBytes = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var key = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }

        using var rsa = certificate.GetRSAPublicKey() ?? throw new InvalidOperationException("The key-ring certificate must hold an RSA key.");
        var wrapped = rsa.Encrypt(key, RSAEncryptionPadding.OaepSHA256);
        CryptographicOperations.ZeroMemory(key);
        var element = new XElement(
            "encryptedKey",
            new XAttribute("thumbprint", certificate.Thumbprint),
            new XElement("wrappedKey", Convert.ToBase64String(wrapped)),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(element, typeof(CertificateKeyDecryptor));
    }
}
