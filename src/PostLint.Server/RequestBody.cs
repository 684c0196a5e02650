using Microsoft.AspNetCore.Http.Features;

namespace PostLint.Server;

/// <summary>Reads a request body up to a size limit and a deadline, whatever server is underneath.</summary>
internal static class RequestBody
{
    /// <summary>
    /// The whole body; a 413 <see cref="RequestException"/> once it passes <see cref="ServerLimits.MaxBodyBytes"/>,
    /// a 408 when it has not arrived within <see cref="ServerLimits.BodyTimeout"/> or arrives slower than
    /// Kestrel's minimum data rate, and <see cref="ClientGoneException"/> when the client hangs up.
    /// </summary>
    /// <remarks>
    /// Kestrel enforces the size limit itself (see <see cref="PostLintServer"/>), but not every server does
    /// (the in-memory test server, for one), and a client may send no Content-Length, so the count is checked here too.
    /// </remarks>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, ServerLimits limits, CancellationToken aborted)
    {
        var maxBytes = limits.MaxBodyBytes;
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(limits.BodyTimeout);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, deadline.Token).ConfigureAwait(false)) > 0)
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
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            throw TooSlow(limits);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own words ("Unexpected end of request content") name no client data.
            throw new RequestException(ex.StatusCode, "the request body could not be read: " + ex.Message.TrimEnd('.'));
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            throw new ClientGoneException();
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw TooSlow(limits);
        }
        catch (IOException)
        {
            // The connection broke under the read (a reset) before the server noticed the abort.
            throw new ClientGoneException();
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static RequestException TooLarge(int maxBytes) =>
        RequestException.TooLarge($"the request body is larger than {maxBytes} bytes; split the posts over several requests");

    private static RequestException TooSlow(ServerLimits limits) =>
        new(StatusCodes.Status408RequestTimeout, $"the request body did not arrive within {limits.BodyTimeout.TotalSeconds:0.#} seconds; send it in one go");
}

/// <summary>The client closed the connection before its request was read: there is nobody to answer.</summary>
internal sealed class ClientGoneException : Exception;
