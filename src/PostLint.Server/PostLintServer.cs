using Microsoft.AspNetCore.Server.Kestrel.Core;
using PostLint.Configuration;

namespace PostLint.Server;

/// <summary>
/// Builds the PostLint HTTP service: <c>POST /v1/check</c>, <c>GET /v1/rules</c>, <c>GET /health</c>,
/// around one <see cref="PostLinter"/> shared by all requests.
/// </summary>
public static partial class PostLintServer
{
    /// <summary>Where the service listens unless <c>--urls</c> says otherwise: loopback only, so nothing is exposed by accident.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>Environment variable naming a <c>.postlint.yml</c>, used when <c>--config</c> is not given.</summary>
    public const string ConfigVariable = "POSTLINT_CONFIG";

    /// <summary>
    /// Host settings ahead of the caller's arguments (which can still override them). The configuration is
    /// read once at start-up, so appsettings files are not watched: each watch costs an inotify instance,
    /// of which a Linux user has 128 in all, and a server started when they are used up aborted (exit 134)
    /// before it listened.
    /// </summary>
    private static readonly string[] HostDefaults = ["--hostBuilder:reloadConfigOnChange=false"];

    /// <summary>Creates the application from command-line arguments (<c>--urls</c>, <c>--config</c>, limits).</summary>
    /// <exception cref="ConfigurationException">The configuration file is missing or invalid.</exception>
    /// <exception cref="ArgumentException">A limit is not a positive whole number.</exception>
    public static WebApplication Create(string[] args)
    {
        // Named explicitly: the static web assets manifests carry the server's name, also when a test host starts it.
        // The content root is where the server is installed, not the working directory: the check page's files
        // (wwwroot) are found there when the server is published and started from anywhere.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [.. HostDefaults, .. args],
            ApplicationName = typeof(PostLintServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The check page's files live in PostLint.Web's build output until the server is published;
        // the static web assets manifest points there, also outside the Development environment.
        builder.WebHost.UseStaticWebAssets();
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Per-request framework logs cost more than the analysis of a short post; keep start-up and errors.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // Read when the server starts, so limits set by any configuration source (also a test host's) apply.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((kestrel, configuration) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = ServerLimits.From(configuration).MaxBodyBytes;
        });

        var app = builder.Build();
        var limits = ServerLimits.From(app.Configuration);
        var configuration = LoadConfiguration(app.Configuration);
        var linter = new PostLinter(configuration.Options);
        WarmUp(linter);

        ServeCheckPage(app);
        app.UseRouting();
        app.Use(AnswerInternalErrorsAsJson);
        var endpoint = new CheckEndpoint(linter, configuration.Language, limits, app.Services.GetRequiredService<ILogger<CheckEndpoint>>());
        app.MapPost("/v1/check", endpoint.HandleAsync);
        var rules = RulesDocument.Build(linter);
        app.MapGet("/v1/rules", context => JsonResponse.SendAsync(context, StatusCodes.Status200OK, rules));
        var healthy = JsonResponse.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("status", "ok");
            writer.WriteEndObject();
        });
        app.MapGet("/health", context => JsonResponse.SendAsync(context, StatusCodes.Status200OK, healthy));
        return app;
    }

    /// <summary>
    /// The check page (PostLint.Web) at "/": its files with their precompressed variants. They are routed
    /// in a branch of their own, because among the API's routes the static assets' endpoints would turn a
    /// wrong method on an API route (GET /v1/check) from 405 into 404.
    /// </summary>
    private static void ServeCheckPage(WebApplication app)
    {
        app.MapWhen(
            context => !context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal) && !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal),
            page =>
            {
                page.UseDefaultFiles();
                page.UseRouting();
                page.UseEndpoints(endpoints => endpoints.MapStaticAssets());
            });
    }

    /// <summary>
    /// Runs the engine once per language before the first request, so rule data is loaded and the analysis
    /// code compiled at start-up rather than on a client's time (the first post costs tens of milliseconds cold).
    /// </summary>
    private static void WarmUp(PostLinter linter)
    {
        linter.Analyze(new Post("Goedemorgen collega's, fijne dienst vandaag en bel 020-1234567 bij vragen.") { Language = PostLanguage.Dutch });
        linter.Analyze(new Post("Good morning colleagues, have a good shift and call 020 7946 0000 with questions.") { Language = PostLanguage.English });
    }

    /// <summary>The <c>.postlint.yml</c> named by <c>--config</c> or <see cref="ConfigVariable"/>, else the defaults.</summary>
    private static PostLintConfiguration LoadConfiguration(IConfiguration settings)
    {
        var path = settings["config"] ?? settings[ConfigVariable];
        if (string.IsNullOrWhiteSpace(path))
        {
            return PostLintConfiguration.Default;
        }

        var knownRuleIds = new PostLinter().SupportedDiagnostics.Select(rule => rule.Id);
        return new ConfigurationLoader(knownRuleIds).Load(Path.GetFullPath(path), path);
    }

    // Anything thrown here (a failing analyzer, say) is a bug in PostLint, not in the request: say so in JSON,
    // not with an empty 500. The exception's message can hold text from the request, so it goes to the
    // log only; the client gets the request's trace ID to find it there.
    private static async Task AnswerInternalErrorsAsJson(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            LogInternalError(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PostLintServer)), ex, context.Request.Path, context.TraceIdentifier);
            await JsonResponse.SendErrorAsync(context, StatusCodes.Status500InternalServerError, $"internal error (request {context.TraceIdentifier}); the service log has the details").ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Internal error while answering {Path} (request {TraceId})")]
    private static partial void LogInternalError(ILogger logger, Exception exception, PathString path, string traceId);
}
