using System.Security;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OutlookGuard.Manifest;

/// <summary>
/// Fills <c>manifest/OutlookGuard.template.xml</c> (embedded) for one deployment: the add-in only (XML)
/// manifest, the format every Outlook client reads. The output is deterministic: the same settings always give the same bytes, so a committed sample can be compared.
/// </summary>
public static class ManifestGenerator
{
    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";

    /// <summary>Returns the manifest XML (UTF-8 text, LF line ends) for <paramref name="settings"/>.</summary>
    public static string Generate(ManifestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var xml = EmbeddedFiles.ReadTemplate()
            .Replace("{{Host}}", Escape(settings.Origin), StringComparison.Ordinal)
            .Replace("{{ClientId}}", Escape(ManifestSettings.Format(settings.ClientId)), StringComparison.Ordinal)
            .Replace("{{AppId}}", Escape(ManifestSettings.Format(settings.AppId)), StringComparison.Ordinal)
            .Replace("{{Version}}", Escape(settings.Version), StringComparison.Ordinal)
            .Replace("{{SupportUrl}}", Escape(settings.SupportUrl.AbsoluteUri), StringComparison.Ordinal)
            .Replace("{{EventsPageUrl}}", Escape(settings.EventsPageUrl), StringComparison.Ordinal)
            .Replace("{{EventsScriptUrl}}", Escape(settings.EventsScriptUrl), StringComparison.Ordinal)
            .Replace("{{NewMessageComposeHandler}}", ManifestSettings.NewMessageComposeHandler, StringComparison.Ordinal)
            .Replace("{{MessageSendHandler}}", ManifestSettings.MessageSendHandler, StringComparison.Ordinal)
            .Replace("{{SendMode}}", settings.SendMode.ToString(), StringComparison.Ordinal);

        var document = XDocument.Parse(xml);

        // A support page on another site must be an AppDomain too, or Outlook opens it outside the add-in.
        var supportOrigin = settings.SupportUrl.GetLeftPart(UriPartial.Authority);
        var domains = document.Root!.Element(Office + "AppDomains")!;
        if (!domains.Elements(Office + "AppDomain").Any(d => string.Equals(d.Value, supportOrigin, StringComparison.OrdinalIgnoreCase)))
        {
            domains.Add(new XElement(Office + "AppDomain", supportOrigin));
        }

        return Write(document);
    }

    private static string Escape(string value) => SecurityElement.Escape(value);

    private static string Write(XDocument document)
    {
        var writerSettings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, writerSettings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
