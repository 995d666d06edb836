namespace OutlookGuard.Core.Tests;

/// <summary>Reads test fixtures copied under TestData/ (see TestData/SOURCES.md for where each came from).</summary>
internal static class Fixtures
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));
}
