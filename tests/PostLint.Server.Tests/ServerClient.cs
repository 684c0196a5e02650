using System.Net;
using System.Text;
using System.Text.Json;

namespace PostLint.Server.Tests;

/// <summary>Sends JSON to the in-memory server and reads what comes back.</summary>
internal static class ServerClient
{
    public static async Task<Reply> PostJsonAsync(this HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return await Reply.ReadAsync(response);
    }

    public static async Task<Reply> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await Reply.ReadAsync(response);
    }
}

/// <summary>A response: status, content type and body, parsed when it is JSON.</summary>
internal sealed record Reply(HttpStatusCode Status, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public static async Task<Reply> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
}
