// postlint-server: PostLint over HTTP for apps that are not .NET.
//   postlint-server [--urls http://127.0.0.1:5000] [--config .postlint.yml]
//                   [--max-body-bytes 1048576] [--max-post-length 100000] [--max-batch-posts 500]
//                   [--body-timeout-seconds 30] [--max-request-chars 300000] [--max-request-milliseconds 10000]
using PostLint.Input;
using PostLint.Server;

WebApplication app;
try
{
    app = PostLintServer.Create(args);
}
catch (Exception ex) when (ex is InputException or ArgumentException)
{
    Console.Error.WriteLine($"postlint-server: {ex.Message}");
    return 2;
}

app.Run();
return 0;
