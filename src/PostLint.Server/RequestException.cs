namespace PostLint.Server;

/// <summary>A request the service refuses; the message is returned to the client as <c>{"error": ...}</c>.</summary>
/// <param name="statusCode">400 for a malformed request, 413 for one over a limit.</param>
/// <param name="message">What is wrong and what was expected, for the client's developer.</param>
internal sealed class RequestException(int statusCode, string message) : Exception(message)
{
    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>A 400 Bad Request.</summary>
    public static RequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    /// <summary>A 413 Content Too Large.</summary>
    public static RequestException TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, message);
}
