namespace OutlookGuard.Cli.Tests;

/// <summary>The source tree the tests run from: documents and project files that the tests keep in step with the code.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookGuard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("OutlookGuard.sln not found above the test output folder.");
    }
}
