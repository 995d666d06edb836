using System.Xml.Linq;

namespace OutlookGuard.Manifest;

/// <summary>
/// The checks for the event runtime and the launch events of the XML manifest, which the vendored XSDs
/// cannot see. Each rule is a published one: the schema fragments of [MS-OWEMXML] 2.3 (MailHost,
/// Runtimes, LaunchEvent, LaunchEvents, LaunchEventDefinition, LaunchEventSendMode) and the manifest
/// reference pages (Runtime, Override, LaunchEvent, SourceLocation). Problems are reported as <c>events</c>.
/// </summary>
internal static class LaunchEventRules
{
    private const string CheckName = "events";

    private static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XName XsiType = XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance");

    // LaunchEventSendMode, [MS-OWEMXML] 2.3.67.
    private static readonly string[] SendModes = ["PromptUser", "SoftBlock", "Block"];

    /// <summary>Takes the nodes the 2021 XSDs do not know out of the 1.1 block, before the XSD pass.</summary>
    public static void RemoveEventNodes(XDocument document)
    {
        foreach (var node in EventNodes(document).ToList())
        {
            node.Remove();
        }
    }

    public static void Check(XDocument document, Uri? expectedHost, List<ManifestProblem> problems)
    {
        foreach (var host in document.Descendants(Vo11 + "Host"))
        {
            CheckRuntimes(host, expectedHost, problems);
        }

        foreach (var point in document.Descendants(Vo11 + "ExtensionPoint").Where(IsLaunchEvent))
        {
            CheckLaunchEvent(point, problems);
        }
    }

    private static IEnumerable<XElement> EventNodes(XDocument document) =>
        document.Descendants(Vo11 + "Host").Elements(Vo11 + "Runtimes")
            .Concat(document.Descendants(Vo11 + "ExtensionPoint").Where(IsLaunchEvent));

    private static bool IsLaunchEvent(XElement point)
    {
        var type = point.Attribute(XsiType)?.Value;
        return type is not null && type[(type.IndexOf(':', StringComparison.Ordinal) + 1)..] == "LaunchEvent";
    }

    private static void CheckRuntimes(XElement host, Uri? expectedHost, List<ManifestProblem> problems)
    {
        var runtimes = host.Elements(Vo11 + "Runtimes").ToList();
        if (runtimes.Count == 0)
        {
            if (host.Descendants(Vo11 + "ExtensionPoint").Any(IsLaunchEvent))
            {
                Add(problems, host, "a LaunchEvent extension point needs a <Runtimes> element in the same <Host>.");
            }

            return;
        }

        // MailHost: sequence Runtimes?, DesktopFormFactor?, MobileFormFactor?.
        if (runtimes.Count > 1 || host.Elements().First() != runtimes[0])
        {
            Add(problems, runtimes[0], "<Host> takes one <Runtimes>, before <DesktopFormFactor>.");
        }

        var runtime = runtimes[0].Elements().ToList();
        if (runtime.Count != 1 || runtime[0].Name != Vo11 + "Runtime")
        {
            Add(problems, runtimes[0], "<Runtimes> must hold exactly one <Runtime>: Outlook supports one runtime per add-in.");
            return;
        }

        var element = runtime[0];
        if (element.Attribute("lifetime") is { } lifetime && lifetime.Value != "short")
        {
            Add(problems, element, $"lifetime '{lifetime.Value}': event-based activation supports only the short lifetime.");
        }

        var overrides = element.Elements().ToList();
        if (overrides.Count > 1 || overrides.Any(o => o.Name != Vo11 + "Override" || o.Attribute("type")?.Value != "javascript" || o.Attribute("resid") is null))
        {
            Add(problems, element, "<Runtime> may hold one <Override type=\"javascript\" resid=\"…\"/> (the script classic Outlook on Windows runs), nothing else.");
        }

        if (expectedHost is not null)
        {
            var origin = expectedHost.GetLeftPart(UriPartial.Authority);
            CheckUrl(element, origin + ManifestSettings.EventsPagePath, problems);
            foreach (var over in overrides)
            {
                CheckUrl(over, origin + ManifestSettings.EventsScriptPath, problems);
            }
        }
    }

