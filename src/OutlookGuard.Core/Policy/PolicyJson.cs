using System.Text.Json;
using System.Text.Json.Nodes;

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

        // Every unknown key and every value of the wrong kind is named, then taken out so the rest is still validated.
        var errors = new List<PolicyError>();
        var tree = JsonNode.Parse(json, new JsonNodeOptions { PropertyNameCaseInsensitive = true }, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 })!;
        PolicyShape.Prune(tree, PolicyJsonContext.Default.PolicyDocument, string.Empty, errors);

        PolicyDocument? document;
        try
        {
            document = tree.Deserialize(PolicyJsonContext.Default.PolicyDocument);
        }
        catch (JsonException e)
        {
            // What the shape check lets through but the reader still refuses; the path names the setting, never the exception text.
            var where = e.Path is { Length: > 0 } path ? ConfigurationPath(path) : string.Empty;
            errors.Add(new PolicyError(where.Length == 0 ? "(file)" : where, null, "is not a known setting or has the wrong type."));
            return (null, errors);
        }

        if (document?.Guard is null)
        {
            errors.Add(new PolicyError("Guard", null, "is missing: the file must be an object with a 'Guard' property."));
            return (null, errors);
        }

        errors.AddRange(PolicyValidator.Validate(document.Guard, knownRuleIds));
        return (errors.Count == 0 ? document.Guard : null, errors);
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
