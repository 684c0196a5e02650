namespace PostLint.Server;

/// <summary>A parsed <c>POST /v1/check</c> body: the posts to analyse and how to report them.</summary>
/// <param name="Posts">One post for <c>{"text": ...}</c>, several for <c>{"posts": [...]}</c>, in request order.</param>
/// <param name="IncludeEntities">List every recognised entity per post in the response.</param>
internal sealed record CheckRequest(IReadOnlyList<Post> Posts, bool IncludeEntities);
