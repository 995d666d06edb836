using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OutlookGuard.Cli;

/// <summary>
/// One JSON object per line, as <c>--format json</c> prints it. Japanese display names and subjects stay readable
/// (relaxed escaping; control characters are still escaped). The writer carries the encoder and the type info
/// keeps its context's own options, so the source-generated fast path serializes (options with an encoder of
/// their own would send every value through the slower metadata converters). Each thread reuses its buffer.
/// </summary>
internal static class JsonLines
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The line for <paramref name="value"/>, newline included.</summary>
    public static string Of<T>(T value, JsonTypeInfo<T> info) => Write(writer => JsonSerializer.Serialize(writer, value, info));

    /// <summary>The line that <paramref name="write"/> writes, newline included.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        Encoding.UTF8.GetBytes(Environment.NewLine, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
