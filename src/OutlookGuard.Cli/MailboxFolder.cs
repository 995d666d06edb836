using OutlookGuard.Core;
using OutlookGuard.Core.Facts;
using OutlookGuard.Core.History;

namespace OutlookGuard.Cli;

/// <summary>
/// <c>--mailbox DIR</c>: a folder of the user's exported mail, read into a <see cref="MailboxHistory"/>: its messages
/// (<c>*.eml</c>, <c>*.txt</c>) are the received mail, those of its <c>sent/</c> subfolder the Sent Items.
/// </summary>
internal static class MailboxFolder
{
    /// <summary>Messages read from one folder at most; the newest by name are not preferred, the first by name are read.</summary>
    public const int MaxMessages = 20_000;

    public const string SentFolder = "sent";

    /// <summary>The mailbox's history, or an error for a folder that cannot be read. Unreadable messages are skipped and counted.</summary>
    public static (MailboxHistory? History, int Skipped, string? Error) Load(string path, string? me, GuardEngine engine)
    {
        if (!Directory.Exists(path))
        {
            return (null, 0, "no such folder");
        }

        var skipped = 0;
        var received = Read(path, engine, ref skipped, out var error);
        if (error is not null)
        {
            return (null, 0, error);
        }

        var sentPath = Path.Combine(path, SentFolder);
        // No sent/ folder: whether the user wrote to a sender is unknown (never "they did not").
        var sent = Directory.Exists(sentPath) ? Read(sentPath, engine, ref skipped, out error) : null;
        return error is not null ? (null, 0, error) : (MailboxHistory.Build(received, sent, me), skipped, null);
    }

    private static List<MessageFacts> Read(string folder, GuardEngine engine, ref int skipped, out string? error)
    {
        var messages = new List<MessageFacts>();
        error = null;
        foreach (var (file, problem) in InputFiles.Expand([folder]))
        {
            if (problem is not null)
            {
                error = problem;
                return messages;
            }

            if (messages.Count == MaxMessages)
            {
                skipped++;
                continue;
            }

            try
            {
                var bytes = InputFiles.ReadMessage(file) ?? [];
                var facts = bytes.Length == 0 || InputFiles.LooksBinary(bytes) ? null : engine.ReadFacts(MessageInput.FromBytes(bytes));
                if (facts is { HeaderCount: > 0, From.Count: > 0 })
                {
                    messages.Add(facts);
                }
                else
                {
                    skipped++;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped++;
            }
        }

        return messages;
    }
}
