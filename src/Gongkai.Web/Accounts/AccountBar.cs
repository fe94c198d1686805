using System.Text;
using Gongkai.Access;
using Gongkai.Messages;
using Gongkai.Storage.Accounts;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Accounts;

/// <summary>The line at the top of the pages of signed-in users: who, the workspace link and the logout button.</summary>
internal static class AccountBar
{
    /// <summary>The bar's HTML (the logout form carries the anti-forgery token).</summary>
    public static string Render(UserRecord user, AntiforgeryTokenSet tokens)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"account-bar\"><span>")
            .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.SignedInAs, user.DisplayName, RoleNames.Of(user.Role))))
            .Append("</span> <a href=\"/workspace\">").Append(Html.Encode(MessageCatalogue.NavWorkspace)).Append("</a> ")
            .Append("<form method=\"post\" action=\"/logout\" class=\"inline\">").Append(AntiforgeryCheck.HiddenField(tokens))
            .Append("<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.LogoutSubmit)).Append("</button></form></div>\n");
        return html.ToString();
    }
}
