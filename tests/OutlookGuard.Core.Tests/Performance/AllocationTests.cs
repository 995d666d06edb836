using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Core.Tests.Performance;

/// <summary>
/// Bytes allocated by one analysis of a typical message, measured on the calling thread after warm-up, so that
/// a change that brings back per-field strings or a parse of the whole MIME tree fails here. Bytes, not times:
/// the count does not depend on the machine's load. The inputs are the benchmark's (docs/performance.md).
/// </summary>
public sealed class AllocationTests
{
    private const int WarmUp = 50;
    private const int Measured = 20;

    // Reached: about 35 KB and 44 KB per message; the bounds leave room for small changes, not for a regression.
    private const long HeaderBlockBudget = 40 * 1024;
    private const long WholeMessageBudget = 50 * 1024;

    [Fact]
    public void TypicalExchangeOnlineHeaderBlock_AllocatesUnderBudget()
    {
        var input = MessageInput.FromBytes(HeaderBlock(Fixtures.Bytes("parser/office365_covid_phish.eml")));

        var perMessage = AllocatedPerAnalysis(Engine(), input);

        Assert.InRange(perMessage, 1, HeaderBlockBudget);
    }

    [Fact]
    public void TypicalWholeMessageWithHtmlBody_AllocatesUnderBudget()
    {
        var input = MessageInput.FromBytes(Fixtures.Bytes("parser/office365_covid_phish.eml"));

        var perMessage = AllocatedPerAnalysis(Engine(), input);

        Assert.InRange(perMessage, 1, WholeMessageBudget);
    }

    private static long AllocatedPerAnalysis(GuardEngine engine, MessageInput input)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            engine.Analyze(input, Language.En);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Measured; i++)
        {
            engine.Analyze(input, Language.En);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Measured;
    }

    private static GuardEngine Engine()
    {
        var (policy, errors) = PolicyJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "policy.json")), RuleCatalog.Ids);
        Assert.Empty(errors);
        return GuardEngine.Create(policy!).GetEngineOrThrow();
    }

    // Everything up to and including the empty line that ends the header block.
    private static byte[] HeaderBlock(byte[] message)
    {
        var span = message.AsSpan();
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        var end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : span.Length;
        return span[..end].ToArray();
    }
}
