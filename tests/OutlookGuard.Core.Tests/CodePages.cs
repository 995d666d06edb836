using System.Runtime.CompilerServices;
using System.Text;

namespace OutlookGuard.Core.Tests;

/// <summary>
/// Registers the code-page encodings before any test runs, as <c>MessageParser</c>'s static constructor does before
/// the product's first parse. A test that calls MimeKit directly (ReceivedParserTests) and runs before the parser's
/// static constructor would otherwise let MimeKit cache Shift_JIS and ISO-2022-JP as unsupported for the whole run.
/// </summary>
internal static class CodePages
{
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
