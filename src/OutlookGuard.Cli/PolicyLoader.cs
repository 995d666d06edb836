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
}
