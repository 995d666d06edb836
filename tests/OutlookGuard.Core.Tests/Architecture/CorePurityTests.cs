using System.Reflection;
using OutlookGuard.Core.Analysis;

namespace OutlookGuard.Core.Tests.Architecture;

/// <summary>Keeps the core pure: MimeKit and the base library only; no network, file system or clock.</summary>
public sealed class CorePurityTests
{
    private static readonly Assembly Core = typeof(GuardAnalyzer).Assembly;

    [Fact]
    public void CoreAssembly_ReferencesOnlyMimeKitAndTheBaseLibrary()
    {
        var allowed = new[] { "System", "MimeKit", "netstandard", "Microsoft.Win32.Primitives" };

        var others = Core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => !allowed.Any(prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(others);
    }

    [Theory]
    [InlineData("System.Net.Http")]
    [InlineData("System.Net.Sockets")]
    [InlineData("Microsoft.AspNetCore")]
    public void CoreAssembly_DoesNotReferenceTheNetworkOrAspNet(string forbidden)
    {
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name!.StartsWith(forbidden, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("DateTimeOffset.UtcNow")]
    [InlineData("File.")]
    [InlineData("Directory.")]
    [InlineData("Environment.GetEnvironmentVariable")]
    [InlineData("Console.")]
    public void CoreSources_DoNotReadTheClockFilesOrEnvironment(string call)
    {
        var root = SourceTree.Core();

        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => File.ReadAllLines(f).Any(line => line.Contains(call, StringComparison.Ordinal) && !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToList();

        Assert.Empty(offenders);
    }
}
