using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace PostLint.Web.Tests;

/// <summary>
/// PostLint.Server run from its build output in a process of its own, on a free loopback port, as
/// <c>dotnet run --project src/PostLint.Server</c> runs it: nothing is published or copied first.
/// <c>POSTLINT_SERVER</c> names another server assembly instead, such as a published one
/// (<c>dotnet publish src/PostLint.Server -c Release -o DIR</c>, then <c>POSTLINT_SERVER=DIR/postlint-server.dll</c>),
/// so the same tests check the page as a published server serves it, trimmed.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string ServerVariable = "POSTLINT_SERVER";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;

    /// <summary>What the server wrote to stderr, shown when it stops before answering.</summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static async Task<ServerProcess> StartAsync()
    {
        var assembly = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } named
            ? Path.GetFullPath(named)
            : typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ServerAssembly").Value!;
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"PostLint.Server is not built: {assembly} is missing.");
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", assembly, "--urls", address.ToString().TrimEnd('/') },
            // Not the server's own folder: it must find the page's files wherever it is started from.
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start PostLint.Server");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                server._errors.Enqueue(text);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await server.WaitUntilHealthyAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"PostLint.Server exited with code {_process.ExitCode} before it answered:\n{string.Join('\n', _errors)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still warming up.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException($"PostLint.Server did not answer /health within {StartTimeout.TotalSeconds} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }
}
