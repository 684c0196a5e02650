using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PostLint.Server.Tests;

/// <summary>One linter serves every request; parallel requests must not see each other's state.</summary>
public sealed class ConcurrencyTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string[] Bodies =
    [
        """{"text": "Vragen? Mail j.devries@gmail.com of bel 06-12345678", "lang": "nl", "includeEntities": true}""",
        """{"text": "Mr Smith in room 12 shouted at me AGAIN. His daughter is kate.smith@outlook.com"}""",
        """{"posts": [{"text": "Fijne feestdagen!"}, {"text": "IBAN NL91ABNA0417164300, BSN 111222333", "id": 9}]}""",
        """{"text": "Great symposium today, slides follow next week.", "author": {"role": "nurse", "account": "private"}}""",
    ];

    [Fact]
    public async Task Parallel_requests_get_the_same_answers_as_sequential_ones()
    {
        var client = factory.CreateClient();
        var expected = new List<string>();
        foreach (var body in Bodies)
        {
            expected.Add((await client.PostJsonAsync("/v1/check", body)).Body);
        }

        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => client.PostJsonAsync("/v1/check", Bodies[i % Bodies.Length])));

        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        replies.Select(r => r.Body).Should().Equal(Enumerable.Range(0, 200).Select(i => expected[i % Bodies.Length]));
    }
}
