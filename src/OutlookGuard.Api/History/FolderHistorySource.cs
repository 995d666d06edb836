using Microsoft.Extensions.Options;
using OutlookGuard.Api.Auth;
using OutlookGuard.Api.Mailbox;
using OutlookGuard.Core;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Api.History;

/// <summary>
/// The history from the folder of <c>Mailbox:HistoryFolder</c> (default <c>Mailbox:Folder</c>; Development): its messages are the received mail, those of its
/// <c>sent/</c> subfolder the Sent Items, as for <c>outlookguard analyze --mailbox</c>. Read once per policy engine;
/// every caller sees the same folder.
/// </summary>
internal sealed class FolderHistorySource(IOptions<MailboxOptions> options) : ICorrespondenceHistorySource
{
    /// <summary>Messages read from one folder at most.</summary>
    public const int MaxMessages = 5000;

    private const int MaxReadBytes = 256 * 1024;

    private static readonly string[] Patterns = ["*.eml", "*.txt"];

    private readonly Lock _gate = new();
    private (GuardEngine Engine, MailboxHistory History)? _read;

    public Task<CorrespondenceHistory> ReadAsync(Caller caller, GuardEngine engine, MessageFacts message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (_read is not { } read || !ReferenceEquals(read.Engine, engine))
            {
                var root = options.Value.EffectiveHistoryFolder!;
                var sentFolder = Path.Combine(root, "sent");
                var hasSent = Directory.Exists(sentFolder);
                var received = Read(root, engine);
                var sent = hasSent ? Read(sentFolder, engine) : null;
                if (received is null || (hasSent && sent is null))
                {
                    // A folder that cannot be listed is no history, never an empty one.
                    return Task.FromResult(CorrespondenceHistory.Unknown);
                }

                // No sent/ folder: whether the user wrote to a sender is unknown, so histories are partial.
                read = (engine, MailboxHistory.Build(received, sent));
                _read = read;
            }

            return Task.FromResult(read.History.For(message));
        }
    }

    // The messages of a folder; null when it cannot be listed.
    private static List<MessageFacts>? Read(string folder, GuardEngine engine)
    {
        List<string> files;
        try
        {
            files = [.. Patterns.SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.TopDirectoryOnly)).Order(StringComparer.Ordinal).Take(MaxMessages)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var messages = new List<MessageFacts>();
        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                var buffer = new byte[Math.Min(MaxReadBytes, Math.Max(stream.Length, 1))];
                var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                var facts = engine.ReadFacts(MessageInput.FromBytes(buffer.AsMemory(0, read)));
                if (facts.From.Count > 0)
                {
                    messages.Add(facts);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file that cannot be read is not part of the history.
            }
        }

        return messages;
    }
}
