using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PostLint.Server;

/// <summary>Writes JSON responses built with <see cref="Utf8JsonWriter"/> (no reflection, so Native AOT works).</summary>
internal static class JsonResponse
{
    /// <summary>The content type of every response body.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds a compact JSON document.</summary>
    public static byte[] Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Sends <paramref name="json"/> with <paramref name="statusCode"/>.</summary>
    public static Task SendAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> json)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = json.Length;
        return context.Response.Body.WriteAsync(json, context.RequestAborted).AsTask();
    }

    /// <summary>Sends <c>{"error": message}</c> with <paramref name="statusCode"/>.</summary>
    public static Task SendErrorAsync(HttpContext context, int statusCode, string message) =>
        SendAsync(context, statusCode, Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("error", message);
            writer.WriteEndObject();
        }));
}
