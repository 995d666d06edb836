using BenchmarkDotNet.Running;
using OutlookGuard.Benchmarks;

if (args.Length > 0 && args[0] == "generate")
{
    return CorpusGenerator.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusCost.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "linearity")
{
    return Linearity.Run();
}

if (args.Length > 0 && args[0] == "profile")
{
    return Profile.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ParseAnalyzeBenchmarks).Assembly).Run(args);
return 0;
