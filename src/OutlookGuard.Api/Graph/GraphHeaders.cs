using Microsoft.Graph.Models;

namespace OutlookGuard.Api.Graph;

/// <summary>
/// Turns Graph's <c>internetMessageHeaders</c> into name/value pairs, adding the address and identity headers
/// from Graph's typed fields when the list lacks them (Graph's header list can omit them).
/// </summary>
internal static class GraphHeaders
{
    public static List<KeyValuePair<string, string>> Pairs(IReadOnlyList<InternetMessageHeader> headers, Message message)
    {
        var pairs = new List<KeyValuePair<string, string>>(headers.Count + 7);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            if (string.IsNullOrEmpty(header.Name))
            {
                continue;
            }

            pairs.Add(new(header.Name, header.Value ?? string.Empty));
            names.Add(header.Name);
        }

        AddIfMissing(pairs, names, "From", Addresses(message.From is null ? [] : [message.From]));
        AddIfMissing(pairs, names, "Sender", Addresses(message.Sender is null ? [] : [message.Sender]));
        AddIfMissing(pairs, names, "Reply-To", Addresses(message.ReplyTo ?? []));
        AddIfMissing(pairs, names, "To", Addresses(message.ToRecipients ?? []));
        AddIfMissing(pairs, names, "Cc", Addresses(message.CcRecipients ?? []));
        AddIfMissing(pairs, names, "Subject", message.Subject);
        AddIfMissing(pairs, names, "Message-ID", message.InternetMessageId);
        return pairs;
    }

    private static void AddIfMissing(List<KeyValuePair<string, string>> pairs, HashSet<string> names, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !names.Contains(name))
        {
            pairs.Add(new(name, value));
        }
    }

    private static string? Addresses(IEnumerable<Recipient> recipients)
    {
        var formatted = recipients
            .Select(r => r.EmailAddress)
            .Where(e => !string.IsNullOrWhiteSpace(e?.Address))
            .Select(e => string.IsNullOrWhiteSpace(e!.Name)
                ? e.Address!
                : $"\"{e.Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{e.Address}>")
            .ToList();
        return formatted.Count == 0 ? null : string.Join(", ", formatted);
    }
}
