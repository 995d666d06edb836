using OutlookGuard.Core.Facts;

namespace OutlookGuard.Api.History;

/// <summary>The sender address a history is read for, and Message-IDs compared without their angle brackets.</summary>
internal static class HistoryAddress
{
    private const int MaxLength = 254;

    /// <summary>The From address in lower case, or null when there is none or it cannot go into a query safely.</summary>
    public static string? Of(MessageFacts message)
    {
        if (message.From.Count == 0 || message.From[0].Address is not { Length: > 2 and <= MaxLength } address)
        {
            return null;
        }

        var at = address.LastIndexOf('@');
        return at > 0 && at < address.Length - 1 && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\\')
            ? address.ToLowerInvariant()
            : null;
    }

    /// <summary>A Message-ID without angle brackets and spaces; null when empty.</summary>
    public static string? MessageIdKey(string? id) =>
        id?.Trim().Trim('<', '>').Trim() is { Length: > 0 } key ? key : null;
}
