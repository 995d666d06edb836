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
        if (!HasGuardObject(json, out var syntaxError))
        {
            return (null, [syntaxError ?? new PolicyError("Guard", null, "is missing: the file must be an object with a 'Guard' property.")]);
        }

        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, PolicyJsonContext.Default.PolicyDocument);
        }
        catch (JsonException e)
        {
            // Unknown keys and wrong value types land here; the path names the setting, never the exception text.
            var where = e.Path is { Length: > 0 } path ? ConfigurationPath(path) : string.Empty;
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
            return (null, [new PolicyError(where.Length == 0 ? "(file)" : where, null, "is not a known setting or has the wrong type" + line + ".")]);
        }

        if (document?.Guard is null)
        {
            return (null, [new PolicyError("Guard", null, "is missing: the file must be an object with a 'Guard' property.")]);
        }

        return (document.Guard, PolicyValidator.Validate(document.Guard, knownRuleIds));
    }

    // A first, tolerant read: JSON syntax (with its line) and the one required property.
    private static bool HasGuardObject(string json, out PolicyError? syntaxError)
    {
        syntaxError = null;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, "Guard", StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value.ValueKind == JsonValueKind.Object;
                }
            }

            return false;
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : string.Empty;
            syntaxError = new PolicyError("(file)", null, "is not valid JSON" + line + ".");
            return false;
        }
    }

    // "$.Guard.InternalDomains[1]" → "Guard:InternalDomains:1", the form admins see in configuration.
    private static string ConfigurationPath(string jsonPath) =>
        jsonPath.TrimStart('$', '.').Replace("['", ":", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal)
            .Replace('[', ':').Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', ':');
}
