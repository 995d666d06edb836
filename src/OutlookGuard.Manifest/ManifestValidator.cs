using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace OutlookGuard.Manifest;

/// <summary>
/// Checks an add-in manifest offline: against the official XSDs, then what the XSDs cannot see
/// (every <c>resid</c> resolves to a resource of the right kind and is at most 32 characters, every URL
/// is https and on an AppDomain, the event runtime and launch events are as Outlook documents them, and
/// the taskpane and event runtime are on the configured host).
/// </summary>
/// <remarks>
/// The vendored XSDs (2021) predate the event runtime: their MailHost has no <c>Runtimes</c> and there is
/// no <c>LaunchEvent</c> extension point. Those two nodes are therefore taken out of the 1.1 block before
/// the XSD pass and checked by <see cref="LaunchEventRules"/> against the published schema fragments.
/// Anywhere else (for example in the 1.0 block) they stay in and the XSDs reject them.
/// </remarks>
public static class ManifestValidator
{
    /// <summary>Outlook rejects resource ids longer than this.</summary>
    public const int MaxResourceIdLength = 32;

    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace BasicTypes = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    private static readonly string[] TopLevelUrlElements = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"];

    // The resource collection each referencing element must point into.
    private static readonly Dictionary<string, string> ResourceKindByElement = new(StringComparer.Ordinal)
    {
        ["Image"] = "Images",
        ["SourceLocation"] = "Urls",
        ["Label"] = "ShortStrings",
        ["Title"] = "ShortStrings",
        ["Description"] = "LongStrings",
        ["Runtime"] = "Urls",
        ["Override"] = "Urls",
    };

    /// <summary>
    /// Returns every problem found; an empty list means the manifest is valid. When
    /// <paramref name="expectedHost"/> is given, the taskpane must open on that host.
    /// </summary>
    public static IReadOnlyList<ManifestProblem> Validate(string xml, Uri? expectedHost = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var problems = new List<ManifestProblem>();

        if (Load(xml, problems) is not { } forSchema)
        {
            return problems;
        }

        LaunchEventRules.RemoveEventNodes(forSchema);
        CheckSchema(forSchema, problems);

        var document = Load(xml, problems)!;
        CheckResourceIds(document, problems);
        CheckUrls(document, problems);
        LaunchEventRules.Check(document, expectedHost, problems);
        if (expectedHost is not null)
        {
            CheckTaskpane(document, expectedHost, problems);
        }

        return problems;
    }

