namespace OutlookGuard.Cli;

/// <summary>
/// Expands the command's paths: a file stands for itself, a folder for its messages in name order: whole messages
/// (<c>*.eml</c>) and header blocks saved as text (<c>*.txt</c>, as Outlook's "View message source" or a header analyzer copies them).
/// </summary>
internal static class InputFiles
{
    /// <summary>Bytes read from one file: enough for any header block the parser reads plus the start of the body.</summary>
    public const int MaxBytesRead = 4 * 1024 * 1024;

    private static readonly string[] MessageExtensions = ["*.eml", "*.txt"];

    public static IEnumerable<(string Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                string[] files;
                string? error = null;
                try
                {
                    files = [.. MessageExtensions.SelectMany(pattern => Directory.GetFiles(path, pattern, SearchOption.TopDirectoryOnly))];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    files = [];
                    error = Reason(e);
                }

                if (error is not null)
                {
                    yield return (path, error);
                }

                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return (file, null);
                }
            }
            else if (File.Exists(path))
            {
                yield return (path, null);
            }
            else
            {
                yield return (path, "no such file or folder");
            }
        }
    }

    /// <summary>Files larger than this are not messages worth reading (Exchange Online's own limit is 150 MB with attachments; the analysis reads headers only).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads at most <see cref="MaxBytesRead"/> bytes of a message file, or returns null when the file is larger than
    /// <see cref="MaxFileBytes"/>: one open and one size query per file, no read-ahead buffer of its own.
    /// </summary>
    public static byte[]? ReadMessage(string path) => Read(path, MaxFileBytes);

    /// <summary>Reads at most <see cref="MaxBytesRead"/> bytes of a file, whatever its size.</summary>
    public static byte[] ReadHead(string path) => Read(path, long.MaxValue) ?? [];

    private static byte[]? Read(string path, long maxFileBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var length = stream.CanSeek ? stream.Length : -1;
        if (length > maxFileBytes)
        {
            return null;
        }

        var buffer = GC.AllocateUninitializedArray<byte>(length >= 0 ? (int)Math.Min(length, MaxBytesRead) : MaxBytesRead);
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>True when the start of the file holds NUL bytes, which no message's header block has (RFC 5322 §2.2).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 4096)].Contains((byte)0);

    public static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        UnauthorizedAccessException => "permission denied",
        _ => "cannot be read (" + e.GetType().Name + ")",
    };
}
