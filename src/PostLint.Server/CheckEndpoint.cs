using System.Text;
using PostLint.Output;

namespace PostLint.Server;

/// <summary>
/// <c>POST /v1/check</c>: analyses one post or a batch and answers with PostLint's JSON contract,
/// written by the same <see cref="JsonReportWriter"/> as the CLI's <c>--format json</c>.
/// </summary>
/// <param name="linter">The shared linter (thread-safe).</param>
/// <param name="defaultLanguage">Language of posts that say <c>auto</c> or nothing (from <c>.postlint.yml</c>, as in the CLI).</param>
/// <param name="limits">Request bounds.</param>
/// <param name="logger">Where a client that hangs up is noted, at debug level and without its text.</param>
internal sealed partial class CheckEndpoint(PostLinter linter, PostLanguage defaultLanguage, ServerLimits limits, ILogger<CheckEndpoint> logger)
{
    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        CheckRequest request;
        try
        {
            // Only a JSON content type: a browser sends a cross-origin form or text/plain POST without
            // asking first (a "simple request"), so any web page could otherwise make a visitor's browser use the service.
            if (!context.Request.HasJsonContentType())
            {
                throw new RequestException(StatusCodes.Status415UnsupportedMediaType, "send the body as JSON with Content-Type: application/json");
            }

            var body = await RequestBody.ReadAsync(context.Request, limits, context.RequestAborted).ConfigureAwait(false);
            request = CheckRequestReader.Read(body, limits);
        }
        catch (RequestException ex)
        {
            await JsonResponse.SendErrorAsync(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
            return;
        }
        catch (ClientGoneException)
        {
            LogClientGone(logger, context.TraceIdentifier);

            // The cancelled read leaves the body reader mid-read; without the abort Kestrel tries to drain it
            // after we return and logs that failure as an error.
            context.Abort();
            return;
        }

        // The request's budget, and the client: when it goes away, nobody is left to read the answer.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        budget.CancelAfter(limits.MaxRequestMilliseconds);
        AnalysisResult[] results;
        try
        {
            results = request.Posts
                .Select(post => linter.Analyze(post.Language == PostLanguage.Auto ? post with { Language = defaultLanguage } : post, budget.Token))
                .ToArray();
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            await JsonResponse.SendErrorAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                $"checking this request took longer than its budget of {limits.MaxRequestMilliseconds} ms; send fewer or shorter posts").ConfigureAwait(false);
            return;
        }

        // Exactly what `postlint check --format json` prints for the same posts, final newline included.
        var json = JsonReportWriter.ToJson(results, new JsonReportOptions { IncludeEntities = request.IncludeEntities }) + "\n";
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, Encoding.UTF8.GetBytes(json)).ConfigureAwait(false);
    }

    // A client going away is its own business: no warning, no stack trace, and nothing of what it sent.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Request {TraceId}: the client closed the connection before its body arrived")]
    private static partial void LogClientGone(ILogger logger, string traceId);
}
