using MimeKit;

namespace OutlookGuard.Browser.Tests.Infrastructure;

/// <summary>One message as the Office.js stand-in presents it.</summary>
/// <param name="ItemId">The EWS id Outlook hands out (or the REST id on mobile).</param>
/// <param name="RestId">What convertToRestId(ItemId, v2.0) returns.</param>
/// <param name="Headers">The raw header block getAllInternetHeadersAsync returns.</param>
/// <param name="BodyText">The body as plain text.</param>
/// <param name="Subject">item.subject.</param>
/// <param name="FromAddress">item.from.emailAddress (the From header's address, whatever the Reply-To says).</param>
/// <param name="FromName">item.from.displayName.</param>
public sealed record MailItem(string ItemId, string RestId, string Headers, string BodyText, string Subject = "", string? FromAddress = null, string? FromName = null)
{
    /// <summary>A bundled sample (samples/{name}.eml or .txt): header block and body split at the first empty line.</summary>
    public static MailItem FromSample(string name, string? restId = null, string? itemId = null)
    {
        var path = new[] { ".eml", ".txt" }.Select(e => Path.Combine(GuardServer.SamplesFolder, name + e)).First(File.Exists);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = split < 0 ? text : text[..(split + 1)];
        var body = split < 0 ? string.Empty : text[(split + 2)..];
        using var stream = File.OpenRead(path);
        var message = MimeMessage.Load(stream);
        var from = message.From.Mailboxes.FirstOrDefault();
        return new MailItem(
            itemId ?? "AAMkAGI2TG93AAA/" + name + "+ews=",
            restId ?? name,
            headers.Replace("\n", "\r\n", StringComparison.Ordinal),
            body.Length > 4000 ? body[..4000] : body,
            message.Subject ?? string.Empty,
            from?.Address,
            from?.Name);
    }
}
