using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookGuard.Manifest;

/// <summary>
/// Checks what the unified manifest's JSON schema cannot: the schema types an event's <c>type</c> as any
/// string of up to 64 characters, so a misspelt event passes it and never fires. This validator checks
/// every event against <see cref="OutlookEvent.Documented"/>, that each event's action exists in a runtime
/// that can run it, that only <c>messageSending</c> carries a send mode, that each event is gated on the
/// Mailbox requirement set that introduced it, and that the pages are https and (with a host) on that
/// host. Schema validation itself is <c>office-addin-manifest validate</c> (manifest/tools).
/// </summary>
public static class UnifiedManifestValidator
{
    private const string CheckName = "unified";

    private static readonly string[] SendModes = ["promptUser", "softBlock", "block"];

    /// <summary>Returns every problem found; an empty list means the manifest passed these checks.</summary>
    public static IReadOnlyList<ManifestProblem> Validate(string json, Uri? expectedHost = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<ManifestProblem>();

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            problems.Add(Problem(string.Create(CultureInfo.InvariantCulture, $"line {ex.LineNumber + 1}: the file is not valid JSON.")));
            return problems;
        }

        if (root is not JsonObject manifest)
        {
            problems.Add(Problem("the manifest must be a JSON object."));
            return problems;
        }

        if (Text(manifest["$schema"]) is null || Text(manifest["manifestVersion"]) is null)
        {
            problems.Add(Problem("$schema and manifestVersion are required: they name the schema the manifest follows."));
        }

        if (manifest["extensions"] is not JsonArray { Count: 1 } extensions || extensions[0] is not JsonObject extension)
        {
            problems.Add(Problem("extensions must hold exactly one extension: the Outlook add-in."));
            return problems;
        }

        var actions = (extension["runtimes"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(runtime => (runtime["actions"] as JsonArray ?? []).OfType<JsonObject>().Select(action => (Runtime: runtime, Action: action)))
            .Where(a => Text(a.Action["id"]) is not null)
            .ToDictionary(a => Text(a.Action["id"])!, StringComparer.Ordinal);

        CheckEvents(extension, actions, problems);
        CheckRibbons(extension, actions, problems);
        CheckPages(extension, expectedHost, problems);
        return problems;
    }

    private static void CheckEvents(JsonObject extension, Dictionary<string, (JsonObject Runtime, JsonObject Action)> actions, List<ManifestProblem> problems)
    {
        var sending = 0;
        var entries = (extension["autoRunEvents"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"autoRunEvents[{index}]");
            var minimum = MailboxMinimum(entry["requirements"]);
            foreach (var item in (entry["events"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var type = Text(item["type"]);
                var known = OutlookEvent.Documented.FirstOrDefault(e => e.UnifiedName == type);
                if (known is null)
                {
                    problems.Add(Problem($"{where}: event type '{type}' is not one of the documented events ({string.Join(", ", OutlookEvent.Documented.Select(e => e.UnifiedName))}); Outlook would never raise it."));
                }
                else if (minimum is null || minimum < System.Version.Parse(known.MinimumMailbox))
                {
                    problems.Add(Problem($"{where}: '{type}' needs requirements.capabilities Mailbox minVersion {known.MinimumMailbox} or later, the set that introduced it."));
                }

                var actionId = Text(item["actionId"]);
                if (actionId is null || !actions.TryGetValue(actionId, out var action) || Text(action.Action["type"]) != "executeFunction")
                {
                    problems.Add(Problem($"{where}: '{type}' must name an executeFunction action of a runtime, not '{actionId}'."));
                }
                else if (Text(action.Runtime["code"]?["script"]) is null)
                {
                    problems.Add(Problem($"{where}: the runtime of '{actionId}' needs code.script: classic Outlook on Windows runs only that file."));
                }

                var sendMode = item["options"]?["sendMode"];
                if (type == OutlookEvent.MessageSend.UnifiedName)
                {
                    sending++;
                    if (sendMode is not null && !SendModes.Contains(Text(sendMode), StringComparer.Ordinal))
                    {
                        problems.Add(Problem($"{where}: sendMode '{Text(sendMode)}' must be one of {string.Join(", ", SendModes)}."));
                    }
                }
                else if (sendMode is not null)
                {
                    problems.Add(Problem($"{where}: sendMode applies only to {OutlookEvent.MessageSend.UnifiedName}."));
                }
            }
        }

        if (sending > 1)
        {
            problems.Add(Problem($"only one {OutlookEvent.MessageSend.UnifiedName} event may be declared."));
        }
    }

    private static void CheckRibbons(JsonObject extension, Dictionary<string, (JsonObject Runtime, JsonObject Action)> actions, List<ManifestProblem> problems)
    {
        var controls = (extension["ribbons"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(r => (r["tabs"] as JsonArray ?? []).OfType<JsonObject>())
            .SelectMany(t => (t["groups"] as JsonArray ?? []).OfType<JsonObject>())
            .SelectMany(g => (g["controls"] as JsonArray ?? []).OfType<JsonObject>());
        foreach (var control in controls)
        {
            var actionId = Text(control["actionId"]);
            if (actionId is null || !actions.TryGetValue(actionId, out var action) || Text(action.Action["type"]) != "openPage")
            {
                problems.Add(Problem($"ribbon control '{Text(control["id"])}' must name an openPage action of a runtime, not '{actionId}'."));
            }
        }
    }

    private static void CheckPages(JsonObject extension, Uri? expectedHost, List<ManifestProblem> problems)
    {
        var origin = expectedHost?.GetLeftPart(UriPartial.Authority);
        foreach (var runtime in (extension["runtimes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = Text(runtime["id"]);
            var page = Text(runtime["code"]?["page"]);
            var script = Text(runtime["code"]?["script"]);
            foreach (var url in new[] { page, script }.OfType<string>())
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                {
                    problems.Add(Problem($"runtime '{id}': '{url}' must be an absolute https URL."));
                }
            }

            if (origin is null)
            {
                continue;
            }

            var opensPane = (runtime["actions"] as JsonArray ?? []).OfType<JsonObject>().Any(a => Text(a["type"]) == "openPage");
            var expected = opensPane
                ? new[] { (page, origin + ManifestSettings.TaskpanePath) }
                : [(page, origin + ManifestSettings.EventsPagePath), (script, origin + ManifestSettings.EventsScriptPath)];
            foreach (var (actual, wanted) in expected)
            {
                var path = actual is not null && Uri.TryCreate(actual, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path) : actual;
                if (!string.Equals(path, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(Problem($"runtime '{id}': '{actual}' is not {wanted} on the configured host."));
                }
            }
        }
    }

    private static Version? MailboxMinimum(JsonNode? requirements) =>
        (requirements?["capabilities"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(c => Text(c["name"]) == "Mailbox")
            .Select(c => System.Version.TryParse(Text(c["minVersion"]), out var v) ? v : null)
            .FirstOrDefault(v => v is not null);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static ManifestProblem Problem(string message) => new(CheckName, message);
}
