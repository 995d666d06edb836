using System.Diagnostics;
using OutlookGuard.Core;
using OutlookGuard.Core.Localization;
using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Analysis;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Benchmarks;

/// <summary>
/// `profile [typical|message|large|colleague] [SECONDS]`: analyzes one input in a loop for a sampling profiler
/// (`perf record -g` with DOTNET_PerfMapEnabled=1), then prints how the time splits between reading the facts and
/// running the rules, and the bytes allocated per message in each stage.
/// </summary>
internal static class Profile
{
    public static int Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "typical";
        var seconds = args.Length > 1 && double.TryParse(args[1], out var s) ? s : 10;
        var input = which switch
        {
            "typical" => Samples.Typical(),
            "message" => Samples.Read("office365_covid_phish.eml"),
            "large" => Samples.Large(),
            "colleague" => Samples.Read("colleague-reply-to-gmail.eml"),
            _ => throw new ArgumentException("profile typical|message|large|colleague [SECONDS]"),
        };
        var (policy, errors) = PolicyJson.Parse(File.ReadAllText(Path.Combine(Samples.Folder, "policy.json")), RuleCatalog.Ids);
        if (policy is null || errors.Count > 0)
        {
            throw new InvalidOperationException("samples/policy.json is not valid: " + string.Join("; ", errors));
        }

        var engine = GuardEngine.Create(policy).GetEngineOrThrow();
        var message = MessageInput.FromBytes(input);
        var facts = engine.ReadFacts(message);

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 1000; i++)
            {
                engine.Analyze(message, Language.En);
            }

            count += 1000;
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{which}: {count} analyses in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMicroseconds / count:F1} µs each by the clock, "
            + $"{cpu.TotalMicroseconds / count:F1} µs of CPU (load {LoadAverage()})");
        Console.WriteLine($"  read facts   {Measure(() => engine.ReadFacts(message)),8:F1} µs  {Allocated(() => engine.ReadFacts(message)),8:N0} B");
        Console.WriteLine($"  rules only   {Measure(() => engine.Analyze(facts, Language.En)),8:F1} µs  {Allocated(() => engine.Analyze(facts, Language.En)),8:N0} B");
        Console.WriteLine($"  whole        {Measure(() => engine.Analyze(message, Language.En)),8:F1} µs  {Allocated(() => engine.Analyze(message, Language.En)),8:N0} B");
        var findings = new List<Finding>();
        foreach (var rule in engine.Rules)
        {
            void Once()
            {
                findings.Clear();
                rule.Evaluate(new RuleContext(facts, engine.Compiled, Language.En), findings);
            }

            Console.WriteLine($"  {rule.Descriptor.Id,-28}{Measure(Once),8:F1} µs  {Allocated(Once),8:N0} B");
        }

        return 0;
    }

    private static double Measure(Action action)
    {
        const int N = 20_000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < N; i++)
        {
            action();
        }

        return clock.Elapsed.TotalMicroseconds / N;
    }

    private static long Allocated(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
