namespace ChatFlow.Sandbox;

/// <summary>Where the sandbox lives inside the host's URL space.</summary>
internal static class SandboxPaths
{
    /// <summary>Every sandbox endpoint is under this path (the cookie path too).</summary>
    public const string Prefix = "/sandbox";

    public const string Login = Prefix + "/account/login";

    public const string Authorize = Prefix + "/connect/authorize";

    public const string UserInfo = Prefix + "/connect/userinfo";

    /// <summary>Base of the ERP/HR API (the OpenAPI document's server URL).</summary>
    public const string Api = Prefix + "/api";
}
