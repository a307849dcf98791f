using Microsoft.AspNetCore.Http;

namespace ChatFlow.Sandbox.Users;

/// <summary>Accepts only local return URLs inside the sandbox, so the login page is no open redirector.</summary>
internal static class ReturnUrl
{
    public static bool IsAllowed(PathString pathBase, string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Contains('\\', StringComparison.Ordinal)
            || returnUrl.StartsWith("//", StringComparison.Ordinal) || returnUrl.Any(char.IsControl))
        {
            return false;
        }

        var prefix = pathBase.Add(SandboxPaths.Prefix).Value!;
        return returnUrl.StartsWith(prefix + "/", StringComparison.Ordinal)
            && !returnUrl.Contains("/../", StringComparison.Ordinal);
    }
}
