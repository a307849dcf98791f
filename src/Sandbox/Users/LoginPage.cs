using System.Text;
using System.Text.Encodings.Web;

namespace ChatFlow.Sandbox.Users;

/// <summary>Renders the plain HTML sign-in page: one form with <c>username</c> and <c>password</c> fields.</summary>
internal static class LoginPage
{
    public static string Render(string returnUrl, string? username, string? error, string? antiforgeryFieldName, string? antiforgeryToken)
    {
        var html = HtmlEncoder.Default;
        var action = SandboxPaths.Login + "?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var builder = new StringBuilder();
        builder.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sign in to Acme (ChatFlow sandbox)</title></head>
            <body>
            <h1>Acme sign-in</h1>
            <p>Demo users: alice, bob, carol, dave. Password: chatflow-demo.</p>

            """);
        if (error is not null)
        {
            builder.Append("<p role=\"alert\" class=\"error\">").Append(html.Encode(error)).Append("</p>\n");
        }

        builder.Append("<form method=\"post\" action=\"").Append(html.Encode(action)).Append("\">\n");
        if (antiforgeryFieldName is not null && antiforgeryToken is not null)
        {
            builder.Append("<input type=\"hidden\" name=\"").Append(html.Encode(antiforgeryFieldName))
                .Append("\" value=\"").Append(html.Encode(antiforgeryToken)).Append("\">\n");
        }

        builder.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(html.Encode(returnUrl)).Append("\">\n")
            .Append("<label>Username <input type=\"text\" name=\"username\" autocomplete=\"username\" value=\"")
            .Append(html.Encode(username ?? string.Empty)).Append("\" required></label>\n")
            .Append("<label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label>\n")
            .Append("<button type=\"submit\">Sign in</button>\n")
            .Append("</form>\n</body>\n</html>\n");
        return builder.ToString();
    }
}
