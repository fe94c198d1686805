using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Gongkai.Web.Rendering;

/// <summary>HTML encoding for every page: Chinese stays readable in the source; markup characters are escaped.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text, encoded for an element body or a quoted attribute.</summary>
    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>A text/html; charset=utf-8 result.</summary>
    public static IResult Page(string html, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html", Encoding.UTF8, statusCode);
}
