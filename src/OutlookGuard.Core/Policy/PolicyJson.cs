using System.Text.Json;

namespace OutlookGuard.Core.Policy;

/// <summary>Parses and validates a policy file's text (the caller reads the file).</summary>
public static class PolicyJson
{
    /// <summary>
    /// The policy and every error found: JSON syntax (with line), unknown keys, a missing <c>Guard</c> object,
    /// then <see cref="PolicyValidator"/>'s checks. The policy is null when the JSON could not be read.
    /// </summary>
    public static (GuardPolicy? Policy, IReadOnlyList<PolicyError> Errors) Parse(string json, IReadOnlyCollection<string> knownRuleIds)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(knownRuleIds);
        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, PolicyJsonContext.Default.PolicyDocument);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? path.TrimStart('$', '.') : "(file)";
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
            return (null, [new PolicyError(where.Length == 0 ? "(file)" : where, null, "is not valid policy JSON" + line + ".")]);
        }

        if (document?.Guard is null)
        {
            return (null, [new PolicyError("Guard", null, "is missing: the file must be an object with a 'Guard' property.")]);
        }

        return (document.Guard, PolicyValidator.Validate(document.Guard, knownRuleIds));
    }
}
