namespace OutlookGuard.Api.Tests.Infrastructure;

/// <summary>The repository's sample messages, copied next to the test assembly.</summary>
internal static class Samples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(Folder, fileName));

    /// <summary>The header block of a sample: everything before the first empty line.</summary>
    public static string HeaderBlock(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(Folder, fileName)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return (end < 0 ? text : text[..(end + 1)]).Replace("\n", "\r\n", StringComparison.Ordinal);
    }
}
