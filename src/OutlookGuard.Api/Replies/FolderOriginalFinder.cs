using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MimeKit;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core;

namespace OutlookGuard.Api.Replies;

/// <summary>
/// The Folder source's lookup: the .eml (or .txt) file of <c>Mailbox:Folder</c> whose Message-ID matches. An index of
/// Message-IDs is built on first use and rebuilt on a miss (at most every <see cref="RescanInterval"/>), so a file added
/// to the folder is found. Conversations are unknown to .eml files, so a conversation id alone finds nothing.
/// </summary>
internal sealed class FolderOriginalFinder(IOptions<MailboxOptions> options, TimeProvider clock) : IOriginalMessageFinder, IDisposable
{
    public static readonly TimeSpan RescanInterval = TimeSpan.FromSeconds(10);

    // Files indexed, and bytes read per file for its headers.
    private const int MaxFiles = 5000;
    private const int MaxHeaderBytes = 64 * 1024;
    private const int MaxReadBytes = (1024 * 1024) + (256 * 1024);

    private readonly SemaphoreSlim _scan = new(1, 1);
    private ConcurrentDictionary<string, string> _index = new(StringComparer.Ordinal);
    private DateTimeOffset _scannedAt = DateTimeOffset.MinValue;

    public async Task<OriginalLookup> FindAsync(Caller caller, string? internetMessageId, string? conversationId, CancellationToken cancellationToken)
    {
        if (Normalize(internetMessageId) is not { } id)
        {
            return OriginalLookup.NotFound;
        }

        if (!_index.TryGetValue(id, out var path))
        {
            await RescanAsync(cancellationToken);
            if (!_index.TryGetValue(id, out path))
            {
                return OriginalLookup.NotFound;
            }
        }

        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            var buffer = new byte[Math.Min(MaxReadBytes, Math.Max(stream.Length, 1))];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            return OriginalLookup.Found(MessageInput.FromBytes(buffer.AsMemory(0, read)));
        }
        catch (IOException)
        {
            return OriginalLookup.NotFound;
        }
    }

    public void Dispose() => _scan.Dispose();

    /// <summary>A Message-ID without its angle brackets and surrounding space, or null when there is none.</summary>
    public static string? Normalize(string? messageId)
    {
        var trimmed = messageId?.Trim().TrimStart('<').TrimEnd('>').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private async Task RescanAsync(CancellationToken cancellationToken)
    {
        await _scan.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - _scannedAt < RescanInterval)
            {
                return;
            }

            var index = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            var root = Path.GetFullPath(options.Value.Folder!);
            foreach (var path in Directory.EnumerateFiles(root).Where(IsMessageFile).Take(MaxFiles))
            {
                if (await ReadMessageIdAsync(path, cancellationToken) is { } id)
                {
                    index.TryAdd(id, path);
                }
            }

            _index = index;
            _scannedAt = clock.GetUtcNow();
        }
        finally
        {
            _scan.Release();
        }
    }

    private static bool IsMessageFile(string path) =>
        path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static async Task<string?> ReadMessageIdAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            var buffer = new byte[Math.Min(MaxHeaderBytes, Math.Max(stream.Length, 1))];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            using var headers = new MemoryStream(buffer, 0, read);
            var list = await HeaderList.LoadAsync(ParserOptions.Default, headers, cancellationToken);
            return Normalize(list[HeaderId.MessageId]);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
