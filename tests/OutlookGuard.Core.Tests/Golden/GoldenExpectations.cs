using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Golden;

/// <summary>One line of TestData/golden/expected.tsv: file, kind (ham|attack), verdict, rule ids (comma separated, '-' for none).</summary>
internal sealed record GoldenExpectations(string Name, bool Legitimate, Verdict Verdict, string[] RuleIds)
{
    private static readonly Lazy<IReadOnlyList<GoldenExpectations>> All = new(Read);
    private static readonly Lazy<CompiledPolicy> GoldenPolicy = new(() => Compile("golden/policy.json"));
    private static readonly Lazy<CompiledPolicy> SamplesPolicy = new(() => Compile("samples/policy.json"));

    public static IReadOnlyList<GoldenExpectations> Load() => All.Value;

    public static string PathOf(string file) => file.StartsWith("samples/", StringComparison.Ordinal)
        ? Path.Combine(AppContext.BaseDirectory, file)
        : Fixtures.PathOf(file);

    /// <summary>The bundled samples use the bundled policy; the golden corpus uses its own.</summary>
    public static CompiledPolicy PolicyFor(string file) =>
        file.StartsWith("samples/", StringComparison.Ordinal) ? SamplesPolicy.Value : GoldenPolicy.Value;

    private static CompiledPolicy Compile(string file)
    {
        var (policy, errors) = PolicyJson.Parse(System.IO.File.ReadAllText(PathOf(file)), [.. RuleCatalog.Ids]);
        Assert.Empty(errors);
        return Rules.RuleTestKit.EngineFor(policy!).Compiled;
    }

    private static IReadOnlyList<GoldenExpectations> Read()
    {
        var list = new List<GoldenExpectations>();
        foreach (var line in System.IO.File.ReadAllLines(Fixtures.PathOf("golden/expected.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            var ids = cells[3] == "-" ? [] : cells[3].Split(',').Order(StringComparer.Ordinal).ToArray();
            list.Add(new GoldenExpectations(cells[0], cells[1] == "ham", Enum.Parse<Verdict>(cells[2], ignoreCase: true), ids));
        }

        return list;
    }
}
