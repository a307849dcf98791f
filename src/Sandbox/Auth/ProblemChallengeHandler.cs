using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace ChatFlow.Sandbox.Auth;

/// <summary>
/// Writes bearer challenges of the API as RFC 9457 <c>application/problem+json</c> (https://www.rfc-editor.org/rfc/rfc9457),
/// keeping OpenIddict's status code and <c>WWW-Authenticate</c> header (RFC 6750 §3).
/// </summary>
internal sealed class ProblemChallengeHandler : IOpenIddictValidationHandler<ProcessChallengeContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; }
        = OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessChallengeContext>()
            .UseSingletonHandler<ProblemChallengeHandler>()
            .SetOrder(OpenIddictValidationAspNetCoreHandlers.ProcessChallengeErrorResponse<ProcessChallengeContext>.Descriptor.Order - 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessChallengeContext context)
    {
        var httpContext = context.Transaction.GetHttpRequest()?.HttpContext;
        if (httpContext is null)
        {
            return;
        }

        var error = context.Transaction.Response?.Error;
        var status = httpContext.Response.StatusCode;
        var title = error switch
        {
            Errors.MissingToken => "Send an access token from the sandbox authorization server (Authorization: Bearer …).",
            Errors.InvalidToken => "The access token is invalid or expired; get a new one from /sandbox/connect/token.",
            _ => "The access token does not allow this request.",
        };
        var extensions = new Dictionary<string, object?> { ["error"] = error };
        await TypedResults.Problem(
                title: title,
                detail: context.Transaction.Response?.ErrorDescription,
                statusCode: status,
                type: "https://www.rfc-editor.org/rfc/rfc6750#section-3.1",
                extensions: extensions)
            .ExecuteAsync(httpContext);
        context.HandleRequest();
    }
}
