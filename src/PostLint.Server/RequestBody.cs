using System.Buffers;
using System.IO.Pipelines;

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

        // The deadline cancels the pending read rather than a token: a token-cancelled read leaves Kestrel's body
        // reader mid-read, and its drain after the 408 then fails with an error in the log.
        var reader = request.BodyReader;
        using var deadline = new CancellationTokenSource(limits.BodyTimeout);
        using var onDeadline = deadline.Token.Register(static r => ((PipeReader)r!).CancelPendingRead(), reader);
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(aborted).ConfigureAwait(false);
                if (result.IsCanceled)
                {
                    reader.AdvanceTo(result.Buffer.Start);
                    throw TooSlow(limits);
                }

                var tooLarge = buffer.WrittenCount + result.Buffer.Length > maxBytes;
                if (!tooLarge)
                {
                    foreach (var segment in result.Buffer)
                    {
                        buffer.Write(segment.Span);
                    }
                }

                reader.AdvanceTo(result.Buffer.End);
                if (tooLarge)
                {
                    throw TooLarge(maxBytes);
                }

                if (result.IsCompleted)
                {
                    return buffer.WrittenMemory;
                }
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
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client hung up, or the connection broke under the read (a reset) before the server noticed.
            throw new ClientGoneException();
        }
    }

    private static RequestException TooLarge(int maxBytes) =>
        RequestException.TooLarge($"the request body is larger than {maxBytes} bytes; split the posts over several requests");

    private static RequestException TooSlow(ServerLimits limits) =>
        new(StatusCodes.Status408RequestTimeout, $"the request body did not arrive within {limits.BodyTimeout.TotalSeconds:0.#} seconds; send it in one go");
}

/// <summary>The client closed the connection before its request was read: there is nobody to answer.</summary>
internal sealed class ClientGoneException : Exception;
