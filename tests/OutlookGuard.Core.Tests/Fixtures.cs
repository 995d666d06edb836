namespace OutlookGuard.Core.Tests;

/// <summary>Reads test fixtures copied under TestData/ (see TestData/SOURCES.md for where each came from).</summary>
internal static class Fixtures
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The folder holding OutlookGuard.sln, for tests that read the sources or the docs.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutlookGuard.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OutlookGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
