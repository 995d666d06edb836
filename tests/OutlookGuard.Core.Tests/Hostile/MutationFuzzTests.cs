using System.Globalization;
using System.Text;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Parsing;

namespace OutlookGuard.Core.Tests.Hostile;

/// <summary>
/// Mutation fuzzing over the real samples in TestData/. CI runs a short, fixed-seed pass; a long run sets
/// OUTLOOKGUARD_FUZZ_ITERATIONS (and OUTLOOKGUARD_FUZZ_SEED for another sequence), see docs/performance.md.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int DefaultSeed = 20261128;
    private const int DefaultIterations = 150;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static List<byte[]> Corpus()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "TestData");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".eml" or ".txt")
            .Order(StringComparer.Ordinal)
            .ToList();
        return [.. files.Select(File.ReadAllBytes)];
    }

    [Fact]
    public void MutatedRealSamples_NeverThrowAndStayBounded()
    {
        var seed = Setting("OUTLOOKGUARD_FUZZ_SEED", DefaultSeed);
        var iterations = Setting("OUTLOOKGUARD_FUZZ_ITERATIONS", DefaultIterations);
        var corpus = Corpus();
        Assert.True(corpus.Count >= 5, "the real samples were not copied to the test output");

        var analyzer = GuardEngine.Default;
        var mutator = new MessageMutator(seed);
        var parsedWithFrom = 0;
        for (var i = 0; i < iterations; i++)
        {
            var input = mutator.Mutate(corpus);
            try
            {
                var facts = MessageParser.Parse(input);
                analyzer.Analyze(facts, (i & 1) == 0 ? Language.En : Language.Ja);
                HostileInputTests.AssertBounded(facts);
                HostileInputTests.AssertBounded(MessageParser.Parse(Encoding.UTF8.GetString(input)));
                parsedWithFrom += facts.From.Count > 0 ? 1 : 0;
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(
                    $"Mutation failed: OUTLOOKGUARD_FUZZ_SEED={seed}, iteration {i} (input {input.Length} bytes).", e);
            }
        }

        // The mutations must leave most messages readable, or the pass exercises nothing but the error path.
        Assert.True(parsedWithFrom > iterations / 4, $"only {parsedWithFrom} of {iterations} mutants still had a From");
    }
}
