namespace OutlookGuard.Cli;

/// <summary><c>outlookguard policy validate FILE</c>: checks a policy before it is deployed.</summary>
internal static class PolicyCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 2 || args[0] != "validate")
        {
            return CliApp.UsageError(stderr, "Use: outlookguard policy validate FILE");
        }

        var (_, errors) = PolicyLoader.Load(args[1]);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine(error);
            }

            return ExitCodes.InputError;
        }

        stdout.WriteLine($"{args[1]}: valid");
        return ExitCodes.Success;
    }
}
