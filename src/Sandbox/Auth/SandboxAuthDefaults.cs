using OpenIddict.Validation.AspNetCore;

namespace ChatFlow.Sandbox.Auth;

/// <summary>Names of the sandbox's authentication schemes, policy, scope and resource.</summary>
internal static class SandboxAuthDefaults
{
    /// <summary>Cookie scheme of the sandbox sign-in page; its cookie is scoped to <c>/sandbox</c>.</summary>
    public const string CookieScheme = "Sandbox.Cookies";

    /// <summary>Bearer scheme validating the sandbox's own access tokens.</summary>
    public const string BearerScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>Authorization policy of <c>/sandbox/api</c>: an authenticated user on <see cref="BearerScheme"/>.</summary>
    public const string ApiPolicy = "Sandbox.Api";

    /// <summary>Scope that grants calls to the ERP/HR API.</summary>
    public const string ApiScope = "acme.api";

    /// <summary>Audience (<c>aud</c>) of access tokens for the ERP/HR API.</summary>
    public const string ApiResource = "acme-api";

    /// <summary>Claim naming the user's manager (a username).</summary>
    public const string ManagerClaim = "manager";
}
