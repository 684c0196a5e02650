using Microsoft.AspNetCore.Http.Features;

namespace PostLint.Server;

/// <summary>Reads a request body up to a size limit, whatever server is underneath.</summary>
internal static class RequestBody
{
    /// <summary>The whole body, or a 413 <see cref="RequestException"/> once it passes <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// Kestrel enforces the same limit itself (see <see cref="PostLintServer"/>), but not every server does
    /// (the in-memory test server, for one), and a client may send no Content-Length, so the count is checked here too.
    /// </remarks>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static RequestException TooLarge(int maxBytes) =>
        RequestException.TooLarge($"the request body is larger than {maxBytes} bytes; split the posts over several requests");
}
