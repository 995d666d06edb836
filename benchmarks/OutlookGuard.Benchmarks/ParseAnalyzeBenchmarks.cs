using BenchmarkDotNet.Attributes;
using OutlookGuard.Core;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Benchmarks;

/// <summary>Parse + analyze one message, the cost of one message opened in Outlook; the engine is built once.</summary>
[MemoryDiagnoser]
public class ParseAnalyzeBenchmarks
{
    private GuardEngine _engine = null!;
    private byte[] _typical = [];
    private byte[] _typicalMessage = [];
    private byte[] _large = [];
    private byte[] _oneMegabyte = [];
    private byte[] _manyReceived = [];
    private byte[] _manyRecipients = [];
    private byte[] _encodedWordBomb = [];

    [GlobalSetup]
    public void Setup()
    {
        _engine = Samples.PolicyEngine();
        _typical = Samples.Typical();
        _typicalMessage = Samples.Read("office365_covid_phish.eml");
        _large = Samples.Large();
        _oneMegabyte = Samples.Padded(1_000_000);
        _manyReceived = Samples.ManyReceived();
        _manyRecipients = Samples.ManyRecipients();
        _encodedWordBomb = Samples.EncodedWordBomb();
    }

    private AnalysisResult Run(byte[] input) => _engine.Analyze(MessageInput.FromBytes(input), Language.En);

    [Benchmark(Baseline = true, Description = "typical (61 headers, 7 hops)")]
    public AnalysisResult Typical() => Run(_typical);

    [Benchmark(Description = "typical whole message (headers + HTML body)")]
    public AnalysisResult TypicalMessage() => Run(_typicalMessage);

    [Benchmark(Description = "large (300 headers)")]
    public AnalysisResult Large() => Run(_large);

    [Benchmark(Description = "hostile: 1 MB header block")]
    public AnalysisResult OneMegabyte() => Run(_oneMegabyte);

    [Benchmark(Description = "hostile: 50,000 Received")]
    public AnalysisResult ManyReceived() => Run(_manyReceived);

    [Benchmark(Description = "hostile: 10,000 recipients")]
    public AnalysisResult ManyRecipients() => Run(_manyRecipients);

    [Benchmark(Description = "hostile: encoded-word bomb")]
    public AnalysisResult EncodedWordBomb() => Run(_encodedWordBomb);
}
