using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OutlookGuard.Core.Domains;

namespace OutlookGuard.Core.Policy;

/// <summary>
/// Checks a policy file's tree against the policy's own type metadata before it is read, so that one run names every
/// unknown key (with "did you mean" for a near miss) and every value of the wrong kind (with the allowed values of an
/// enumeration). What is wrong is taken out of the tree, so the rest can still be read and validated.
/// </summary>
internal static class PolicyShape
{
    // A misspelled key is suggested when it is this close to a known one (case ignored).
    private const int MaxSuggestionDistance = 2;

    /// <summary>Removes what does not fit the shape of <paramref name="info"/> from <paramref name="node"/>, adding an error for each.</summary>
    public static void Prune(JsonNode node, JsonTypeInfo info, string path, List<PolicyError> errors)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(info);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                PruneObject(obj, info, path, errors);
                break;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array && info.ElementType is { } elementType:
                var element = info.Options.GetTypeInfo(elementType);
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (!Fits(array[i], element, $"{path}:{i}", errors))
                    {
                        array.RemoveAt(i);
                    }
                }

                break;
            case JsonTypeInfoKind.Dictionary when node is JsonObject map && info.ElementType is { } valueType:
                var value = info.Options.GetTypeInfo(valueType);
                foreach (var (key, child) in map.ToList())
                {
                    if (!Fits(child, value, $"{path}:{key}", errors))
                    {
                        map.Remove(key);
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The closest of <paramref name="known"/> to <paramref name="name"/>, or null when none is near.</summary>
    public static string? Suggest(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = MaxSuggestionDistance + 1;
        foreach (var candidate in known)
        {
            var distance = EditDistance.Compute(name.ToLowerInvariant(), candidate.ToLowerInvariant(), MaxSuggestionDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    // The enumerations a policy holds, as they are written in JSON (lower case).
    private static readonly Dictionary<Type, string> AllowedValues = new()
    {
        [typeof(Analysis.Severity)] = string.Join(", ", Enum.GetNames<Analysis.Severity>().Select(n => n.ToLowerInvariant())),
        [typeof(ReplySendMode)] = string.Join(", ", Enum.GetNames<ReplySendMode>()),
    };

    private static void PruneObject(JsonObject obj, JsonTypeInfo info, string path, List<PolicyError> errors)
    {
        var properties = info.Properties.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, child) in obj.ToList())
        {
            var keyPath = path.Length == 0 ? key : $"{path}:{key}";
            if (!properties.TryGetValue(key, out var property))
            {
                var suggestion = Suggest(key, properties.Keys);
                errors.Add(new(keyPath, null, suggestion is null
                    ? $"is not a known setting. Known here: {string.Join(", ", properties.Keys)}."
                    : $"is not a known setting. Did you mean '{suggestion}'?"));
                obj.Remove(key);
                continue;
            }

            if (!Fits(child, info.Options.GetTypeInfo(property.PropertyType), keyPath, errors))
            {
                obj.Remove(key);
            }
        }
    }

    // True when the node can be kept: objects and lists are pruned inside; a scalar must read as its type.
    private static bool Fits(JsonNode? node, JsonTypeInfo info, string path, List<PolicyError> errors)
    {
        var expected = Expected(info.Type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary when node is JsonObject:
            case JsonTypeInfoKind.Enumerable when node is JsonArray:
                Prune(node, info, path, errors);
                return true;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary or JsonTypeInfoKind.Enumerable:
                errors.Add(new(path, Shown(node), $"must be {expected}."));
                return false;
            default:
                break;
        }

        try
        {
            JsonSerializer.Deserialize(node, info);
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            errors.Add(new(path, Shown(node), $"must be {expected}."));
            return false;
        }
    }

    private static string Expected(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return AllowedValues.TryGetValue(underlying, out var names) ? "one of: " + names : "one of the documented values";
        }

        if (underlying == typeof(bool))
        {
            return "true or false";
        }

        if (underlying == typeof(string))
        {
            return "a string";
        }

        if (underlying == typeof(int) || underlying == typeof(double) || underlying == typeof(long))
        {
            return "a number";
        }

        return underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? "an object" :
            typeof(System.Collections.IEnumerable).IsAssignableFrom(underlying) ? "a list" : "an object";
    }

    private static string? Shown(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonObject => "{…}",
        JsonArray => "[…]",
        _ => node.ToJsonString(),
    };
}
