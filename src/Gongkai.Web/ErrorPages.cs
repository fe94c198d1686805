using System.Text;
using Gongkai.Messages;
using Gongkai.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Gongkai.Web;

/// <summary>
/// What a user sees when something goes wrong: a Chinese sentence and, for an exception, the request's trace id to
/// quote to the administrator. Never a stack trace or exception text, in any environment; the log keeps the details.
/// </summary>
internal static class ErrorPages
{
    /// <summary>Adds the exception handler and the pages for bodiless error status codes (404 …).</summary>
    public static IApplicationBuilder UseGongkaiErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteInternalErrorAsync });
        app.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext));
        return app;
    }

    private static Task WriteInternalErrorAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return WriteTextAsync(context, MessageCatalogue.Format(MessageCatalogue.WebInternalError, context.TraceIdentifier));
    }

    private static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var message = status switch
        {
            StatusCodes.Status404NotFound => MessageCatalogue.Format(MessageCatalogue.WebNotFound, context.Request.Path.Value),
            StatusCodes.Status415UnsupportedMediaType => MessageCatalogue.WebUnsupportedMediaType,
            _ => MessageCatalogue.Format(MessageCatalogue.WebStatusCode, status),
        };

        // Programs calling the API read {"error": "..."} like every other refusal of the API.
        return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? context.Response.WriteAsJsonAsync(new ApiError(message), context.RequestAborted)
            : WriteTextAsync(context, message);
    }

    private static Task WriteTextAsync(HttpContext context, string message)
    {
        // Plain text, never sniffed as HTML: the 404 message echoes the requested path.
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return context.Response.WriteAsync(message, Encoding.UTF8, context.RequestAborted);
    }
}
