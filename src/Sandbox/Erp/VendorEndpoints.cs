using System.Security.Claims;
using System.Text.Json;
using ChatFlow.Sandbox.Auth;
using ChatFlow.Sandbox.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatFlow.Sandbox.Erp;

/// <summary><c>createVendor</c>, <c>listVendors</c> and <c>getVendor</c> under <c>/sandbox/api/erp/vendors</c>.</summary>
internal static class VendorEndpoints
{
    private static readonly CreateRequestReader<VendorCreate> VendorReader =
        new(SandboxJsonContext.Default.VendorCreate, "the vendor", "name, businessRegistrationNumber, address and contactEmail");

    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private const string FinanceRole = "finance";

    public static RouteGroupBuilder MapVendors(this RouteGroupBuilder api)
    {
        var vendors = api.MapGroup("/erp/vendors");
        vendors.MapPost("/", CreateVendor).WithName("createVendor").DisableAntiforgery();
        vendors.MapGet("/", ListVendors).WithName("listVendors");
        vendors.MapGet("/{vendorId}", GetVendor).WithName("getVendor");
        return api;
    }

    private static async Task<Results<Created<Vendor>, ValidationProblem, ProblemHttpResult>> CreateVendor(
        HttpRequest request, ClaimsPrincipal principal, VendorRepository vendors, ILogger<VendorRepository> logger,
        CancellationToken cancellationToken)
    {
        var username = principal.GetClaim(Claims.Subject) ?? string.Empty;
        if (!principal.HasClaim(Claims.Role, FinanceRole))
        {
            SandboxLog.VendorCreateForbidden(logger, username);
            return TypedResults.Problem(title: "You do not have permission to register vendors.", statusCode: StatusCodes.Status403Forbidden,
                detail: "Only users in the finance role may register vendors.");
        }

        var read = await VendorReader.ReadAsync(request, cancellationToken);
        if (read.Invalid is { } invalid)
        {
            return invalid;
        }

        if (read.Unsupported is { } unsupported)
        {
            return unsupported;
        }

        var body = read.Body!;
        var idempotencyKey = read.IdempotencyKey;

        var errors = VendorValidator.Validate(body);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Correct the highlighted vendor fields.");
        }

        var outcome = await vendors.CreateAsync(body, username, idempotencyKey, cancellationToken);
        switch (outcome.Status)
        {
            case CreateVendorStatus.KeyReusedWithDifferentBody:
                return TypedResults.Problem(
                    title: "This Idempotency-Key was already used with a different vendor; use a new key for a new request.",
                    statusCode: StatusCodes.Status422UnprocessableEntity);
            case CreateVendorStatus.Replayed:
                SandboxLog.IdempotentReplay(logger, username, outcome.Vendor!.Id);
                break;
            default:
                SandboxLog.VendorCreated(logger, outcome.Vendor!.Id, username);
                break;
        }

        return TypedResults.Created($"{SandboxPaths.Api}/erp/vendors/{outcome.Vendor.Id}", outcome.Vendor);
    }

    private static async Task<Ok<IReadOnlyList<Vendor>>> ListVendors(
        string? name, VendorRepository vendors, CancellationToken cancellationToken) =>
        TypedResults.Ok(await vendors.ListAsync(name, cancellationToken));

    private static async Task<Results<Ok<Vendor>, ProblemHttpResult>> GetVendor(
        string vendorId, VendorRepository vendors, CancellationToken cancellationToken)
    {
        var vendor = VendorId.TryParse(vendorId, out var number) ? await vendors.FindAsync(number, cancellationToken) : null;
        return vendor is null
            ? TypedResults.Problem(title: $"Vendor {vendorId} does not exist.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(vendor);
    }
}
