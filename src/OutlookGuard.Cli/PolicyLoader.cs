using OutlookGuard.Core.Policy;
using OutlookGuard.Core.Rules;

namespace OutlookGuard.Cli;

/// <summary>Reads a policy file for the CLI; every error names the key and value.</summary>
internal static class PolicyLoader
{
    public static (GuardPolicy? Policy, IReadOnlyList<string> Errors) Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [$"{path}: {InputFiles.Reason(e)}"]);
        }

        var (policy, errors) = PolicyJson.Parse(json, RuleCatalog.Ids);
        return (errors.Count == 0 ? policy : null, [.. errors.Select(e => $"{path}: {e}")]);
    }

    /// <summary>A command's <c>--policy</c>: the empty policy without one, the file's when valid, else null after printing every error.</summary>
    public static GuardPolicy? ForCommand(string? path, TextWriter stderr)
    {
        if (path is null)
        {
            return new GuardPolicy();
        }

        var (policy, errors) = Load(path);
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        return policy;
    }
}
