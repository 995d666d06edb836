namespace OutlookGuard.Cli;

/// <summary>The command's exit codes: scripts and CI jobs branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was analyzed (whatever the verdicts).</summary>
    public const int Success = 0;

    /// <summary>Reserved for unexpected failures.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 2;

    /// <summary>Some input could not be read or was invalid; the others were still processed.</summary>
    public const int InputError = 3;
}
