namespace Gongkai.Web.Api;

/// <summary>The body of every refused API request: one Chinese sentence that says what and where.</summary>
/// <param name="Error">The message.</param>
public sealed record ApiError(string Error);
