using System.Text;
using Gongkai.Messages;

namespace Gongkai.Web.Rendering;

/// <summary>The frame of every page: title, the stylesheet, the navigation and the footer. No script, no inline style.</summary>
internal static class PageLayout
{
    /// <summary>A whole page around <paramref name="body"/> (HTML already encoded by the caller).</summary>
    public static string Render(string title, string body)
    {
        var html = new StringBuilder(body.Length + 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Encode(title)).Append(" - ").Append(Html.Encode(MessageCatalogue.WebHomeHeading)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n")
            .Append("<header class=\"site\"><nav aria-label=\"").Append(Html.Encode(MessageCatalogue.WebNavLabel)).Append("\">")
            .Append("<a class=\"brand\" href=\"/\">").Append(Html.Encode(MessageCatalogue.WebHomeHeading)).Append("</a> ")
            .Append("<a href=\"/\">").Append(Html.Encode(MessageCatalogue.WebNavReports)).Append("</a> ")
            .Append("<a href=\"/audit\">").Append(Html.Encode(MessageCatalogue.WebNavAudit)).Append("</a>")
            .Append("</nav></header>\n<main>\n")
            .Append(body)
            .Append("</main>\n<footer class=\"site\"><p>").Append(Html.Encode(MessageCatalogue.WebFooter))
            .Append(" <a href=\"/healthz\">").Append(Html.Encode(MessageCatalogue.WebHomeHealthLink)).Append("</a>")
            .Append(" <a href=\"/openapi/v1.json\">").Append(Html.Encode(MessageCatalogue.WebFooterApi)).Append("</a>")
            .Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