    // Parsed with line numbers, no DTD and no resolver; null (and one problem) when not well-formed.
    private static XDocument? Load(string xml, List<ManifestProblem> problems)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            problems.Add(new ManifestProblem(
                "schema",
                string.Create(CultureInfo.InvariantCulture, $"line {ex.LineNumber}: the file is not well-formed XML.")));
            return null;
        }
    }

    private static void CheckSchema(XDocument document, List<ManifestProblem> problems)
    {
        document.Validate(ManifestSchemas.Compiled, (sender, e) => problems.Add(new ManifestProblem(
            "schema",
            sender is IXmlLineInfo info && info.HasLineInfo()
                ? string.Create(CultureInfo.InvariantCulture, $"line {info.LineNumber}: {e.Message}")
                : e.Message)));
    }

    private static void CheckResourceIds(XDocument document, List<ManifestProblem> problems)
    {
        foreach (var resource in document.Descendants().Where(e => e.Parent?.Parent?.Name.LocalName == "Resources" && e.Attribute("id") is not null))
        {
            var id = resource.Attribute("id")!.Value;
            if (id.Length > MaxResourceIdLength)
            {
                problems.Add(new ManifestProblem("resid", $"{Where(resource)}: resource id '{id}' has {id.Length} characters; the limit is {MaxResourceIdLength}."));
            }
        }

        foreach (var element in document.Descendants().Where(e => e.Attribute("resid") is not null))
        {
            var resid = element.Attribute("resid")!.Value;
            if (resid.Length > MaxResourceIdLength)
            {
                problems.Add(new ManifestProblem("resid", $"{Where(element)}: resid '{resid}' has {resid.Length} characters; the limit is {MaxResourceIdLength}."));
            }

            var block = element.Ancestors().FirstOrDefault(a => a.Name.LocalName == "VersionOverrides");
            var resources = block?.Elements(block.Name.Namespace + "Resources").FirstOrDefault();
            var target = resources?.Elements().SelectMany(c => c.Elements()).FirstOrDefault(r => r.Attribute("id")?.Value == resid);
            if (target is null)
            {
                problems.Add(new ManifestProblem("resid", $"{Where(element)}: resid '{resid}' on <{element.Name.LocalName}> matches no resource in its VersionOverrides block."));
                continue;
            }

            if (ResourceKindByElement.TryGetValue(element.Name.LocalName, out var kind) && target.Parent!.Name.LocalName != kind)
            {
                problems.Add(new ManifestProblem("resid", $"{Where(element)}: resid '{resid}' on <{element.Name.LocalName}> must name one of bt:{kind}, not bt:{target.Parent.Name.LocalName}."));
            }
        }
    }

    private static void CheckUrls(XDocument document, List<ManifestProblem> problems)
    {
        var domains = new List<Uri>();
        foreach (var domain in document.Root!.Elements(Office + "AppDomains").Elements(Office + "AppDomain"))
        {
            if (Uri.TryCreate(domain.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                domains.Add(uri);
            }
            else
            {
                problems.Add(new ManifestProblem("url", $"{Where(domain)}: AppDomain '{domain.Value}' must be an https origin such as https://guard.contoso.com."));
            }
        }

        foreach (var (element, url) in Urls(document))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                problems.Add(new ManifestProblem("url", $"{Where(element)}: '{url}' is not an absolute URL."));
            }
            else if (uri.Scheme != Uri.UriSchemeHttps)
            {
                problems.Add(new ManifestProblem("url", $"{Where(element)}: '{url}' must use https."));
            }
            else if (!domains.Any(d => string.Equals(d.Host, uri.Host, StringComparison.OrdinalIgnoreCase) && d.Port == uri.Port))
            {
                problems.Add(new ManifestProblem("url", $"{Where(element)}: '{url}' is not on any AppDomain."));
            }
        }
    }

    private static void CheckTaskpane(XDocument document, Uri expectedHost, List<ManifestProblem> problems)
    {
        var paneUrls = new List<(XElement Element, string Url)>();

        // The legacy read form (clients without add-in commands).
        foreach (var source in document.Root!.Elements(Office + "FormSettings").Descendants(Office + "SourceLocation"))
        {
            paneUrls.AddRange(ValuesOf(source));
        }

        // The buttons' ShowTaskpane actions in every VersionOverrides block; each URL resource once.
        var seen = new HashSet<XElement>();
        foreach (var source in document.Descendants().Where(e => e.Name.LocalName == "SourceLocation" && e.Attribute("resid") is not null
            && e.Parent?.Name.LocalName == "Action"))
        {
            var resid = source.Attribute("resid")!.Value;
            if (UrlResource(source, resid) is { } url && seen.Add(url))
            {
                paneUrls.AddRange(ValuesOf(url));
            }
        }

        if (paneUrls.Count == 0)
        {
            problems.Add(new ManifestProblem("taskpane", "the manifest opens no taskpane: no SourceLocation was found."));
        }

        var expectedPrefix = expectedHost.GetLeftPart(UriPartial.Authority) + ManifestSettings.TaskpanePath;
        foreach (var (element, url) in paneUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || !string.Equals(uri.GetLeftPart(UriPartial.Path), expectedPrefix, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ManifestProblem("taskpane", $"{Where(element)}: the taskpane URL '{url}' is not {expectedPrefix} on the configured host."));
            }
        }
    }

    /// <summary>The <c>bt:Url</c> that <paramref name="resid"/> names in the VersionOverrides block of <paramref name="element"/>.</summary>
    internal static XElement? UrlResource(XElement element, string resid)
    {
        var block = element.Ancestors().FirstOrDefault(a => a.Name.LocalName == "VersionOverrides");
        return block?.Elements(block.Name.Namespace + "Resources").Elements(BasicTypes + "Urls").Elements(BasicTypes + "Url")
            .FirstOrDefault(u => u.Attribute("id")?.Value == resid);
    }

    private static IEnumerable<(XElement Element, string Url)> Urls(XDocument document)
    {
        var root = document.Root!;
        var topLevel = TopLevelUrlElements
            .SelectMany(name => root.Elements(Office + name))
            .Concat(root.Elements(Office + "FormSettings").Descendants(Office + "SourceLocation"));
        var resources = document.Descendants().Where(e => e.Name == BasicTypes + "Image" || e.Name == BasicTypes + "Url")
            .Where(e => e.Parent?.Parent?.Name.LocalName == "Resources");
        return topLevel.Concat(resources).SelectMany(ValuesOf);
    }

    // DefaultValue plus every locale Override's Value.
    private static IEnumerable<(XElement Element, string Url)> ValuesOf(XElement element)
    {
        if (element.Attribute("DefaultValue") is { } value)
        {
            yield return (element, value.Value);
        }

        foreach (var over in element.Elements().Where(e => e.Name.LocalName == "Override" && e.Attribute("Value") is not null))
        {
            yield return (over, over.Attribute("Value")!.Value);
        }
    }

    internal static string Where(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo()
            ? string.Create(CultureInfo.InvariantCulture, $"line {info.LineNumber} <{element.Name.LocalName}>")
            : $"<{element.Name.LocalName}>";
}
