using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using ChatFlow.Sandbox.Auth;

namespace ChatFlow.Sandbox.Users;

/// <summary>The sign-in page: GET shows the form, POST checks the demo user and signs in the sandbox cookie.</summary>
internal static class AccountEndpoints
{
    private const string InvalidCredentials = "Wrong username or password. Try again.";
    private const string ExpiredForm = "The sign-in form expired. Try again.";
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapSandboxAccount(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(SandboxPaths.Prefix + "/account").ExcludeFromDescription();
        group.MapGet("/login", ShowLogin);
        group.MapPost("/login", SubmitLogin).DisableAntiforgery(); // validated explicitly below, without requiring UseAntiforgery()
        return endpoints;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> ShowLogin(HttpContext context, IAntiforgery antiforgery, string? returnUrl)
    {
        if (!ReturnUrl.IsAllowed(context.Request.PathBase, returnUrl))
        {
            return RefusedReturnUrl();
        }

        return TypedResults.Content(Render(context, antiforgery, returnUrl!, null, null), HtmlContentType);
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult, ProblemHttpResult>> SubmitLogin(
        HttpContext context, IAntiforgery antiforgery, DemoUserDirectory users, ILogger<DemoUserDirectory> logger,
        CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(title: "Post the sign-in form as application/x-www-form-urlencoded.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var returnUrl = form["returnUrl"].FirstOrDefault() ?? context.Request.Query["returnUrl"].FirstOrDefault();
        if (!ReturnUrl.IsAllowed(context.Request.PathBase, returnUrl))
        {
            SandboxLog.ReturnUrlRefused(logger);
            return RefusedReturnUrl();
        }

        var username = form["username"].FirstOrDefault()?.Trim() ?? string.Empty;
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Content(Render(context, antiforgery, returnUrl!, username, ExpiredForm), HtmlContentType, statusCode: StatusCodes.Status400BadRequest);
        }

        var user = users.Authenticate(username, form["password"].FirstOrDefault() ?? string.Empty);
        if (user is null)
        {
            SandboxLog.SignInFailed(logger, username);
            return TypedResults.Content(Render(context, antiforgery, returnUrl!, username, InvalidCredentials), HtmlContentType);
        }

        var identity = new ClaimsIdentity(SandboxAuthDefaults.CookieScheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Username));
        await context.SignInAsync(SandboxAuthDefaults.CookieScheme, new ClaimsPrincipal(identity));
        SandboxLog.SignedIn(logger, user.Username);
        return TypedResults.Redirect(returnUrl!);
    }

    private static string Render(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? username, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return LoginPage.Render(returnUrl, username, error, tokens.FormFieldName, tokens.RequestToken);
    }

    private static ProblemHttpResult RefusedReturnUrl() => TypedResults.Problem(
        title: "The returnUrl must be a local URL under /sandbox/.",
        statusCode: StatusCodes.Status400BadRequest);
}
