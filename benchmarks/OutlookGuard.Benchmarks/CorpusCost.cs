using System.Diagnostics;
using System.Globalization;
using OutlookGuard.Core;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Benchmarks;

/// <summary>
/// <c>corpus FOLDER</c>: the engine's own cost per message on the files the CLI is timed on (benchmarks/cli-throughput.sh),
/// in process, one thread, after a warm-up pass: parse, analyze and allocation per message. Set beside the CLI's
/// marginal cost per message, it says how much of that the CLI adds (reading files, reports, threads).
/// </summary>
public static class CorpusCost
{
    private const int Rounds = 3;

    public static int Run(string[] args)
    {
        if (args.Length != 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: corpus FOLDER   (a folder of .eml files, e.g. from `generate`)");
            return 2;
        }

        var messages = Directory.GetFiles(args[0], "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var engine = Samples.PolicyEngine();
        var facts = new MessageFacts[messages.Length];
        Pass(engine, messages, facts);

        double bestParse = double.MaxValue, bestAnalyze = double.MaxValue, allocated = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var (parse, analyze, bytes) = Pass(engine, messages, facts);
            bestParse = Math.Min(bestParse, parse);
            bestAnalyze = Math.Min(bestAnalyze, analyze);
            allocated = bytes;
        }

        var perMessage = 1_000_000.0 / messages.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {messages.Length} messages, one thread, best of {Rounds} after a warm-up: parse {bestParse * perMessage:F1} us + analyze {bestAnalyze * perMessage:F1} us = {(bestParse + bestAnalyze) * perMessage:F1} us CPU per message, {allocated / messages.Length / 1024:F1} KB allocated per message"));
        return 0;
    }

    // CPU-seconds of the process (the loop's thread and the GC's) for parsing all, then analyzing all; bytes allocated.
    private static (double Parse, double Analyze, double Bytes) Pass(GuardEngine engine, byte[][] messages, MessageFacts[] facts)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < messages.Length; i++)
        {
            facts[i] = engine.ReadFacts(MessageInput.FromBytes(messages[i]));
        }

        var parsed = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < messages.Length; i++)
        {
            _ = engine.Analyze(facts[i], Language.En);
        }

        var analyzed = Process.GetCurrentProcess().TotalProcessorTime;
        return ((parsed - start).TotalSeconds, (analyzed - parsed).TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
