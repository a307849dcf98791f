using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Hr;

/// <summary><c>getMyPayslip</c>: <c>GET /sandbox/api/hr/payslips/{month}</c>, the caller's own payslip only.</summary>
internal static class PayslipEndpoints
{
    public static RouteGroupBuilder MapPayslips(this RouteGroupBuilder api)
    {
        api.MapGet("/hr/payslips/{month}", GetMyPayslip).WithName("getMyPayslip");
        return api;
    }

    /// <param name="month"><c>yyyy-MM</c>.</param>
    /// <param name="employee">Optional username; anyone but the caller is refused with 403 (nobody, not even an
    /// admin, reads another person's payslip here).</param>
    /// <param name="principal">The caller.</param>
    private static Results<Ok<Payslip>, ProblemHttpResult> GetMyPayslip(string month, string? employee, ClaimsPrincipal principal)
    {
        var username = principal.GetClaim(Claims.Subject) ?? string.Empty;
        if (!string.IsNullOrEmpty(employee) && !string.Equals(employee, username, StringComparison.Ordinal))
        {
            return TypedResults.Problem(title: "You may only see your own payslip.", statusCode: StatusCodes.Status403Forbidden,
                detail: "Payslips are visible to the employee they belong to only.");
        }

        return PayslipBook.Find(username, month) is { } payslip
            ? TypedResults.Ok(payslip)
            : TypedResults.Problem(title: $"You have no payslip for {month}.", statusCode: StatusCodes.Status404NotFound,
                detail: "Payslips exist for the months 2025-01 to 2026-12; write the month as yyyy-MM.");
    }
}
