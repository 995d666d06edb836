using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace OutlookGuard.Manifest;

/// <summary>
/// Writes the unified manifest for Microsoft 365 (JSON, schema 1.30) for the same settings as the XML
/// manifest. Every text, icon, domain and id is read from the generated XML manifest, so the two formats
/// cannot drift apart; only what the XML form does not have (the short description, the accent colour,
/// the app package's two icons) is set here. Deterministic, like <see cref="ManifestGenerator"/>.
/// </summary>
/// <remarks>
/// The unified manifest does not run in Outlook on Mac, on mobile or in perpetual Office; the XML
/// manifest stays the one to deploy (see manifest/README.md).
/// </remarks>
public static class UnifiedManifestGenerator
{
    /// <summary>The schema the manifest names; <c>office-addin-manifest validate</c> has a copy of it offline.</summary>
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json";

    /// <summary>The unified manifest version written.</summary>
    public const string ManifestVersion = "1.30";

    /// <summary>The runtime that opens the taskpane from the read-mode button.</summary>
    public const string TaskpaneRuntimeId = "TaskpaneRuntime";

    /// <summary>The runtime that hosts the reply guard's event handlers.</summary>
    public const string EventsRuntimeId = "EventsRuntime";

    /// <summary>The taskpane button's action.</summary>
    public const string OpenPaneActionId = "OpenGuardPane";

    /// <summary>The app package's outline icon (32 x 32, white on transparency), relative to the package root.</summary>
    public const string OutlineIcon = "assets/outline-32.png";

    /// <summary>The app package's colour icon (192 x 192), relative to the package root.</summary>
    public const string ColorIcon = "assets/icon-192.png";

    // The XML description is longer than the 80 characters description.short allows.
    private const string ShortDescription = "Warns about spoofed senders and Reply-To addresses that lead elsewhere.";

    // The shield's blue in manifest/assets/make-icons.sh.
    private const string AccentColor = "#1F5FA8";

    // The unified equivalent of the XML manifest's ReadItem permission.
    private const string ReadItemPermission = "MailboxItem.Read.User";

    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace BasicTypes = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    private static readonly int[] ButtonIconSizes = [16, 32, 80];

