using System.Runtime.CompilerServices;
using OutlookGuard.Core.Text;

namespace OutlookGuard.Core.Tests;

/// <summary>
/// Registers the code-page encodings before any test runs, as the CLI and the API do at start
/// (<see cref="MailEncodings"/>). A test that calls MimeKit directly (ReceivedParserTests) and runs before the parser's
/// static constructor would otherwise let MimeKit cache Shift_JIS and ISO-2022-JP as unsupported for the whole run.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    internal static void Register() => MailEncodings.Register();
}