    private static void CheckUrl(XElement element, string expected, List<ManifestProblem> problems)
    {
        if (element.Attribute("resid")?.Value is not { } resid || ManifestValidator.UrlResource(element, resid) is not { } url)
        {
            return; // The resid check reports it.
        }

        var value = url.Attribute("DefaultValue")?.Value;
        if (!string.Equals(value, expected, StringComparison.OrdinalIgnoreCase))
        {
            Add(problems, element, $"the event runtime URL '{value}' is not {expected} on the configured host.");
        }
    }

    private static void CheckLaunchEvent(XElement point, List<ManifestProblem> problems)
    {
        if (point.Parent?.Name.LocalName is not ("DesktopFormFactor" or "MobileFormFactor"))
        {
            Add(problems, point, "a LaunchEvent extension point belongs in <DesktopFormFactor> or <MobileFormFactor>.");
        }

        // LaunchEvent: sequence LaunchEvents, SourceLocation, each exactly once.
        var children = point.Elements().Select(e => e.Name).ToList();
        if (!children.SequenceEqual([Vo11 + "LaunchEvents", Vo11 + "SourceLocation"]))
        {
            Add(problems, point, "a LaunchEvent extension point holds <LaunchEvents> then <SourceLocation>, once each.");
            return;
        }

        var source = point.Element(Vo11 + "SourceLocation")!.Attribute("resid")?.Value;
        var runtime = point.Ancestors(Vo11 + "Host").Elements(Vo11 + "Runtimes").Elements(Vo11 + "Runtime").FirstOrDefault()?.Attribute("resid")?.Value;
        if (runtime is not null && source != runtime)
        {
            Add(problems, point, $"<SourceLocation resid=\"{source}\"> must name the <Runtime>'s resource '{runtime}'.");
        }

        var events = point.Element(Vo11 + "LaunchEvents")!.Elements().ToList();
        if (events.Count == 0)
        {
            Add(problems, point, "<LaunchEvents> must hold at least one <LaunchEvent>.");
        }

        foreach (var launchEvent in events)
        {
            CheckEvent(launchEvent, problems);
        }

        if (events.Count(e => e.Attribute("Type")?.Value == OutlookEvent.MessageSend.XmlName) > 1)
        {
            Add(problems, point, $"only one {OutlookEvent.MessageSend.XmlName} may be declared.");
        }
    }

    private static void CheckEvent(XElement launchEvent, List<ManifestProblem> problems)
    {
        if (launchEvent.Name != Vo11 + "LaunchEvent")
        {
            Add(problems, launchEvent, "<LaunchEvents> holds only <LaunchEvent> elements.");
            return;
        }

        var type = launchEvent.Attribute("Type")?.Value;
        if (OutlookEvent.Documented.All(e => e.XmlName != type))
        {
            Add(problems, launchEvent, $"Type '{type}' is not one of the documented events ({string.Join(", ", OutlookEvent.Documented.Select(e => e.XmlName))}); Outlook would never raise it.");
        }

        if (string.IsNullOrWhiteSpace(launchEvent.Attribute("FunctionName")?.Value))
        {
            Add(problems, launchEvent, "FunctionName is required: the handler the event runtime registers with Office.actions.associate.");
        }

        if (launchEvent.Attribute("SendMode") is { } sendMode)
        {
            if (type != OutlookEvent.MessageSend.XmlName)
            {
                Add(problems, launchEvent, $"SendMode applies only to {OutlookEvent.MessageSend.XmlName}.");
            }
            else if (!SendModes.Contains(sendMode.Value, StringComparer.Ordinal))
            {
                Add(problems, launchEvent, $"SendMode '{sendMode.Value}' must be one of {string.Join(", ", SendModes)}.");
            }
        }
    }

    private static void Add(List<ManifestProblem> problems, XElement element, string message) =>
        problems.Add(new ManifestProblem(CheckName, $"{ManifestValidator.Where(element)}: {message}"));
}
