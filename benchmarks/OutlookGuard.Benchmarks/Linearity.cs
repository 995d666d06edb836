using System.Diagnostics;
using System.Globalization;
using OutlookGuard.Core;
using OutlookGuard.Core.Localization;

namespace OutlookGuard.Benchmarks;

/// <summary>
/// <c>linearity</c>: parse + analyze time of header blocks from 64 KB to 1 MB (best of 5 after a warm-up),
/// to show the cost grows with the input and no faster.
/// </summary>
public static class Linearity
{
    public static int Run()
    {
        var engine = GuardEngine.Default;
        Console.WriteLine("bytes\tbest_ms\tus_per_KB\tissues");
        foreach (var size in new[] { 65_536, 131_072, 262_144, 524_288, 1_000_000 })
        {
            var input = Samples.Padded(size);
            var facts = engine.Analyze(MessageInput.FromBytes(input), Language.En).Message;
            var best = double.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                var watch = Stopwatch.StartNew();
                facts = engine.Analyze(MessageInput.FromBytes(input), Language.En).Message;
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{input.Length}\t{best:F2}\t{best * 1000 / (input.Length / 1024.0):F1}\t{string.Join(',', facts.Issues.Select(x => x.Code))}"));
        }

        return 0;
    }
}
