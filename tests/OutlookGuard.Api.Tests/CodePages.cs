using System.Runtime.CompilerServices;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Api.Tests;

/// <summary>
/// Registers the code-page encodings before any test runs, as the hosts do at start (<see cref="MailEncodings"/>): a test
/// that reads mail with MimeKit before the host starts would otherwise let MimeKit cache ISO-2022-JP as unsupported.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    internal static void Register() => MailEncodings.Register();
}
