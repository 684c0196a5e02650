using Microsoft.Playwright;

namespace PostLint.Web.Tests;

/// <summary>Every request and WebSocket a browser context makes, to prove the draft never leaves the page.</summary>
internal sealed class DraftTraffic
{
    private readonly List<string> _requests = [];
    private readonly List<string> _webSockets = [];

    public DraftTraffic(IBrowserContext context, IPage page)
    {
        context.Request += (_, request) =>
        {
            var headers = string.Join("\n", request.Headers.Select(h => $"{h.Key}: {h.Value}"));
            lock (_requests)
            {
                _requests.Add($"{request.Method} {request.Url}\n{headers}\n{request.PostData}");
            }
        };
        page.WebSocket += (_, socket) =>
        {
            lock (_webSockets)
            {
                _webSockets.Add(socket.Url);
            }
        };
    }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<string> WebSockets
    {
        get
        {
            lock (_webSockets)
            {
                return [.. _webSockets];
            }
        }
    }

    /// <summary>Asserts that no request went elsewhere than <paramref name="origin"/> and none carried any of <paramref name="fragments"/>, plain or URL-encoded.</summary>
    public void ShouldStayOnOriginWithout(Uri origin, params string[] fragments)
    {
        Requests.Should().NotBeEmpty("the page itself was loaded");
        WebSockets.Should().BeEmpty("the page needs no live connection to a server");
        foreach (var request in Requests)
        {
            request.Should().Contain(" " + origin.GetLeftPart(UriPartial.Authority) + "/", "the page loads nothing from outside its origin");
            foreach (var fragment in fragments)
            {
                request.Should().NotContainEquivalentOf(fragment).And.NotContainEquivalentOf(Uri.EscapeDataString(fragment));
            }
        }
    }
}
