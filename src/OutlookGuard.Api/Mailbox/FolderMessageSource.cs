using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OutlookGuard.Api.Auth;
using OutlookGuard.Core;

namespace OutlookGuard.Api.Mailbox;

/// <summary>
/// Reads messages from a folder of exported .eml (or .txt) files: the id is the file name without extension.
/// For running and evaluating the service offline on real messages; every caller sees the same folder.
/// </summary>
internal sealed partial class FolderMessageSource(IOptions<MailboxOptions> options) : IMessageSource
{
    /// <summary>Bytes read from the start of a file: the header block and the start of the body.</summary>
    private const int MaxReadBytes = (1024 * 1024) + (256 * 1024);

    private static readonly string[] Extensions = [".eml", ".txt"];

    public bool IsValidId(string id) => IdShape().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    public async Task<MessageInput> ReadAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (!IsValidId(id))
        {
            throw new MessageSourceException(MessageSourceError.InvalidId);
        }

        var root = Path.GetFullPath(options.Value.Folder!);
        foreach (var extension in Extensions)
        {
            var path = Path.GetFullPath(Path.Combine(root, id + extension));
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                continue;
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            var buffer = new byte[Math.Min(MaxReadBytes, Math.Max(stream.Length, 1))];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            return MessageInput.FromBytes(buffer.AsMemory(0, read));
        }

        throw new MessageSourceException(MessageSourceError.NotFound);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