    /// <summary>
    /// Returns the unified manifest (UTF-8 JSON text, two-space indent, LF line ends) for
    /// <paramref name="settings"/>. Throws <see cref="ArgumentException"/> when the version has a fourth
    /// number other than 0 (<see cref="ManifestSettings.UnifiedVersion"/>).
    /// </summary>
    public static string Generate(ManifestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var version = settings.UnifiedVersion
            ?? throw new ArgumentException($"The unified manifest needs a version of three numbers; '{settings.Version}' has a fourth number that is not 0.", nameof(settings));

        var xml = XDocument.Parse(ManifestGenerator.Generate(settings));
        var root = xml.Root!;
        var inner = root.Descendants(Vo11 + "VersionOverrides").Single();
        string Resource(string kind, string id) =>
            inner.Element(Vo11 + "Resources")!.Element(BasicTypes + kind)!.Elements()
                .Single(e => e.Attribute("id")!.Value == id).Attribute("DefaultValue")!.Value;
        string Value(string element) => root.Element(Office + element)!.Attribute("DefaultValue")!.Value;

        var name = Value("DisplayName");
        var supportUrl = Value("SupportUrl");
        var button = inner.Descendants(Vo11 + "Control").First();
        var buttonLabel = Resource("ShortStrings", button.Element(Vo11 + "Label")!.Attribute("resid")!.Value);
        var tooltip = Resource("LongStrings", button.Element(Vo11 + "Supertip")!.Element(Vo11 + "Description")!.Attribute("resid")!.Value);
        var group = button.Parent!;

        var manifest = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["id"] = root.Element(Office + "Id")!.Value,
            ["version"] = version,
            ["name"] = new JsonObject { ["short"] = name, ["full"] = name },
            ["description"] = new JsonObject { ["short"] = ShortDescription, ["full"] = Value("Description") },
            ["developer"] = new JsonObject
            {
                ["name"] = root.Element(Office + "ProviderName")!.Value,
                ["websiteUrl"] = supportUrl,
                ["privacyUrl"] = supportUrl,
                ["termsOfUseUrl"] = supportUrl,
            },
            ["icons"] = new JsonObject { ["outline"] = OutlineIcon, ["color"] = ColorIcon },
            ["accentColor"] = AccentColor,
            ["validDomains"] = Array(root.Element(Office + "AppDomains")!.Elements().Select(d => (JsonNode)d.Value)),
            ["authorization"] = new JsonObject
            {
                ["permissions"] = new JsonObject
                {
                    ["resourceSpecific"] = Array([new JsonObject { ["name"] = ReadItemPermission, ["type"] = "Delegated" }]),
                },
            },
            ["extensions"] = Array(
            [
                new JsonObject
                {
                    ["requirements"] = Requirements("1.8", scoped: true),
                    ["runtimes"] = Array(
                    [
                        new JsonObject
                        {
                            ["requirements"] = Requirements("1.8"),
                            ["id"] = TaskpaneRuntimeId,
                            ["type"] = "general",
                            ["code"] = new JsonObject { ["page"] = settings.TaskpaneUrl },
                            ["lifetime"] = "short",
                            ["actions"] = Array([new JsonObject { ["id"] = OpenPaneActionId, ["type"] = "openPage", ["pinnable"] = true }]),
                        },
                        new JsonObject
                        {
                            ["requirements"] = Requirements(OutlookEvent.NewMessageCompose.MinimumMailbox),
                            ["id"] = EventsRuntimeId,
                            ["type"] = "general",
                            ["code"] = new JsonObject { ["page"] = settings.EventsPageUrl, ["script"] = settings.EventsScriptUrl },
                            ["lifetime"] = "short",
                            ["actions"] = Array(
                            [
                                new JsonObject { ["id"] = ManifestSettings.NewMessageComposeHandler, ["type"] = "executeFunction" },
                                new JsonObject { ["id"] = ManifestSettings.MessageSendHandler, ["type"] = "executeFunction" },
                            ]),
                        },
                    ]),
                    ["ribbons"] = Array(
                    [
                        new JsonObject
                        {
                            ["contexts"] = Array(["mailRead"]),
                            ["tabs"] = Array(
                            [
                                new JsonObject
                                {
                                    ["builtInTabId"] = button.Ancestors(Vo11 + "OfficeTab").Single().Attribute("id")!.Value,
                                    ["groups"] = Array(
                                    [
                                        new JsonObject
                                        {
                                            ["id"] = group.Attribute("id")!.Value,
                                            ["label"] = Resource("ShortStrings", group.Element(Vo11 + "Label")!.Attribute("resid")!.Value),
                                            ["icons"] = ButtonIcons(button, Resource),
                                            ["controls"] = Array(
                                            [
                                                new JsonObject
                                                {
                                                    ["id"] = button.Attribute("id")!.Value,
                                                    ["type"] = "button",
                                                    ["label"] = buttonLabel,
                                                    ["icons"] = ButtonIcons(button, Resource),
                                                    ["supertip"] = new JsonObject { ["title"] = buttonLabel, ["description"] = tooltip },
                                                    ["actionId"] = OpenPaneActionId,
                                                },
                                            ]),
                                        },
                                    ]),
                                },
                            ]),
                        },
                    ]),
                    // One entry per event, each with the requirement set that introduced it: a client
                    // that has OnNewMessageCompose (1.10) but not Smart Alerts (1.12) still preloads.
                    ["autoRunEvents"] = Array(
                    [
                        AutoRunEvent(OutlookEvent.NewMessageCompose, ManifestSettings.NewMessageComposeHandler, sendMode: null),
                        AutoRunEvent(OutlookEvent.MessageSend, ManifestSettings.MessageSendHandler, settings.SendMode),
                    ]),
                },
            ]),
        };

        return Write(manifest);
    }

    /// <summary>The unified spelling of a send mode: <c>promptUser</c>, <c>softBlock</c>.</summary>
    public static string UnifiedName(SendMode mode)
    {
        var text = mode.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static JsonObject AutoRunEvent(OutlookEvent outlookEvent, string actionId, SendMode? sendMode)
    {
        var entry = new JsonObject { ["type"] = outlookEvent.UnifiedName, ["actionId"] = actionId };
        if (sendMode is { } mode)
        {
            entry["options"] = new JsonObject { ["sendMode"] = UnifiedName(mode) };
        }

        return new JsonObject
        {
            ["requirements"] = Requirements(outlookEvent.MinimumMailbox, scoped: true),
            ["events"] = Array([entry]),
        };
    }

    private static JsonObject Requirements(string mailboxVersion, bool scoped = false)
    {
        var requirements = new JsonObject
        {
            ["capabilities"] = Array([new JsonObject { ["name"] = "Mailbox", ["minVersion"] = mailboxVersion }]),
        };
        if (scoped)
        {
            requirements["scopes"] = Array(["mail"]);
        }

        return requirements;
    }

    private static JsonArray ButtonIcons(XElement button, Func<string, string, string> resource) =>
        Array(button.Element(Vo11 + "Icon")!.Elements(BasicTypes + "Image")
            .Where(i => ButtonIconSizes.Contains(int.Parse(i.Attribute("size")!.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Select(i => (JsonNode)new JsonObject
            {
                ["size"] = int.Parse(i.Attribute("size")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                ["url"] = resource("Images", i.Attribute("resid")!.Value),
            }));

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    private static string Write(JsonObject manifest)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            // Readable apostrophes and ampersands: the file is a manifest, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            manifest.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
