namespace OutlookGuard.Core.Tests.Architecture;

/// <summary>Finds the repository's <c>src/</c> folder above the test output, for tests that read the sources.</summary>
internal static class SourceTree
{
    public static string Src()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "OutlookGuard.Core");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "src");
            }
        }

        throw new DirectoryNotFoundException("src/OutlookGuard.Core not found above the test output folder.");
    }

    public static string Core(string folder = "") => Path.Combine(Src(), "OutlookGuard.Core", folder);
}
