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
internal sealed class CheckEndpoint(PostLinter linter, PostLanguage defaultLanguage, ServerLimits limits)
{
    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        CheckRequest request;
        try
        {
            var body = await RequestBody.ReadAsync(context.Request, limits.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            request = CheckRequestReader.Read(body, limits);
        }
        catch (RequestException ex)
        {
            await JsonResponse.SendErrorAsync(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
            return;
        }

        var results = request.Posts
            .Select(post => linter.Analyze(post.Language == PostLanguage.Auto ? post with { Language = defaultLanguage } : post))
            .ToArray();

        // Exactly what `postlint check --format json` prints for the same posts, final newline included.
        var json = JsonReportWriter.ToJson(results, new JsonReportOptions { IncludeEntities = request.IncludeEntities }) + "\n";
        await JsonResponse.SendAsync(context, StatusCodes.Status200OK, Encoding.UTF8.GetBytes(json)).ConfigureAwait(false);
    }
}
