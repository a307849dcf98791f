using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Erp;

/// <summary><c>getInvoice</c>, <c>listInvoices</c> and <c>findInvoices</c> under <c>/sandbox/api/erp/invoices</c>:
/// readable by the <c>finance</c>, <c>manager</c> and <c>admin</c> roles only.</summary>
internal static class InvoiceEndpoints
{
    private static readonly string[] ReaderRoles = ["finance", "manager", "admin"];

    public static RouteGroupBuilder MapInvoices(this RouteGroupBuilder api)
    {
        var invoices = api.MapGroup("/erp/invoices");
        invoices.MapGet("/", ListInvoices).WithName("listInvoices");
        invoices.MapGet("/search", FindInvoices).WithName("findInvoices");
        invoices.MapGet("/{number}", GetInvoice).WithName("getInvoice");
        return api;
    }

    private static Results<Ok<Invoice>, ProblemHttpResult> GetInvoice(string number, ClaimsPrincipal principal)
    {
        if (Forbidden(principal) is { } forbidden)
        {
            return forbidden;
        }

        return InvoiceBook.Find(number) is { } invoice
            ? TypedResults.Ok(invoice)
            : TypedResults.Problem(title: $"Invoice {number} does not exist.", statusCode: StatusCodes.Status404NotFound);
    }

    private static Results<Ok<IReadOnlyList<Invoice>>, ProblemHttpResult> ListInvoices(string? vendor, ClaimsPrincipal principal)
    {
        if (Forbidden(principal) is { } forbidden)
        {
            return forbidden;
        }

        return TypedResults.Ok(string.IsNullOrWhiteSpace(vendor) ? InvoiceBook.All : InvoiceBook.ByVendor(vendor));
    }

    /// <summary>One term, an invoice number or a vendor (id or name fragment): the matching invoices, 404 when none.</summary>
    private static Results<Ok<IReadOnlyList<Invoice>>, ProblemHttpResult> FindInvoices(string? q, ClaimsPrincipal principal)
    {
        if (Forbidden(principal) is { } forbidden)
        {
            return forbidden;
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Problem(title: "Send an invoice number or a vendor as 'q'.", statusCode: StatusCodes.Status400BadRequest);
        }

        IReadOnlyList<Invoice> found = InvoiceBook.Find(q) is { } invoice ? [invoice]
            : InvoiceBook.ByNumberPart(q) is { Count: > 0 } byPart ? byPart
            : InvoiceBook.ByVendor(q);
        return found.Count > 0
            ? TypedResults.Ok(found)
            : TypedResults.Problem(title: $"No invoice matches '{q.Trim()}'.", statusCode: StatusCodes.Status404NotFound,
                detail: "Try an invoice number such as INV-2025-0101, a vendor id such as V-1001 or part of a vendor's name.");
    }

    private static ProblemHttpResult? Forbidden(ClaimsPrincipal principal) =>
        ReaderRoles.Any(role => principal.HasClaim(Claims.Role, role))
            ? null
            : TypedResults.Problem(title: "You do not have permission to view invoices.", statusCode: StatusCodes.Status403Forbidden,
                detail: "Only users in the finance, manager or admin role may view invoices.");
}
