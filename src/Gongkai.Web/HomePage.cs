using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Gongkai.Messages;

namespace Gongkai.Web;

/// <summary>The page at /: what Gongkai is, that the full site comes later, and a link to /healthz.</summary>
internal static class HomePage
{
    private static readonly Lazy<string> Html = new(Render);

    // Chinese stays readable in the source of the page; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Maps GET / to the page.</summary>
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Content(Html.Value, "text/html", Encoding.UTF8))
            .WithName("HomePage");
        return endpoints;
    }

    /// <summary>The page's HTML; every text comes from the message catalogue, encoded.</summary>
    public static string Render()
    {
        var e = Encoder;
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{e.Encode(MessageCatalogue.WebPageTitle)}}</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.7; color: #222; }
            h1 { font-size: 1.8rem; }
            </style>
            </head>
            <body>
            <main>
            <h1>{{e.Encode(MessageCatalogue.WebHomeHeading)}}</h1>
            <p>{{e.Encode(MessageCatalogue.WebHomeIntro)}}</p>
            <p>{{e.Encode(MessageCatalogue.WebHomeComingLater)}}</p>
            <p><a href="/healthz">{{e.Encode(MessageCatalogue.WebHomeHealthLink)}}（/healthz）</a></p>
            </main>
            </body>
            </html>

            """;
    }
}
