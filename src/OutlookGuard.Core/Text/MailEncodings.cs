using System.Text;

namespace OutlookGuard.Core.Text;

/// <summary>
/// Japanese mail is full of ISO-2022-JP and Shift_JIS encoded words, which .NET decodes only once the code-page
/// provider is registered. MimeKit looks the charsets up when it first decodes text, so the provider must be there
/// before any MimeKit call of the process, not only before the parser's: hosts call <see cref="Register"/> first thing.
/// </summary>
public static class MailEncodings
{
    /// <summary>Registers the in-box code pages (idempotent, process-wide).</summary>
    public static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
