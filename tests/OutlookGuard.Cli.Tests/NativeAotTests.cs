using System.Reflection;
using System.Xml.Linq;

namespace OutlookGuard.Cli.Tests;

/// <summary>
/// The cheap guard of the Native AOT publish (README, "Publish as a single executable"): a full publish takes minutes,
/// so every build runs the trimming and AOT analyzers instead, on the CLI and on every project it reaches
/// (<c>IsAotCompatible</c>; warnings are errors), and a package the CLI did not ship when its publish was last
/// checked warning-free fails here until it is checked again with <c>benchmarks/cli-publish-check.sh</c>.
/// </summary>
public sealed class NativeAotTests
{
    // Every assembly outside the shared framework that the published CLI carries, as checked by cli-publish-check.sh
    // (0 publish warnings, same output as the framework-dependent build).
    private static readonly string[] CheckedAssemblies =
    [
        "BouncyCastle.Cryptography",
        "MaxMind.Db",
        "MimeKit",
        "OutlookGuard.Core",
        "OutlookGuard.GeoIp",
        "OutlookGuard.Manifest",
        "System.Security.Cryptography.Pkcs",
        "outlookguard",
    ];

    [Fact]
    public void CliProject_PublishesWithNativeAot()
    {
        var cli = Project(Path.Combine("src", "OutlookGuard.Cli", "OutlookGuard.Cli.csproj"));

        Assert.Equal("true", Property(cli, "PublishAot"));
    }

    [Fact]
    public void CliAndEveryProjectItReferences_RunTheAotAnalyzers()
    {
        var notChecked = ReachedProjects(Path.Combine(Repository.Root(), "src", "OutlookGuard.Cli", "OutlookGuard.Cli.csproj"))
            .Where(path => Property(XDocument.Load(path), "IsAotCompatible") != "true")
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(notChecked.Count == 0, "Reached by the CLI's Native AOT build but not IsAotCompatible: " + string.Join(", ", notChecked));
    }

    [Fact]
    public void CliAssemblies_WereBuiltAsTrimmable()
    {
        var untrimmable = CliAssemblies()
            .Where(a => a.GetName().Name!.StartsWith("OutlookGuard", StringComparison.Ordinal) || a == typeof(CliApp).Assembly)
            .Where(a => !a.GetCustomAttributes<AssemblyMetadataAttribute>().Any(m => m is { Key: "IsTrimmable", Value: "True" }))
            .Select(a => a.GetName().Name)
            .ToList();

        Assert.Empty(untrimmable);
    }

    [Fact]
    public void CliDependencies_AreTheOnesCheckedWithTheNativeAotPublish()
    {
        var shipped = CliAssemblies().Select(a => a.GetName().Name!).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            shipped.SequenceEqual(CheckedAssemblies),
            "The CLI now carries " + string.Join(", ", shipped) + ". Run benchmarks/cli-publish-check.sh (0 publish warnings, "
            + "same output as `dotnet outlookguard.dll`), then update NativeAotTests.CheckedAssemblies.");
    }

    // The CLI's assembly and every assembly it references, directly or not, outside the shared framework.
    private static List<Assembly> CliAssemblies()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(CliApp).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                var referenced = Assembly.Load(name);
                if (!found.ContainsKey(name.Name!) && !referenced.Location.StartsWith(framework, StringComparison.Ordinal))
                {
                    pending.Enqueue(referenced);
                }
            }
        }

        return [.. found.Values];
    }

    private static IEnumerable<string> ReachedProjects(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            yield return path;
            foreach (var reference in XDocument.Load(path).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include)));
            }
        }
    }

    private static XDocument Project(string relativePath) => XDocument.Load(Path.Combine(Repository.Root(), relativePath));

    private static string? Property(XDocument project, string name) =>
        project.Descendants("PropertyGroup").Where(g => g.Attribute("Condition") is null).Elements(name).LastOrDefault()?.Value.Trim();
}
